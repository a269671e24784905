#!/usr/bin/env node
/**
 * Saves the code V8 compiles for the one-file CLI bundle (dist/bundle/main.cjs) to
 * dist/bundle/main.codecache, which bin/orgctl.js hands to V8 so orgctl starts without compiling
 * (src/core/runBundle.ts). It runs the commands people start most often first — validate, chart,
 * docs, stats, help — with their output thrown away, so the cache holds the functions they run and not
 * only the bundle's top level. Made on this machine by this node (`npm run build`, hence also at
 * `npm pack`), never downloaded; a cache made for another node or another build is ignored at run time.
 *
 *   node scripts/code-cache.mjs        (run by `npm run build`, after scripts/bundle.mjs)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../dist/core/runBundle.js';

const bundle = new URL('../dist/bundle/main.cjs', import.meta.url);
const cache = new URL('../dist/bundle/main.codecache', import.meta.url);
const example = (name) => fileURLToPath(new URL(`../examples/${name}`, import.meta.url));

fs.rmSync(cache, { force: true });
const { main, run } = loadBundle(bundle, cache);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-code-cache-'));
const write = { out: process.stdout.write, err: process.stderr.write };
process.stdout.write = process.stderr.write = () => true;
try {
  for (const argv of [
    ['validate', example('ops-center')],
    ['validate', example('broken')],
    ['validate', example('broken'), '--format', 'json'],
    ['chart', example('ops-center'), '-o', path.join(scratch, 'chart.svg')],
    ['docs', example('ops-center'), '-o', path.join(scratch, 'docs')],
    ['stats', example('ops-center')],
    ['--help'],
  ])
    await main(['node', 'orgctl', ...argv]);
} finally {
  Object.assign(process.stdout, { write: write.out });
  Object.assign(process.stderr, { write: write.err });
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exitCode = 0;
run.save(fileURLToPath(cache));
