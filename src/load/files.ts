/**
 * Finding the org's files: every *.yaml / *.yml below the given paths,
 * recursively, in sorted path order, skipping dot-directories and node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { describeKind } from './readFile.js';

const YAML_FILE = /\.ya?ml$/i;

function skipDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function walk(dir: string, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return; // a dangling symlink: nothing to read
  }
  if (seen.has(real)) return; // symlink loop
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new UsageError(`cannot read directory ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const names = entries.map((e) => e.name).sort(compareNames);
  for (const name of names) {
    const full = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      continue; // dangling symlink
    }
    if (stat.isDirectory()) {
      if (!skipDir(name)) walk(full, out, seen);
    } else if (stat.isFile() && YAML_FILE.test(name)) {
      out.push(full);
    }
    // Anything else (a FIFO, a device, a socket, also behind a symlink) is never opened: opening a FIFO
    // blocks and a device such as /dev/zero never ends. Skipped as any non-YAML file is.
  }
}

/** What is at `p`, or undefined when nothing can be read there (missing, below a file, no permission). */
function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** Code-unit order, like `sort` on the path strings: stable across platforms and locales. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Absolute paths of the YAML files under `inputs` (files given explicitly are
 * taken whatever their extension). A path that does not exist, or that is not
 * a regular file or directory (a FIFO, a device), is a UsageError.
 */
export function findYamlFiles(inputs: string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    const stat = statOrUndefined(abs);
    if (!stat) throw new UsageError(`path not found: ${input}`);
    if (stat.isDirectory()) {
      const files: string[] = [];
      walk(abs, files, seen);
      out.push(...files);
    } else if (stat.isFile()) {
      out.push(abs);
    } else {
      // Named explicitly, so not skipped in silence: the user meant something that cannot be read as a file.
      throw new UsageError(`${input} is ${describeKind(stat)}, not a file or directory`);
    }
  }
  // Sorted, de-duplicated path order across all inputs.
  return onePathPerFile([...new Set(out)].sort(compareNames));
}

/**
 * The paths with each file once: a symlink to a file that is also read under
 * its own path (a `copy.yaml -> org.yaml` beside it, or a file named twice)
 * would make every entity in it a duplicate of itself. The path kept is the
 * one that is not a link when there is one, else the first; order is kept.
 */
function onePathPerFile(paths: string[]): string[] {
  const chosen = new Map<string, string>();
  const isLink = (p: string) => fs.lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  for (const p of paths) {
    let real: string;
    try {
      real = fs.realpathSync.native(p);
    } catch {
      real = p; // gone since the walk: whoever reads it says so
    }
    const before = chosen.get(real);
    if (before === undefined || (isLink(before) && !isLink(p))) chosen.set(real, p);
  }
  const kept = new Set(chosen.values());
  return paths.filter((p) => kept.has(p));
}

/**
 * Whether writing `file` would touch the org read from `inputs`: 'input' when
 * it is one of the files read now (or a link to one), 'inside' when it is a
 * YAML file below an input directory, which the next run would read as part
 * of the org. `inputs` are paths (a caller reading git revisions passes the
 * org's path in the worktree). Paths that do not exist yet are compared as given.
 */
export function touchesInputs(file: string, inputs: string[], cwd = process.cwd()): 'input' | 'inside' | undefined {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      // Not there yet: resolve its directory (which may be a link) and keep the name.
      const dir = path.dirname(p);
      return dir === p ? p : path.join(real(dir), path.basename(p));
    }
  };
  const target = real(path.resolve(cwd, file));
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    const stat = statOrUndefined(abs);
    const source = real(abs);
    // Missing inputs are compared as directories: the org a git revision is read from may be absent from
    // the worktree, and a report written there would become part of it.
    if (stat && !stat.isDirectory()) {
      if (source === target) return 'input';
      continue;
    }
    const rel = path.relative(source, target);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const parts = rel.split(path.sep);
    if (!YAML_FILE.test(rel) || parts.slice(0, -1).some(skipDir)) continue;
    return fs.existsSync(target) ? 'input' : 'inside';
  }
  return undefined;
}
