/**
 * runCommonJs (src/core/codeCache.ts): a V8 code cache is only a faster way to the same code. It is
 * used when it was made for this key and this source, and ignored — never handed to V8, whose
 * deserialiser aborts the process on damaged bytes — when it was made for anything else or is damaged.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCommonJs } from '../../src/core/codeCache.js';
import { temporaryDirs } from '../support/tmp.js';

const tmpDir = temporaryDirs('orgctl-code-cache-');

// Enough functions that V8 has real code to cache; `exports.sum` is what every run must agree on.
const SOURCE = `// build one
${Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i % 7}; }`).join('\n')}
exports.sum = (n) => { let s = 0; for (let i = 0; i < n; i++) s += f0(i) + f49(i); return s; };
`;

function setUp(source = SOURCE) {
  const dir = tmpDir();
  const file = path.join(dir, 'lib.cjs');
  fs.writeFileSync(file, source);
  return { file, cache: path.join(dir, 'lib.codecache') };
}

const mods = (file: string) => ({ fs, path, vm, zlib, require: createRequire(file) });
const run = (file: string, cache: string, key = 'test-key 1') => runCommonJs(file, cache, key, mods(file));
const sumOf = (r: { exports: unknown }) => (r.exports as { sum: (n: number) => number }).sum(1000);

describe('runCommonJs', () => {
  it('runs the file as require would, compiles from source without a cache, and uses the cache it saved', () => {
    const { file, cache } = setUp();
    const first = run(file, cache);
    expect(first.cached).toBe(false);
    const expected = sumOf(first);
    first.save(cache);
    expect(fs.readFileSync(cache, 'latin1').split('\n')[0]).toMatch(/^test-key 1 \d+ "\/\/ build one" \d+$/);
    const second = run(file, cache);
    expect(second.cached).toBe(true);
    expect(sumOf(second)).toBe(expected);
  });

  it('ignores a cache made for another key (another node, platform or build)', () => {
    const { file, cache } = setUp();
    run(file, cache, 'node v0.0.1').save(cache);
    expect(run(file, cache, 'node v0.0.1').cached).toBe(true);
    expect(run(file, cache, 'node v99.0.0').cached).toBe(false);
  });

  it('ignores a cache made for another build of the source (its first line differs)', () => {
    const { file, cache } = setUp();
    run(file, cache).save(cache);
    fs.writeFileSync(file, SOURCE.replace('// build one', '// build two'));
    const r = run(file, cache);
    expect(r.cached).toBe(false);
    expect(sumOf(r)).toBe(sumOf(run(setUp().file, '/nonexistent')));
  });

  it('ignores damaged bytes and a truncated or empty cache without handing them to V8', () => {
    const { file, cache } = setUp();
    run(file, cache).save(cache);
    const good = fs.readFileSync(cache);
    const flipped = Buffer.from(good);
    for (let i = good.length - 200; i < good.length - 100; i++) flipped[i]! ^= 0x5a;
    for (const bad of [flipped, good.subarray(0, good.length - 50), Buffer.alloc(0), Buffer.from('garbage\n')]) {
      fs.writeFileSync(cache, bad);
      const r = run(file, cache);
      expect(r.cached).toBe(false);
      expect(typeof sumOf(r)).toBe('number');
    }
  });

  it('with onlyCached, compiles and runs nothing unless the cache fits', () => {
    const { file, cache } = setUp(`${SOURCE}\nglobalThis.__orgctlCodeCacheRuns = (globalThis.__orgctlCodeCacheRuns ?? 0) + 1;\n`);
    const runs = () => (globalThis as { __orgctlCodeCacheRuns?: number }).__orgctlCodeCacheRuns ?? 0;
    const before = runs();
    expect(runCommonJs(file, cache, 'k', mods(file), true)).toBeUndefined();
    expect(runs()).toBe(before);
    runCommonJs(file, cache, 'k', mods(file)).save(cache);
    expect(runCommonJs(file, cache, 'k', mods(file), true)?.cached).toBe(true);
    expect(runs()).toBe(before + 2);
  });
});
