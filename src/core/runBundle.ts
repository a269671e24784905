/**
 * bin/orgctl.js's fast start: the one-file CLI bundle (dist/bundle/main.cjs, scripts/bundle.mjs) run with
 * the code V8 compiled for it at build time (dist/bundle/main.codecache, scripts/code-cache.mjs), so a
 * small command spends no time compiling. Only when that cache fits this node and this build of the
 * bundle; otherwise the launcher takes the ES module bundle, which compiles faster than the one file does.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { runCommonJs, type CommonJsRun } from './codeCache.js';

export type Main = (argv: string[]) => Promise<void>;

/** What a cache of the bundle must have been made for (the bundle's first line names its build). */
export function bundleCacheKey(): string {
  return `orgctl-code-cache 1 node ${process.version} ${process.platform}-${process.arch}`;
}

/** Load the bundle through its code cache and hand back its `main`; undefined when the cache does not fit. */
export function runBundle(bundle: URL, cache: URL): Main | undefined {
  return loadBundle(bundle, cache, true)?.main;
}

/** Load the bundle, with its code cache when it fits (else compiled from source); for the cache's maker. */
export function loadBundle(bundle: URL, cache: URL, onlyCached = false): { main: Main; run: CommonJsRun } | undefined {
  const file = fileURLToPath(bundle);
  const mods = { fs, path, vm, zlib, require: createRequire(file) };
  const run = onlyCached
    ? runCommonJs(file, fileURLToPath(cache), bundleCacheKey(), mods, true)
    : runCommonJs(file, fileURLToPath(cache), bundleCacheKey(), mods);
  return run && { main: (run.exports as { main: Main }).main, run };
}
