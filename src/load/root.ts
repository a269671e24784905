/**
 * Finding the org from wherever the user is, as git and ESLint find their
 * roots: from a folder (or a file's folder) upward, the first folder with a
 * YAML file of its own holding the Organization document. The walk stops at
 * the git root (a folder with `.git`) and at the filesystem root, and looks
 * at each folder's own YAML files only (not below), so it costs one
 * directory listing per level.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from '../core/paths.js';

const YAML_FILE = /\.ya?ml$/i;
/** A document starting `kind: Organization` (block or flow `{kind: Organization}` style). */
const ORGANIZATION = /(?:^|[\n{,]\s*)["']?kind["']?\s*:\s*["']?Organization["']?\s*(?:[\n,}#]|$)/;
/** Enough of a file to find its `kind` lines; bigger files are read only this far. */
const READ_LIMIT = 1 << 20;

function holdsOrganization(dir: string): boolean {
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => YAML_FILE.test(n) && !n.startsWith('.'))
      .sort();
  } catch {
    return false;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (!fs.statSync(file).isFile()) continue; // never open a FIFO or device
      const fd = fs.openSync(file, 'r');
      try {
        const buf = Buffer.alloc(Math.min(READ_LIMIT, fs.fstatSync(fd).size));
        const n = fs.readSync(fd, buf, 0, buf.length, 0);
        if (ORGANIZATION.test(buf.subarray(0, n).toString('utf8'))) return true;
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      // unreadable: the loader reports it if it is part of the org
    }
  }
  return false;
}

/**
 * The org root for `start` (a folder, or a file whose folder starts the
 * walk), or undefined when no folder up to the git root holds the
 * Organization document.
 */
export function findOrgRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    return undefined;
  }
  for (;;) {
    if (holdsOrganization(dir)) return dir;
    if (fs.existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** What to load for `inputs` and which findings to report. */
export interface OrgScope {
  /** Paths to load (relative to cwd as given, or the roots found). */
  load: string[];
  /** Absolute paths whose findings are reported; undefined = all. */
  only?: string[];
  /** Roots found that are not what the user named (for a note), relative to cwd with `/`. */
  roots: string[];
}

const rel = (abs: string, cwd: string) => path.relative(cwd, abs).split(path.sep).join('/') || '.';

/**
 * For each input, the org root it is in when that is above it (a subfolder
 * or a file of the org): then the whole org is loaded and only findings in
 * the inputs are reported. An input that is an org root itself, or in no
 * org, is loaded as given.
 */
export function orgScope(inputs: readonly string[], cwd = process.cwd()): OrgScope {
  const load: string[] = [];
  const only: string[] = [];
  const roots: string[] = [];
  let narrowed = false;
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    const root = fs.existsSync(abs) ? findOrgRoot(abs) : undefined;
    let isDir = false;
    let special = false;
    try {
      const stat = fs.statSync(abs);
      isDir = stat.isDirectory();
      special = !isDir && !stat.isFile(); // a FIFO or a device: the loader refuses it by name
    } catch {
      // missing: the loader says so
    }
    if (root === undefined || special || (isDir && root === abs)) {
      load.push(input);
      only.push(abs);
      continue;
    }
    narrowed = true;
    const shown = rel(root, cwd);
    if (!load.includes(shown)) load.push(shown);
    // A file named is read even where the folder walk skips it (`.drafts/x.yaml`, `roles.txt`): its findings
    // are the ones asked for. The loader reads a file reached twice once.
    if (!isDir && !load.includes(input)) load.push(input);
    // Said only when found upward: a file named in its org's own folder needs no note.
    if (root !== (isDir ? abs : path.dirname(abs)) && !roots.includes(shown)) roots.push(shown);
    only.push(abs);
  }
  return narrowed ? { load, only, roots } : { load: [...inputs], roots: [] };
}

/** Whether the finding's file (display path, relative to cwd) is one of `only` or below one. */
export function inScope(file: string | undefined, only: readonly string[], cwd = process.cwd()): boolean {
  if (file === undefined) return false;
  const abs = path.resolve(cwd, file);
  return only.some((o) => isInside(o, abs));
}
