/**
 * `loadFiles` (load/index.ts) for validate: the same files, order, display
 * paths, parses and findings, but a file whose bytes the `--cache` holds is
 * not parsed again, and with `jobs` above one the files left to parse are
 * shared between this thread and worker threads (load/pool.ts).
 */
import v8 from 'node:v8';
import { displayPath } from '../core/paths.js';
import { contentHash, serialiseForCache, type ParseCache } from './cache.js';
import { findOrgFiles, outsideLinkFindings, type OrgFiles } from './files.js';
import type { LoadResult, OnFile } from './index.js';
import { decodeText, parseBytes, parseBytesFast, type ParsedFile } from './parse.js';
import { fromFastData, fromParsedData, type FastData, type ParsedData } from './parsedData.js';
import { decideJobs, parseInPool, ParseWorkers } from './pool.js';
import { readRegularFile } from './readFile.js';

export interface FastLoadOptions {
  cache?: ParseCache;
  /** Threads that parse (1: this one only); undefined: ORGCTL_JOBS, else 1 (decideJobs). */
  jobs?: number;
  onFile?: OnFile;
  /** Told when the worker pool failed and the files were parsed on this thread instead (same result, slower). */
  onPoolError?: (err: Error) => void;
  /** With the cache: false caches every file, also those the fast reader takes (tests of the cache itself). */
  fast?: boolean;
  /** The files, found already (findOrgFiles of the inputs), and their bytes, read already, in that order. */
  found?: OrgFiles;
  read?: Input[];
}

export interface Input {
  shown: string;
  bytes: Uint8Array;
  hash?: string;
}

/** The bytes of the files found, with their display paths, in order. */
export function readFound(found: OrgFiles, cwd: string): Input[] {
  return found.files.map((abs) => {
    const shown = displayPath(abs, cwd);
    return { shown, bytes: readRegularFile(abs, shown) };
  });
}

export async function loadFilesFast(inputs: string[], cwd = process.cwd(), options: FastLoadOptions = {}): Promise<LoadResult> {
  const found = options.found ?? findOrgFiles(inputs, cwd);
  const threads = decideJobs(options.jobs);
  // Started before the files are read, so they are ready when the parse begins (see ParseWorkers).
  const workers = threads > 1 && found.files.length > 1 ? startWorkers(Math.min(threads, found.files.length) - 1, options) : undefined;
  try {
    return await loadFound(found, cwd, options, workers);
  } finally {
    workers?.close();
  }
}

function startWorkers(count: number, options: FastLoadOptions): ParseWorkers | undefined {
  try {
    return new ParseWorkers(count);
  } catch (err) {
    // No worker threads here (a sandbox, a runtime without them): the files are parsed on this thread.
    options.onPoolError?.(err as Error);
    return undefined;
  }
}

async function loadFound(found: OrgFiles, cwd: string, options: FastLoadOptions, workers: ParseWorkers | undefined): Promise<LoadResult> {
  const { cache, onFile } = options;
  const files: Input[] = options.read ?? readFound(found, cwd);
  if (cache)
    for (const f of files) {
      f.hash ??= contentHash(f.bytes);
      cache.hashes.set(f.shown, f.hash);
    }
  const parsed = new Array<ParsedFile | undefined>(files.length);
  let done = 0;
  const tick = () => onFile?.(++done, files.length);

  const misses: number[] = [];
  files.forEach((f, i) => {
    if (cache && options.fast !== false) {
      // The fast reader (fastYaml/) takes a file in less time than reading its entry back from the
      // cache would: the cache is for the files it declines (folded text, anchors, mistakes).
      const quick = parseBytesFast(f.bytes, f.shown);
      if (quick) {
        parsed[i] = quick;
        cache.stats.fast++;
        tick();
        return;
      }
    }
    if (cache) {
      const hit = cache.lookup(f.shown, f.hash!, decodeText(f.bytes));
      if (hit) {
        parsed[i] = hit;
        tick();
        return;
      }
    }
    misses.push(i);
  });

  /** Parse file `i` on this thread; gives what the cache is to keep of it. */
  const parseHere = (i: number): Uint8Array | undefined => {
    const f = files[i]!;
    // With the cache on, the fast reader has declined these already (or was switched off).
    const p = parseBytes(f.bytes, f.shown, cache ? { fast: false } : {});
    parsed[i] = p;
    tick();
    return cache ? serialiseForCache(p) : undefined;
  };
  let pooled = false;
  const doneBefore = done;
  if (workers && misses.length > 1) {
    try {
      const stored = new Array<Uint8Array | undefined>(misses.length);
      await parseInPool(
        misses.map((i) => files[i]!),
        workers,
        cache !== undefined,
        (reply) => {
          const i = misses[reply.index]!;
          const f = files[i]!;
          const { text, blob } = reply;
          const data: unknown = v8.deserialize(blob);
          parsed[i] = reply.fast ? fromFastData(data as FastData, text, f.shown) : fromParsedData(data as ParsedData, text, f.shown);
          stored[reply.index] = reply.cacheable ? reply.blob : undefined;
          tick();
        },
        (k) => {
          stored[k] = parseHere(misses[k]!);
        },
      );
      // Stored in file order (the cache's entries are in the order of the files, whichever thread was first).
      if (cache)
        misses.forEach((i, k) => {
          cache.store(files[i]!.shown, files[i]!.hash!, stored[k]);
        });
      pooled = true;
    } catch (err) {
      // A worker that cannot start or fails (no threads, out of memory): parse here instead, the same way.
      done = doneBefore;
      options.onPoolError?.(err as Error);
    }
  }
  if (!pooled)
    for (const i of misses) {
      const blob = parseHere(i); // (not inside `cache?.store(…)`: it must run without a cache too)
      cache?.store(files[i]!.shown, files[i]!.hash!, blob);
    }
  if (cache?.saveAfterLoad) cache.save();
  const result: LoadResult = { files: [], findings: outsideLinkFindings(found.outsideLinks, cwd, found.badNames) };
  for (const p of parsed) {
    result.files.push(p!.file);
    result.findings.push(...p!.findings);
  }
  return result;
}
