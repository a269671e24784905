/**
 * Writing what the user asked for: stdout, or a file written atomically (a temp
 * file beside it, then rename) so nothing the user owns is ever half-written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { tempName } from './fileNames.js';

/**
 * mkdir -p, without fs.mkdirSync's `recursive` (which loops forever on some
 * paths, e.g. under /proc, in Node 20): create each missing parent in turn.
 */
export function ensureDir(dir: string): void {
  const missing: string[] = [];
  let cur = path.resolve(dir);
  while (!fs.existsSync(cur)) {
    missing.push(cur);
    const parent = path.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  for (const d of missing.reverse()) fs.mkdirSync(d);
}

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  // A device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written in place: renaming over it
  // would replace the device with a regular file.
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(file);
  } catch {
    existing = undefined;
  }
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
    try {
      fs.writeFileSync(file, content);
      return;
    } catch (err) {
      throw cannotWrite(file, err);
    }
  }
  const dir = path.dirname(path.resolve(file));
  try {
    ensureDir(dir);
  } catch (err) {
    throw cannotWrite(file, err);
  }
  replaceFile(dir, path.basename(file), content);
}

/**
 * Write `dir/name` through a temp file beside it (see tempName: its name fits
 * in 255 bytes whatever the length of `name`), then rename it into place.
 * The temp file is created exclusively, so a link planted under its name is
 * never followed; the rename replaces `name` itself, never what a link there
 * points to.
 */
export function replaceFile(dir: string, name: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  const file = path.join(dir, name);
  const tmp = path.join(dir, tempName(name, process.pid, Date.now()));
  let created = false;
  try {
    const fd = fs.openSync(tmp, 'wx');
    created = true;
    try {
      // A list of pieces (a large page written as it was rendered) goes one after another.
      if (Array.isArray(content)) for (const piece of content as readonly Uint8Array[]) fs.writeFileSync(fd, piece);
      else fs.writeFileSync(fd, content as string | Uint8Array);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    try {
      if (created) fs.rmSync(tmp, { force: true }); // only what this call created: something already there under that name is not ours
    } catch {
      /* nothing more to clean up */
    }
    throw cannotWrite(file, err);
  }
}

/** What the user can do about the usual reasons a write fails; the code stays in the message for searching. */
const WHY: Record<string, string> = {
  EACCES: 'permission denied (EACCES): choose a folder you can write to, or change its permissions',
  EPERM: 'not permitted (EPERM): choose a folder you can write to, or change its permissions',
  EROFS: 'the file system is read-only (EROFS): choose a folder on a writable disk',
  ENOSPC: 'no space left on the device (ENOSPC): free some space, or write elsewhere',
  EDQUOT: 'disk quota exceeded (EDQUOT): free some space, or write elsewhere',
};

/** `cannot write FILE: why, and what to do`: every writer's one line for a file system that says no. */
export function cannotWrite(file: string, err: unknown): UsageError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR') {
    const blocker = fileOnTheWay(file);
    if (blocker) return new UsageError(`cannot write ${file}: ${blocker} is a file, not a folder`);
  }
  const why = (code && WHY[code]) ?? code ?? (err instanceof Error ? err.message : String(err));
  return new UsageError(`cannot write ${file}: ${why}`);
}

/** The first folder of the path to `file` that is in fact a file (ENOTDIR), written as `file` is (relative or absolute). */
function fileOnTheWay(file: string): string | undefined {
  const abs = path.resolve(file);
  const parts: string[] = [];
  for (let dir = path.dirname(abs); dir !== path.dirname(dir); dir = path.dirname(dir)) parts.unshift(dir);
  for (const dir of parts) {
    try {
      if (!fs.statSync(dir).isDirectory()) return path.isAbsolute(file) ? dir : path.relative(process.cwd(), dir);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * `-o ''` (a script's `-o "$OUT"` with OUT unset) names no file: one line saying so, never stdout in its place
 * nor "cannot write : … this is a directory" (the empty path resolves to the current folder).
 */
export function refuseEmptyOutput(outFile: string | undefined): void {
  if (outFile === '') throw new UsageError("-o '' names no file: give a file name, or - for stdout");
}

/** Write to `-o FILE` atomically, or to stdout. */
export function writeOutput(content: string | Uint8Array, outFile?: string): void {
  refuseEmptyOutput(outFile);
  if (outFile !== undefined && outFile !== '-') writeFileAtomic(outFile, content);
  else process.stdout.write(content);
}
