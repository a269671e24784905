/**
 * What each side of `orgctl diff` names: a path on disk or a git revision.
 * A pull request controls every file name in the tree, so it can add a folder
 * named `HEAD/` or `origin/main/` holding the base org; a side must never be
 * taken for a path just because something exists at that name. The rule:
 *
 * - `rev:NAME` is the revision NAME; `dir:PATH` is the path PATH (a directory or file);
 * - a name after `--` is a path, taken literally (git's convention);
 * - otherwise, with --path given, the name is a revision (an error when it is not one);
 * - otherwise the name is a revision when git resolves it to a commit, else a path.
 *
 * A bare name that is both a revision and an existing path is read as the
 * revision, with a one-line warning saying how to read the path instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { gitOnPath, isRevision, notOneCommit, unknownRevisionReason } from './git.js';
import { UsageError } from '../core/errors.js';

export type Side = { kind: 'path'; path: string } | { kind: 'revision'; revision: string };

export interface SideRules {
  /** --path was given: bare names are revisions. */
  orgPathGiven: boolean;
  /** The name came after `--`: it is a path. */
  afterDoubleDash: boolean;
}

export interface DecidedSide {
  side: Side;
  /** For stderr: the name could have been read the other way. */
  warning?: string;
}

const REV_PREFIX = 'rev:';
const DIR_PREFIX = 'dir:';

function forced(arg: string, prefix: string): string {
  const name = arg.slice(prefix.length);
  if (!name) throw new UsageError(`'${arg}' names nothing: write ${prefix}${prefix === REV_PREFIX ? 'REVISION' : 'PATH'}`);
  return name;
}

export function decideSide(arg: string, rules: SideRules, cwd = process.cwd()): DecidedSide {
  if (rules.afterDoubleDash) return { side: { kind: 'path', path: arg } };
  if (arg.startsWith(REV_PREFIX)) return { side: { kind: 'revision', revision: forced(arg, REV_PREFIX) } };
  if (arg.startsWith(DIR_PREFIX)) return { side: { kind: 'path', path: forced(arg, DIR_PREFIX) } };

  const revision = isRevision(arg, cwd);
  const exists = fs.existsSync(path.resolve(cwd, arg));
  if (revision) {
    const warning = exists
      ? `'${arg}' is both a git revision and a path; reading the git revision (write ${DIR_PREFIX}${arg} to read the path)`
      : undefined;
    return { side: { kind: 'revision', revision: arg }, warning };
  }
  if (rules.orgPathGiven) {
    // Never fall back to a folder of that name: in a shallow clone the base may simply not be fetched yet.
    if (exists) throw new UsageError(`unknown git revision '${arg}' (write ${DIR_PREFIX}${arg} to read the path)`);
    return { side: { kind: 'revision', revision: arg } }; // the loader says why it cannot be read
  }
  if (!exists) {
    const git = gitOnPath(cwd);
    // `main..HEAD` is made of revisions but is none: say how to write it, as with --path.
    const notOne = git ? notOneCommit(arg, cwd) : undefined;
    if (notOne) throw new UsageError(notOne);
    const why = git ? unknownRevisionReason(arg, cwd) : ' (git is not installed or not on PATH)';
    throw new UsageError(`'${arg}' is neither a path nor a git revision${why}`);
  }
  return { side: { kind: 'path', path: arg } };
}

/**
 * How many of the trailing operands came after a literal `--` in `args` (the
 * command line as given). Commander consumes the `--` itself, so it is found
 * here, skipping the value of every option that takes one (`-o --` writes to a
 * file named `--`; it is not the separator).
 */
export function operandsAfterDoubleDash(args: readonly string[], command: Command): number {
  const takesValue = (arg: string): boolean => command.options.some((o) => o.required && (o.short === arg || o.long === arg));
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return args.length - i - 1;
    if (takesValue(args[i]!)) i++;
  }
  return 0;
}
