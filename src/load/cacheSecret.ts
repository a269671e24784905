/**
 * The key that signs the result `validate --cache` keeps. A cache file is
 * an input like any other: a pull request can commit `.orgctl-cache` beside
 * the org. A cached parse is only used for bytes that hash alike, but a
 * cached result ("no findings") cannot be checked without doing the work it
 * saves, so it is believed only when this user signed it: with 32 random
 * bytes kept in `$XDG_CACHE_HOME/orgctl/cache-key` (default
 * `~/.cache/orgctl/cache-key`), made on first use, readable by the user
 * alone. Without a key (no home folder, a read-only one) no result is kept
 * or believed: every run checks in full, and parses are still cached.
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const KEY_BYTES = 32;

export function cacheKeyFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  return base && path.isAbsolute(base) ? path.join(base, 'orgctl', 'cache-key') : undefined;
}

/** This user's key, made when there is none; undefined when it cannot be had (see above). */
export function cacheSecret(file = cacheKeyFile()): Buffer | undefined {
  if (!file) return undefined;
  const existing = readKey(file);
  if (existing) return existing;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // 'wx': never through a link, never over a key another run has just made (that one is then read).
    fs.writeFileSync(file, randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
  } catch {
    // made by another run at the same moment, or nowhere to make it
  }
  return readKey(file);
}

/** The key at `file` when it is this user's own regular file of the right size, readable by no one else. */
function readKey(file: string): Buffer | undefined {
  try {
    const stat = fs.lstatSync(file);
    if (!stat.isFile() || stat.size !== KEY_BYTES || (stat.mode & 0o077) !== 0) return undefined;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return undefined;
    const key = fs.readFileSync(file);
    return key.length === KEY_BYTES ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The signature of `bytes` under `key`. */
export function sign(key: Buffer, bytes: Uint8Array): string {
  return createHmac('sha256', key).update(bytes).digest('base64');
}
