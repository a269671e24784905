/**
 * Writing output that is produced piece by piece (the SVG chart of 100k roles
 * is tens of megabytes): to `-o FILE` through a temp file beside it, renamed
 * into place only once everything was written (as writeFileAtomic does, so
 * nothing the user owns is ever half-written), or to stdout. Pieces are
 * gathered into batches of 32k characters, so neither the whole text nor a
 * system call per piece is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { tempName } from './fileNames.js';
import { cannotWrite, ensureDir } from './output.js';

/** Characters gathered before a write: enough that system calls do not count, few enough that the batch is an ordinary young object (not a large one that only a full collection frees). */
const BATCH = 1 << 15;

type Sink = (text: string) => void;

/**
 * Run `produce`, which hands its text to `write` in pieces, and put the text
 * in `outFile` (atomically; a device such as /dev/null in place) or on
 * stdout. When `produce` fails, a partly written temp file is removed and
 * nothing is renamed: `outFile` keeps what it had.
 */
export async function writeOutputFrom(
  outFile: string | undefined,
  produce: (write: (chunk: string) => void) => Promise<void>,
): Promise<void> {
  const target = outFile && outFile !== '-' ? openTarget(outFile) : stdoutTarget();
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    if (!batch.length) return;
    const text = batch.length === 1 ? batch[0]! : batch.join('');
    batch = [];
    size = 0;
    target.sink(text);
  };
  try {
    await produce((chunk) => {
      batch.push(chunk);
      size += chunk.length;
      if (size >= BATCH) flush();
    });
    flush();
    target.finish();
  } catch (err) {
    target.abort();
    throw err;
  }
}

interface Target {
  sink: Sink;
  finish(): void;
  abort(): void;
}

function stdoutTarget(): Target {
  return {
    sink: (text) => {
      process.stdout.write(text);
    },
    finish() {},
    abort() {},
  };
}

const failure = cannotWrite;

/** The file target: opened at the first batch (a render that fails before writing anything creates nothing). */
function openTarget(file: string): Target {
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
  // A device or pipe (`-o /dev/null`, `-o /dev/stdout`) is written in place: renaming over it would replace the device.
  const inPlace = existing !== undefined && !existing.isFile();
  const dir = path.dirname(path.resolve(file));
  const tmp = inPlace ? file : path.join(dir, tempName(path.basename(file), process.pid, Date.now()));
  let fd: number | undefined;
  let created = false;
  const open = (): number => {
    if (fd !== undefined) return fd;
    try {
      if (!inPlace) ensureDir(dir);
      // The temp file is created exclusively: a link planted under its name is never followed.
      fd = fs.openSync(tmp, inPlace ? 'w' : 'wx');
      created = true;
      return fd;
    } catch (err) {
      throw failure(file, err);
    }
  };
  const close = () => {
    if (fd === undefined) return;
    const was = fd;
    fd = undefined;
    fs.closeSync(was);
  };
  return {
    sink: (text) => {
      const to = open();
      try {
        // A pipe or device may take less than asked for in one call.
        const bytes = Buffer.from(text, 'utf8');
        for (let at = 0; at < bytes.length;) at += fs.writeSync(to, bytes, at, bytes.length - at);
      } catch (err) {
        throw failure(file, err);
      }
    },
    finish() {
      open(); // an empty text still makes the file
      try {
        close();
        if (!inPlace) fs.renameSync(tmp, file);
      } catch (err) {
        this.abort();
        throw failure(file, err);
      }
    },
    abort() {
      try {
        close();
      } catch {
        /* already failing: the first error is the one to report */
      }
      try {
        if (created && !inPlace) fs.rmSync(tmp, { force: true }); // only what this call created
      } catch {
        /* nothing more to clean up */
      }
    },
  };
}
