/**
 * The one way the loader reads a file's bytes, on disk or from git: only
 * regular files, and none larger than MAX_FILE_BYTES. A FIFO would block the
 * open forever and /dev/zero would be read until memory runs out; a file of
 * gigabytes cannot become one JavaScript string (or one `git` pipe). Each is a
 * UsageError — exit 2 with one line — instead of a hang or an internal error.
 */
import fs from 'node:fs';
import { UsageError } from '../core/errors.js';

/** The largest YAML file orgctl reads. Far above any real org file (100k roles fit in a few MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** What a non-regular file is, in words: "a FIFO (named pipe)", "a character device"... */
export function describeKind(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function tooLarge(what: string, size: number, maxBytes: number): UsageError {
  return new UsageError(`${what} is ${size} bytes, more than the ${maxBytes} bytes orgctl reads from one file`);
}

// Opening a FIFO without a writer blocks until one comes; non-blocking, the open returns and fstat says what it is.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as number, but undefined on Windows
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `abs` (`shown` names it in errors). Checks
 * what the open descriptor is, not what the path was when a directory walk
 * looked at it, so a path swapped for a FIFO in between cannot hang the read.
 */
export function readRegularFile(abs: string, shown: string, maxBytes = MAX_FILE_BYTES): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(abs, OPEN_FLAGS);
  } catch (err) {
    throw new UsageError(`cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${shown} is ${describeKind(stat)}, not a regular file`);
    if (stat.size > maxBytes) throw tooLarge(shown, stat.size, maxBytes);
    return readAtMost(fd, shown, stat.size, maxBytes);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/** Read to the end, expecting `expected` bytes, but never holding more than `maxBytes` (a file still growing). */
function readAtMost(fd: number, shown: string, expected: number, maxBytes: number): Buffer {
  // One byte more than expected: reading it is how growth past the stat is noticed.
  let buffer = Buffer.allocUnsafe(Math.min(expected, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooLarge(shown, length, maxBytes);
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
  }
}
