/**
 * Running a CommonJS file with V8's code cache: what Node's `require` does (the same function wrapper),
 * but through `vm.Script`, which can take the code V8 compiled in an earlier process and save what it has
 * compiled now. Node 20 has no compile cache of its own (`module.enableCompileCache` came in Node 22).
 * Used for the single-file CLI bundle (bin/orgctl.js, saved by scripts/code-cache.mjs) and for elkjs in
 * the chart's layout worker (chart/layout/elk.ts, saved by scripts/elk-cache.mjs).
 *
 * A cache is only a faster way to the same code: one that does not fit is ignored, never trusted. Its
 * first line names what it was made for — the caller's key (node version, platform, what the file is),
 * the source's length and first line, and a CRC-32 of the bytes that follow — and V8 checks its own
 * version and flags. Damaged bytes must never reach V8 (its deserialiser aborts the process on them),
 * so without `zlib.crc32` (Node < 20.15) no cache is read or written.
 *
 * The function is also run as source text in a worker (`String(runCommonJs)`): it uses nothing but its
 * arguments.
 */
import type fs from 'node:fs';
import type path from 'node:path';
import type vm from 'node:vm';
import type zlib from 'node:zlib';

export interface CodeCacheModules {
  fs: typeof fs;
  path: typeof path;
  vm: typeof vm;
  zlib: typeof zlib;
  /** The `require` the file gets (resolving from its own folder). */
  require: NodeJS.Require;
}

export interface CommonJsRun {
  exports: unknown;
  /** Whether V8 took the cache (false: compiled from source). */
  cached: boolean;
  /** Save the code V8 has compiled for the file so far (more after running it than before) to `cacheFile`. */
  save: (cacheFile: string) => void;
}

/** With `onlyCached`, nothing is compiled or run (and undefined comes back) unless the cache fits. */
export function runCommonJs(file: string, cacheFile: string | undefined, key: string, mods: CodeCacheModules): CommonJsRun;
export function runCommonJs(
  file: string,
  cacheFile: string | undefined,
  key: string,
  mods: CodeCacheModules,
  onlyCached: true,
): CommonJsRun | undefined;
export function runCommonJs(
  file: string,
  cacheFile: string | undefined,
  key: string,
  mods: CodeCacheModules,
  onlyCached = false,
): CommonJsRun | undefined {
  const source = mods.fs.readFileSync(file, 'utf8');
  const crc32 = (mods.zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  const firstLine = source.slice(0, Math.min(120, source.indexOf('\n') >>> 0));
  const header = `${key} ${source.length} ${JSON.stringify(firstLine)}`;
  let cachedData: Buffer | undefined;
  if (cacheFile && crc32) {
    try {
      const bytes = mods.fs.readFileSync(cacheFile);
      const nl = bytes.indexOf(10);
      const payload = bytes.subarray(nl + 1);
      if (nl > 0 && bytes.toString('utf8', 0, nl) === `${header} ${crc32(payload)}`) cachedData = payload;
    } catch {
      // No cache or an unreadable one: compile from source.
    }
  }
  if (onlyCached && !cachedData) return undefined;
  const script = new mods.vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, mods.require, module, file, mods.path.dirname(file));
  return {
    exports: module.exports,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    save: (to) => {
      if (!crc32) return;
      const payload = script.createCachedData();
      mods.fs.writeFileSync(to, Buffer.concat([Buffer.from(`${header} ${crc32(payload)}\n`, 'utf8'), payload]));
    },
  };
}
