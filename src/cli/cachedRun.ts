/**
 * `validate --cache` as one run sees it: the files are found and stat'ed;
 * the result the last run kept is taken when it still holds
 * (lint/cache/keptResult.ts), reading only files whose stat changed.
 * Otherwise the files are read once and handed to the loader with the parse
 * cache, and the run's result is kept once it is checked.
 */
import { today } from '../core/time/today.js';
import { contentHash, type ParseCache } from '../load/cache.js';
import { readFound, type Input } from '../load/fastLoad.js';
import { findOrgFiles, type OrgFiles } from '../load/files.js';
import { fileStat, keepResult, reuseResult } from '../lint/cache/keptResult.js';
import type { ValidationResult } from '../lint/result.js';
import type { OrgModel } from '../model/types.js';

export interface CachedRun {
  /** The last run's result, when it holds for these files (nothing else is to be done but report it). */
  reused?: ValidationResult;
  cache: ParseCache;
  found: OrgFiles;
  /** The files' bytes, for the loader (read only when the result is not reused). */
  read(): Input[];
  /** Keep the result of checking `model` in full, and save the cache. */
  keep(model: OrgModel, full: ValidationResult): void;
}

export function cachedRun(inputs: string[], cache: ParseCache, asOfOption: string | undefined, cwd = process.cwd()): CachedRun {
  const found = findOrgFiles(inputs, cwd);
  const asOf = asOfOption ?? today(undefined);
  // Before any file is read: a file written after its stat is taken is then read again next time.
  const startedMs = Date.now();
  const stats = found.files.map((abs) => fileStat(abs, startedMs));
  const kept = cache.keptResult();
  const reused = kept ? reuseResult(kept, { cwd, abs: found.files, stats }, asOf) : undefined;
  const run: CachedRun = {
    cache,
    found,
    read() {
      const read = readFound(found, cwd);
      for (const f of read) f.hash = contentHash(f.bytes);
      return read;
    },
    keep(model, full) {
      cache.keepResult(keepResult(model, full, cache.hashes, found, stats, asOf, cwd));
      cache.save();
    },
  };
  if (!reused) return run;
  cache.keepResult(reused.keep);
  cache.carryEntries();
  cache.save();
  return { ...run, reused: reused.result };
}
