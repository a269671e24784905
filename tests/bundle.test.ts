/**
 * `npm run build` bundles the CLI with esbuild (scripts/bundle.mjs) and bin/orgctl.js prefers the bundle:
 * it must behave exactly as the unbundled build does, byte for byte, on every command (files it finds
 * through import.meta.url — package.json, templates — included).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './support/cli.js';
import { temporaryDirs } from './support/tmp.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples/ops-center');
const BROKEN = path.join(REPO_ROOT, 'examples/broken');
const tmpDir = temporaryDirs('orgctl-bundle-');

function both(args: (out: string) => string[]) {
  const a = tmpDir();
  const b = tmpDir();
  const bundled = runCli(args(a));
  const plain = runCli(args(b), { env: { ORGCTL_NO_BUNDLE: '1' } });
  return { bundled, plain, a, b };
}

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
