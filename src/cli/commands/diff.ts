import { InvalidArgumentError, Option, type Command } from 'commander';
import { DIFF_FORMATS, type DiffFormat } from '../../diff/formats.js';
import { FAIL_ON, type FailOn } from '../../diff/failOn.js';
import { LOCALES, type Locale } from '../../core/locale.js';
import { asOfRangeOption, type AsOfRange } from '../asOf.js';
import { parseCount } from './validate.js';

export interface DiffOptions {
  format: DiffFormat;
  /** Undefined when not given: then a side is a revision only if git knows it (see diffSides.ts). */
  path?: string;
  exitCode?: boolean;
  failOn?: FailOn;
  output?: string;
  lang?: Locale;
  asOf?: AsOfRange;
  /** Approver labels (a pull request's): a JSON array, one per line, or comma-separated simple labels (src/cli/labels.ts). */
  labels?: string;
  /** Also post the Markdown report as the pull request's one sticky comment (GitHub Actions). */
  githubComment?: boolean;
  /** --color / --no-color (text format). */
  color?: boolean;
  /** Markdown only: keep the report under this many UTF-8 bytes (a job summary's limit). */
  maxBytes?: number;
}

export default function define(program: Command): Command {
  const command = program
    .command('diff')
    .description('semantic restructure diff of two versions of an org, with the findings it introduces and fixes')
    .argument('<base>', 'the org before: a git revision or a path (rev:NAME / dir:PATH to force one)')
    .argument('<head>', 'the org after: a git revision or a path (rev:NAME / dir:PATH to force one)')
    .option(
      '-p, --path <path>',
      'where the org is in the repository, for sides that are git revisions (default: the current directory); given, every side is a revision unless written dir:PATH or after --',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option('--exit-code', 'exit 1 when the two sides differ (like git diff --exit-code)')
    .addOption(
      new Option(
        '--fail-on <level>',
        'exit 1 on findings: new-errors (introduced errors), new-warnings (any introduced finding), any-errors (the head has errors)',
      ).choices(FAIL_ON),
    )
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option(
      '--github-comment',
      'also create or update one comment on the pull request with the Markdown report (GitHub Actions: needs GITHUB_TOKEN with pull-requests: write)',
    )
    .option(
      '--labels <labels>',
      "approver labels the change carries (the pull request's): they pass diff_policy's protected gates; a JSON array or one per line when a label has a comma, else comma-separated",
    )
    .option(
      '--max-bytes <n>',
      'markdown only: keep the report under n bytes of UTF-8 (GitHub takes 1 MiB of job summary per step); the change list and the tree give way first, the figures, gates and findings stay',
      (v) => parseMaxBytes(v),
    )
    .option('--color', 'colour the text diff even when stdout is not a terminal')
    .option('--no-color', 'never colour the text diff (as NO_COLOR=1 does)')
    .addOption(new Option('--lang <lang>', "language of orgctl's own words (default: the HEAD org's locale)").choices(LOCALES))
    .addOption(asOfRangeOption())
    .addHelpText(
      'after',
      `
Each side is a git revision of the current repository, read at --path straight
from git's objects (no checkout: fetch the base in a shallow CI clone first), or
a directory or file on disk:
  rev:NAME    always the git revision NAME
  dir:PATH    always the path PATH
  -- A B      names after -- are paths, as in git
  NAME        with --path: a git revision. Without: a revision when git knows
              one by that name, else a path. A name that is both is read as the
              revision, with a warning (a pull request can add a folder named
              HEAD/ or origin/main/; it never stands in for the revision).
  A...B       the merge base of A and B, as git checkout reads it: the commit
              a branch started from (orgctl diff origin/main...HEAD HEAD)
  A..B        not a side: git's range is written as its two ends, A B

The base side's diff_policy (on its Organization) gates the change: roles or
seats removed, a department's growth, protected departments and roles that need
an approver label (--labels). A gate at level error makes the diff exit 1.

Exit codes: 0 done (with --exit-code: no difference), 1 a diff_policy gate at
level error is broken, or with --exit-code: the sides differ, or with --fail-on:
the gate tripped, 2 could not run (unknown path or revision, unwritable output).
--fail-on new-errors fails only on errors the change introduced, never on those
the base already had.

Examples:
  $ orgctl diff main HEAD --path org                       # review a branch
  $ orgctl diff org-old/ org/                              # two directories
  $ orgctl diff -- org-old org                             # the same, whatever git calls those names
  $ orgctl diff rev:main dir:org -p org                    # main against the worktree, uncommitted edits included
  $ orgctl diff rev:origin/main rev:HEAD -p org -f markdown --max-bytes 1000000 >> "$GITHUB_STEP_SUMMARY"
  $ orgctl diff v1.0 HEAD -p org -f json | jq '.findings.introduced'
  $ orgctl diff main HEAD -p org -f svg -o restructure.svg
  $ orgctl diff origin/main HEAD -p org --fail-on new-errors  # CI: fail on what the PR adds
  $ orgctl diff main HEAD -p org --lang en                 # English whatever the org's locale
  $ orgctl diff org org --as-of 2026-12-31..2027-01-01     # what a planned restructure changes on its day
  $ orgctl diff main HEAD -p org --labels hr-approved      # approves changes diff_policy protects
  $ orgctl diff rev:origin/main rev:HEAD -p org --github-comment   # in a pull_request job, with GITHUB_TOKEN set
`,
    )
    .action(async (base: string, head: string, opts: DiffOptions) => {
      const { runDiff } = await import('../actions/diff.js');
      const { operandsAfterDoubleDash } = await import('../../load/sides.js');
      process.exitCode = await runDiff(base, head, opts, operandsAfterDoubleDash(rawArgs(program), command));
    });
  explainRanges(command);
  return command;
}

/** A git range's two ends, where the dots are not part of a path (`main..HEAD`, `v1.0...v2.0`; not `org/../old`). */
const GIT_RANGE = /^(.*[^/.])(\.\.\.?)([^/.].*)$/;

/**
 * `orgctl diff main..HEAD` is what `git diff` takes, and one operand here:
 * instead of "missing required argument 'head'", say how to write the two
 * sides. Commander reports a missing argument through missingArgument, which
 * its types do not declare.
 */
function explainRanges(command: Command): void {
  const internal = command as unknown as { missingArgument(name: string): never };
  const missing = internal.missingArgument.bind(command);
  internal.missingArgument = (name: string): never => {
    const range = GIT_RANGE.exec(command.args[0] ?? '');
    if (name !== 'head' || !range) return missing(name);
    const [, from, dots, to] = range as unknown as [string, string, string, string];
    // A side `A...B` is their merge base (load/git.ts), as in `git checkout A...B`: no shell needed.
    const base = dots === '...' ? `${from}...${to}` : from;
    return command.error(`'${command.args[0]!}' is a git range; orgctl diff takes its two ends as sides: orgctl diff ${base} ${to}`, {
      code: 'commander.missingArgument',
    });
  };
}

function parseMaxBytes(value: string): number {
  const n = parseCount(value, '--max-bytes');
  if (n < 1) throw new InvalidArgumentError(`--max-bytes must be a whole number of bytes above 0, got '${value}'`);
  return n;
}

/**
 * The command line as given to parse(). Commander keeps it (rawArgs) but does
 * not declare it in its types; the `--` that commander consumes is found there.
 */
function rawArgs(program: Command): readonly string[] {
  const raw = (program as unknown as { rawArgs?: unknown }).rawArgs;
  if (!Array.isArray(raw)) throw new Error('commander did not keep the command line (rawArgs)');
  return raw as string[];
}
