/**
 * Writing `validate --fix`'s edits: only files the org was loaded from, only
 * below the org's own folders (or the files named), never through a symbolic
 * link, never over a file that changed since it was read. Each file is written
 * atomically (temp file + rename) and keeps its byte order mark and mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileFix } from '../lint/fix.js';
import { replaceFile } from '../core/fs/output.js';
import { warn } from './stderr.js';
import { isInside } from '../core/paths.js';

const BOM = '\ufeff';

function realOrUndefined(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Write each fix whose file may be written; the number of files written. */
export function writeFixes(fixes: readonly FileFix[], roots: readonly string[], cwd = process.cwd()): FileFix[] {
  const realRoots = roots.map((r) => realOrUndefined(path.resolve(cwd, r))).filter((r): r is string => r !== undefined);
  const written: FileFix[] = [];
  for (const fix of fixes) {
    const abs = path.resolve(cwd, fix.file);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(abs);
    } catch {
      warn(`${fix.file} is gone; not fixed`);
      continue;
    }
    if (!stat.isFile()) {
      warn(`${fix.file} is a symbolic link or not a regular file; not fixed (fix the file it points to)`);
      continue;
    }
    const dir = realOrUndefined(path.dirname(abs));
    if (dir === undefined || !realRoots.some((root) => isInside(root, path.join(dir, path.basename(abs))))) {
      warn(`${fix.file} is outside the org's folder; not fixed`);
      continue;
    }
    const bytes = fs.readFileSync(abs, 'utf8');
    const bom = bytes.startsWith(BOM);
    if ((bom ? bytes.slice(1) : bytes) !== fix.before) {
      warn(`${fix.file} changed since it was read; not fixed (run again)`);
      continue;
    }
    replaceFile(dir, path.basename(abs), (bom ? BOM : '') + fix.after);
    fs.chmodSync(path.join(dir, path.basename(abs)), stat.mode & 0o7777);
    written.push(fix);
  }
  return written;
}
