/**
 * `npm run build` bundles the CLI with esbuild (scripts/bundle.mjs) and bin/orgctl.js prefers the bundle:
 * it must behave exactly as the unbundled build does, byte for byte, on every command (files it finds
 * through import.meta.url — package.json, templates — included).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle, runBundle } from '../src/core/runBundle.js';
import { REPO_ROOT, runCli } from './support/cli.js';
import { temporaryDirs } from './support/tmp.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples/ops-center');
const BROKEN = path.join(REPO_ROOT, 'examples/broken');
const tmpDir = temporaryDirs('orgctl-bundle-');

/** The default start (the one-file bundle through its code cache) against the unbundled build, or against `other`'s environment. */
function both(args: (out: string) => string[], other: Record<string, string> = { ORGCTL_NO_BUNDLE: '1' }) {
  const a = tmpDir();
  const b = tmpDir();
  const bundled = runCli(args(a));
  const plain = runCli(args(b), { env: other });
  return { bundled, plain, a, b };
}

const SINGLE = pathToFileURL(path.join(REPO_ROOT, 'dist/bundle/main.cjs'));
const CACHE = pathToFileURL(path.join(REPO_ROOT, 'dist/bundle/main.codecache'));

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) out[name] = fs.readFileSync(full, 'utf8');
  }
  return out;
}

describe('the bundled CLI', () => {
  it('was built', () => {
    expect(fs.existsSync(path.join(REPO_ROOT, 'dist/bundle/main.js'))).toBe(true);
    expect(fs.existsSync(path.join(REPO_ROOT, 'dist/bundle/main.cjs'))).toBe(true);
  });

  it('starts from the code cache the build made for this node', () => {
    const loaded = loadBundle(SINGLE, CACHE);
    expect(loaded?.run.cached).toBe(true);
    expect(typeof loaded?.main).toBe('function');
  });

  it('prints what the esbuild bundle without the code cache prints', { timeout: 60_000 }, () => {
    for (const args of [
      ['validate', BROKEN, '--format', 'json'],
      ['stats', EXAMPLE, '--format', 'json'],
      ['chart', EXAMPLE],
    ]) {
      const { bundled, plain } = both(() => args, { ORGCTL_NO_CODE_CACHE: '1' });
      expect(bundled.stdout).toBe(plain.stdout);
      expect(bundled.stderr).toBe(plain.stderr);
      expect(bundled.code).toBe(plain.code);
    }
  });

  it('falls back to the esbuild bundle, quietly, when the code cache is damaged, foreign or missing', { timeout: 60_000 }, () => {
    // A copy of the package whose cache is spoilt in turn (the real dist/ may be in use by other tests).
    const pkg = tmpDir();
    for (const p of ['bin', 'dist', 'package.json']) fs.cpSync(path.join(REPO_ROOT, p), path.join(pkg, p), { recursive: true });
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    const cache = path.join(pkg, 'dist/bundle/main.codecache');
    const good = fs.readFileSync(cache);
    const flipped = Buffer.from(good);
    for (let i = good.length >> 1; i < (good.length >> 1) + 400; i++) flipped[i]! ^= 0x5a;
    const foreign = Buffer.from(
      good.toString('latin1').replace(/^orgctl-code-cache 1 node v[\d.]+/, 'orgctl-code-cache 1 node v0.0.1'),
      'latin1',
    );
    const expected = runCli(['validate', BROKEN, '--format', 'json']);
    for (const bytes of [flipped, foreign, undefined]) {
      if (bytes) fs.writeFileSync(cache, bytes);
      else fs.rmSync(cache);
      expect(runBundle(pathToFileURL(path.join(pkg, 'dist/bundle/main.cjs')), pathToFileURL(cache))).toBeUndefined();
      const r = spawnSync(process.execPath, [path.join(pkg, 'bin/orgctl.js'), 'validate', BROKEN, '--format', 'json'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.stdout).toBe(expected.stdout);
      expect(r.stderr).toBe(expected.stderr);
      expect(r.status).toBe(expected.code);
    }
  });

  it.each([
    ['validate', () => ['validate', BROKEN, '--format', 'json']],
    ['chart', () => ['chart', EXAMPLE]],
    ['stats', () => ['stats', EXAMPLE, '--format', 'json']],
    ['help', () => ['validate', '--help']],
    ['a usage error', () => ['chart', EXAMPLE, '--format', 'nope']],
  ])('prints what the unbundled build prints: %s', { timeout: 60_000 }, (_name, args) => {
    const { bundled, plain } = both(args);
    expect(bundled.stdout).toBe(plain.stdout);
    expect(bundled.stderr).toBe(plain.stderr);
    expect(bundled.code).toBe(plain.code);
  });

  it('writes the same handbook and the same init folder', { timeout: 60_000 }, () => {
    const docs = both((out) => ['docs', EXAMPLE, '-o', out]);
    expect(filesOf(docs.a)).toEqual(filesOf(docs.b));
    const init = both((out) => ['init', path.join(out, 'org')]);
    expect(init.bundled.code).toBe(0);
    expect(filesOf(init.a)).toEqual(filesOf(init.b));
  });
});
