import fs from 'node:fs';
import path from 'node:path';
import { suggest } from './text/suggest.js';

/** A path as findings show it: relative to the cwd, `/` separators, no leading `./`. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relativeToCwd(abs, cwd) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

/**
 * `abs` relative to the current directory ('' for the directory itself), as the user names it.
 * A shell that entered the directory through a symbolic link keeps the link's path in $PWD, while
 * process.cwd() names the real folder: a file given as "$PWD/org/x.yaml" would show as
 * `../../link/org/x.yaml`. Below either name, the path is relative to it (no `..`, so it means the
 * same file to the kernel and to the user); elsewhere it stays relative to the real folder, the one
 * the kernel follows `..` from.
 */
export function relativeToCwd(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  if (!leavesFolder(rel)) return rel;
  const shell = shellCwd(cwd);
  if (shell === undefined) return rel;
  const fromShell = path.relative(shell, abs);
  return leavesFolder(fromShell) ? rel : fromShell;
}

const leavesFolder = (rel: string) => rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);

/**
 * Whether `target` is `folder` or below it (absolute paths, resolved alike). The one test of "inside" for
 * every caller: a name that only starts with two dots (`..drafts.yaml`, `..old/`) is inside its folder;
 * `path.relative` gives it as `..drafts.yaml`, which `rel.startsWith('..')` took for the way out.
 */
export function isInside(folder: string, target: string): boolean {
  return !leavesFolder(path.relative(folder, target));
}

let trusted: { pwd: string; cwd: string; shell: string | undefined } | undefined;

/** $PWD when it is another name of `cwd` (the same folder once links are resolved), else undefined. */
function shellCwd(cwd: string): string | undefined {
  const pwd = process.env.PWD;
  if (pwd === undefined || !path.isAbsolute(pwd)) return undefined;
  if (trusted?.pwd === pwd && trusted.cwd === cwd) return trusted.shell;
  let shell: string | undefined;
  try {
    shell = fs.realpathSync(pwd) === fs.realpathSync(cwd) ? path.resolve(pwd) : undefined;
  } catch {
    shell = undefined; // a $PWD that no longer exists names nothing
  }
  trusted = { pwd, cwd, shell };
  return shell;
}

/** Names looked at in a folder for a guess: a folder of thousands of files gets none rather than a slow answer. */
const GUESS_NAMES_MAX = 1000;

/**
 * " (did you mean 'org'?)" for a path that does not exist, when its folder holds a name one typo away,
 * written as the path was typed (`ogr/` → `org/`); else "". Only the last part is guessed.
 */
export function didYouMeanPath(input: string, cwd = process.cwd()): string {
  const trimmed = input.replace(/[\\/]+$/, '');
  const base = path.basename(trimmed);
  if (base === '' || base === '.' || base === '..') return '';
  let names: string[];
  try {
    const dir = fs.opendirSync(path.dirname(path.resolve(cwd, trimmed)));
    names = [];
    try {
      for (let entry = dir.readSync(); entry !== null && names.length < GUESS_NAMES_MAX; entry = dir.readSync()) names.push(entry.name);
    } finally {
      dir.closeSync();
    }
  } catch {
    return ''; // its folder is missing too, or unreadable: nothing to guess from
  }
  if (names.length >= GUESS_NAMES_MAX) return '';
  const guess = suggest(base, names);
  if (guess === undefined) return '';
  const at = trimmed.length - base.length;
  return ` (did you mean '${trimmed.slice(0, at)}${guess}${input.slice(trimmed.length)}'?)`;
}
