#!/usr/bin/env node
/**
 * A realistic, deterministic org of any size, for benchmarks:
 *
 *   import { generateOrg } from './generate.mjs';
 *   generateOrg('bench/out/10000', { roles: 10000, seed: 1 });            // base org
 *   generateOrg('bench/out/10000-v1', { roles: 10000, seed: 1, variant: 1 }); // ~1% of roles changed
 *
 *   node bench/generate.mjs <dir> <roles> [--seed N] [--variant N]
 *
 * The org validates clean at default rule settings (see gen/build.mjs for the
 * shape that guarantees it). The same (roles, seed, variant) always gives
 * byte-identical files. `dir` is emptied first, but only if it is empty or was
 * written by this generator (it holds GENERATED_STAMP).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOrg } from './gen/build.mjs';
import { renderOrg } from './gen/render.mjs';
import { applyVariant } from './gen/variant.mjs';

export const GENERATED_STAMP = '.orgctl-bench.json';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SOURCES = ['generate.mjs', 'gen/build.mjs', 'gen/prng.mjs', 'gen/render.mjs', 'gen/templates.mjs', 'gen/variant.mjs'];

/** Hash of the generator's own source: a changed generator never reuses old output. */
export function generatorVersion() {
  const h = crypto.createHash('sha256');
  for (const f of SOURCES) h.update(fs.readFileSync(path.join(HERE, f)));
  return h.digest('hex').slice(0, 16);
}

/** Build the org in memory and render it: `{ files: Map<relPath, text>, stats, changes }`. No I/O. */
export function generateOrgFiles({ roles, seed = 1, variant = 0 }) {
  const org = buildOrg({ roles, seed });
  const changes = variant ? applyVariant(org, { seed, variant, roles }) : [];
  const files = renderOrg(org, { roles, seed, variant });
  let seats = 0;
  for (const r of org.roles.values()) seats += r.headcount;
  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  const stats = {
    roles: org.roles.size,
    departments: org.departments.size,
    kpis: org.kpis.length,
    workflows: org.workflows.length,
    seats,
    files: files.size,
    bytes,
  };
  return { files, stats, changes };
}

/** The parameters and version an output directory was generated with, or undefined. */
export function readStamp(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, GENERATED_STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Write the org into `dir` (emptied first). Returns the stamp: params, version, stats, changes. */
export function generateOrg(dir, { roles, seed = 1, variant = 0 }) {
  clearOutputDir(dir);
  const { files, stats, changes } = generateOrgFiles({ roles, seed, variant });
  for (const [rel, text] of files) {
    const target = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  const stamp = { params: { roles, seed, variant }, version: generatorVersion(), stats, changes };
  fs.writeFileSync(path.join(dir, GENERATED_STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}

/** True when `dir` already holds this generator's output for exactly these params. */
export function isCurrent(dir, { roles, seed = 1, variant = 0 }) {
  const stamp = readStamp(dir);
  return (
    !!stamp &&
    stamp.version === generatorVersion() &&
    stamp.params.roles === roles &&
    stamp.params.seed === seed &&
    stamp.params.variant === variant
  );
}

function clearOutputDir(dir) {
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    return;
  }
  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return;
  if (!entries.includes(GENERATED_STAMP)) {
    throw new Error(`${dir} is not empty and was not written by bench/generate.mjs; refusing to overwrite it`);
  }
  for (const e of entries) fs.rmSync(path.join(dir, e), { recursive: true, force: true });
}

function cli(argv) {
  const positional = [];
  const opts = { seed: 1, variant: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed' || a === '--variant') opts[a.slice(2)] = Number(argv[++i]);
    else positional.push(a);
  }
  const [dir, roles] = positional;
  if (!dir || !/^\d+$/.test(roles ?? '') || !Number.isInteger(opts.seed) || !Number.isInteger(opts.variant)) {
    process.stderr.write('usage: node bench/generate.mjs <dir> <roles> [--seed N] [--variant N]\n');
    return 2;
  }
  const stamp = generateOrg(dir, { roles: Number(roles), ...opts });
  const s = stamp.stats;
  process.stdout.write(
    `${dir}: ${s.roles} roles (${s.seats} seats), ${s.departments} departments, ${s.kpis} KPIs, ${s.workflows} workflows in ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB` +
      (stamp.changes.length ? `; variant ${opts.variant}: ${stamp.changes.length} roles changed` : '') +
      '\n',
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = cli(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`generate: ${err.message}\n`);
    process.exitCode = 2;
  }
}
