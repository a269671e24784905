/**
 * `validate --cache`: each file's parse kept between runs, so the edit loop
 * parses only the files that changed. One file (default `.orgctl-cache` in the
 * cwd) holds, per display path, the sha256 of the file's bytes and its parse
 * as plain data (load/parsedData.ts), each entry serialised on its own so an
 * unchanged one is carried into the next cache as bytes. The whole file is
 * keyed by the orgctl version, this format's version and the parser's options:
 * a cache written by anything else is ignored. Beside the parses it keeps the
 * run's result, signed with this user's key (load/cacheSecret.ts): an edit
 * to text no check reads takes it whole (lint/cache/); any other edit runs
 * the model and every rule, so cross-file findings are always fresh.
 *
 * The cache file is untrusted input: it is read only when it is a regular
 * file (never through a symlink, never more than MAX_CACHE_BYTES), and every
 * entry must pass checkParsedData or its file is parsed again. Anything wrong
 * with it (truncated, foreign, hostile) costs a cold run, never a crash. It is
 * written to a temporary file beside it and renamed over it, so a reader never
 * sees half a cache and a symlink at the path is replaced, not followed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { packageVersion } from '../core/version.js';
import { MAX_ALIAS_COUNT, PARSE_OPTIONS, type ParsedFile } from './parse.js';
import { checkParsedData, fromParsedData, toParsedData } from './parsedData.js';
import { sign } from './cacheSecret.js';

export const DEFAULT_CACHE_LOCATION = '.orgctl-cache';

/** Bump when ParsedData, the skeleton, the kept result (lint/cache/) or this file's layout changes. */
const CACHE_FORMAT = 3;
const MAGIC = 'orgctl-parse-cache';
/** A cache larger than this is not read (the cache of 100k roles is far below). */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

interface Entry {
  hash: string;
  blob: Uint8Array;
}

export function cacheKey(): string {
  return JSON.stringify({ orgctl: packageVersion(), format: CACHE_FORMAT, parse: PARSE_OPTIONS, aliases: MAX_ALIAS_COUNT });
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as number, but undefined on Windows
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** The cache file's bytes, or undefined when there is none or it is not a plain regular file of sane size. */
function readCacheBytes(file: string): Buffer | undefined {
  try {
    if (!fs.lstatSync(file).isFile()) return undefined;
    const fd = fs.openSync(file, OPEN_FLAGS);
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return undefined;
      const buffer = Buffer.alloc(stat.size);
      let length = 0;
      while (length < stat.size) {
        const n = fs.readSync(fd, buffer, length, stat.size - length, null);
        if (n === 0) return undefined; // shrank while read: not trusted
        length += n;
      }
      return buffer;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function isEntryList(v: unknown): v is Array<[string, string, Uint8Array]> {
  return (
    Array.isArray(v) &&
    v.every((e) => Array.isArray(e) && e.length === 3 && typeof e[0] === 'string' && typeof e[1] === 'string' && e[2] instanceof Uint8Array)
  );
}

/** A result kept by the last run (lint/cache/): its bytes and their signature (load/cacheSecret.ts). */
interface SignedResult {
  bytes: Uint8Array;
  mac: string;
}

function isSignedResult(v: unknown): v is SignedResult {
  return (
    typeof v === 'object' && v !== null && (v as SignedResult).bytes instanceof Uint8Array && typeof (v as SignedResult).mac === 'string'
  );
}

/** What the cache at `file` holds when it was written for `key`; nothing when it is missing, damaged or foreign. */
function readCache(file: string, key: string): { entries: Map<string, Entry>; result?: SignedResult } {
  const entries = new Map<string, Entry>();
  const bytes = readCacheBytes(file);
  if (!bytes) return { entries };
  let data: unknown;
  try {
    data = v8.deserialize(bytes);
  } catch {
    return { entries };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { entries };
  const { magic, key: written, entries: list, result } = data as Record<string, unknown>;
  if (magic !== MAGIC || written !== key || !isEntryList(list)) return { entries };
  for (const [shown, hash, blob] of list) entries.set(shown, { hash, blob });
  return isSignedResult(result) ? { entries, result } : { entries };
}

export interface CacheStats {
  /** Files whose parse came from the cache. */
  hits: number;
  /** Display paths of the files parsed in this run. */
  parsed: string[];
  /** Files the fast reader took: read each time, never cached (it is quicker than a cache entry). */
  fast: number;
}

export class ParseCache {
  private readonly old: Map<string, Entry>;
  private readonly next = new Map<string, Entry>();
  private readonly oldResult: SignedResult | undefined;
  private nextResult: SignedResult | undefined;
  readonly stats: CacheStats = { hits: 0, parsed: [], fast: 0 };
  /** The hash of every file this run read, by display path (for the result kept: lint/cache/). */
  readonly hashes = new Map<string, string>();

  constructor(
    readonly file: string,
    private readonly key = cacheKey(),
    /** The secret a kept result is signed with (load/cacheSecret.ts); without one no result is kept or read. */
    private readonly secret?: Buffer,
    /** False: the caller saves, once it has kept the run's result (loading alone does not). */
    readonly saveAfterLoad = true,
  ) {
    const read = readCache(file, key);
    this.old = read.entries;
    this.oldResult = read.result;
  }

  /** The result the last run kept, when this user's secret signed it (anything else is never believed). */
  keptResult(): Uint8Array | undefined {
    const r = this.oldResult;
    if (!r || !this.secret) return undefined;
    const expected = Buffer.from(sign(this.secret, r.bytes));
    const given = Buffer.from(r.mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? r.bytes : undefined;
  }

  /** Keep `bytes` as this run's result (signed), or none. */
  keepResult(bytes: Uint8Array | undefined): void {
    this.nextResult = bytes && this.secret ? { bytes, mac: sign(this.secret, bytes) } : undefined;
  }

  /** Carry the parse entries of the last run over unchanged (a run that reused the whole result parsed nothing). */
  carryEntries(): void {
    for (const [shown, entry] of this.old) if (!this.next.has(shown)) this.next.set(shown, entry);
  }

  /** The cached parse of `shown` when its bytes hash to `hash` and the entry is sound; `text` is the file's decoded text. */
  lookup(shown: string, hash: string, text: string): ParsedFile | undefined {
    const entry = this.old.get(shown);
    if (!entry || entry.hash !== hash) return undefined;
    let data: unknown;
    try {
      data = v8.deserialize(entry.blob);
    } catch {
      return undefined;
    }
    const checked = checkParsedData(data, text.length, shown);
    if (!checked) return undefined;
    this.next.set(shown, entry);
    this.stats.hits++;
    return fromParsedData(checked, text, shown);
  }

  /**
   * Remember the parse of `shown` (bytes hashing to `hash`) for the next run: `blob` is its ParsedData
   * serialised (serialiseForCache), or undefined when it is not to be kept.
   */
  store(shown: string, hash: string, blob: Uint8Array | undefined): void {
    this.stats.parsed.push(shown);
    if (blob) this.next.set(shown, { hash, blob });
  }

  /**
   * Write the entries of this run (files no longer in the org drop out) to a
   * temporary file beside the cache, then rename it over the cache. Nothing is
   * written when nothing changed. A cache that cannot be written is not an
   * error of the run: the next run is cold, nothing else.
   */
  save(): boolean {
    // (A run whose files the fast reader all took still leaves a cache file: the next run finds it valid and empty.)
    const sameResult = this.nextResult?.mac === this.oldResult?.mac;
    if (this.stats.parsed.length === 0 && this.next.size === this.old.size && sameResult && fs.existsSync(this.file)) return false;
    const list = [...this.next].map(([shown, e]) => [shown, e.hash, e.blob]);
    const bytes = v8.serialize({ magic: MAGIC, key: this.key, entries: list, ...(this.nextResult ? { result: this.nextResult } : {}) });
    const temp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.tmp`);
    try {
      fs.writeFileSync(temp, bytes, { flag: 'wx', mode: 0o600 });
      fs.renameSync(temp, this.file);
      return true;
    } catch {
      fs.rmSync(temp, { force: true });
      return false;
    }
  }
}

/**
 * `parsed` as a cache entry's bytes, or undefined when the next run would refuse it (a value nested past
 * MAX_DEPTH, an alias expansion past the walk budget): that file is then parsed each time.
 */
export function serialiseForCache(parsed: ParsedFile): Uint8Array | undefined {
  const data = toParsedData(parsed);
  if (!checkParsedData(data, parsed.file.text.length, parsed.file.path)) return undefined;
  try {
    return v8.serialize(data);
  } catch {
    return undefined;
  }
}
