/**
 * What every benchmark in the suite shares: where things live, generating
 * (or reusing) the org of a given size, running orgctl in a fresh process and
 * failing loudly when it does not succeed, and number formatting.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOrg, isCurrent } from '../generate.mjs';
import { median, runNode } from '../measure.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = path.join(ROOT, 'bench', 'out');
export const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');
export const log = (s) => process.stderr.write(`${s}\n`);

/** The generated org of `roles` roles (variant 0 = the base org), generated only when missing or stale. */
export function ensureOrg(roles, { seed = 1, variant = 0 } = {}) {
  const dir = path.join(OUT, variant ? `${roles}-v${variant}` : String(roles));
  const params = { roles, seed, variant };
  if (!isCurrent(dir, params)) {
    log(`  generating ${rel(dir)} (${roles} roles, seed ${seed}${variant ? `, variant ${variant}` : ''}) …`);
    generateOrg(dir, params);
  }
  return dir;
}

/** The stamp bench/generate.mjs wrote beside an org: its stats and, for a variant, the changes made. */
export function orgStamp(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, '.orgctl-bench.json'), 'utf8'));
}

/** `node bin/orgctl.js …args` once in a fresh process; throws with its stderr unless it exits with 0. */
export function orgctl(args) {
  const r = runNode(['bin/orgctl.js', ...args], { cwd: ROOT });
  if (r.status !== 0)
    throw new Error(`orgctl ${args.join(' ')} exited with ${r.status}: ${r.stderr.trim().split('\n').slice(-5).join('\n')}`);
  return r;
}

/**
 * Run each measurement `reps` times, alternating them, so a moment when the
 * machine is busy slows every side alike. `fns` maps a name to a function
 * returning {ms, cpuMs, rssKB}; the result maps it to the medians (peak RSS:
 * the largest seen) and every run's time.
 */
export function alternate(reps, fns) {
  const runs = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let i = 0; i < reps; i++) for (const [k, fn] of Object.entries(fns)) runs[k].push(fn());
  return Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, summarize(rs)]));
}

export function summarize(rs) {
  const defined = (xs) => xs.filter((x) => x !== undefined && Number.isFinite(x));
  const cpu = defined(rs.map((r) => r.cpuMs));
  const rss = defined(rs.map((r) => r.rssKB));
  return {
    ms: Math.round(median(rs.map((r) => r.ms))),
    cpuMs: cpu.length ? Math.round(median(cpu)) : undefined,
    rssKB: rss.length ? Math.max(...rss) : undefined,
    runs: rs.map((r) => Math.round(r.ms)),
    timedOut: rs.some((r) => r.timedOut) || undefined,
  };
}

/** A scratch directory under the OS temp dir, removed after `fn` (sync or async). */
export async function withTempDir(prefix, fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `orgctl-bench-${prefix}-`));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Files and bytes under a directory. */
export function tally(dir) {
  let files = 0;
  let bytes = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  }
  return { files, bytes };
}

export const fmtSize = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
export const fmtS = (ms) => (ms === undefined ? '–' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
export const fmtMiB = (kb) => (kb === undefined ? '–' : `${Math.round(kb / 1024)} MiB`);
export const fmtMB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
export const fmtRatio = (x) => (x === undefined || !Number.isFinite(x) ? '–' : `${x.toFixed(2)}×`);

export function machine() {
  const cpu = os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${cpu}`;
}
