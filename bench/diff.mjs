#!/usr/bin/env node
/**
 * `orgctl diff` of two large orgs against `orgctl validate` of one of them:
 * the base org from bench/generate.mjs and its "next quarter" variant, in
 * which about 1% of the roles changed (retitles, head-count changes,
 * re-reports, moves to another department). Every figure comes from a fresh
 * process, node start-up included:
 *
 *   node bin/orgctl.js validate <variant> --format json -o <file>
 *   node bin/orgctl.js diff <base> <variant> --format json -o <file>
 *
 * Diff reads, builds and checks both sides (the findings delta needs them);
 * files that are byte-identical on both sides are parsed once, so with 1% of
 * the roles changed it costs little more than one validate. The target is 3×. The diff's change list
 * is checked against the changes the generator recorded, so a fast wrong diff
 * cannot pass.
 *
 *   node bench/diff.mjs [--roles 100000] [--reps N] [--seed N] [--write]
 *
 * `--write` writes bench/DIFF-RESULTS.md (no dates: it changes only when the figures do).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOrg, isCurrent } from './generate.mjs';
import { median, rssSource, runNode } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_RATIO = 3;
const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');
const log = (s) => process.stderr.write(`${s}\n`);

function ensureOrg(params) {
  const name = params.variant ? `${params.roles}-v${params.variant}` : String(params.roles);
  const dir = path.join(ROOT, 'bench', 'out', name);
  if (!isCurrent(dir, params)) {
    log(`generating ${rel(dir)} …`);
    generateOrg(dir, params);
  }
  return dir;
}

function readStamp(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, '.orgctl-bench.json'), 'utf8'));
}

/**
 * Run each command `reps` times, alternating them, so a machine busy with
 * something else slows both alike; median time, peak RSS.
 */
function measureAlternating(commands, reps) {
  const runs = commands.map(() => []);
  for (let i = 0; i < reps; i++) {
    commands.forEach(({ label, args }, k) => {
      const r = runNode(args, { cwd: ROOT });
      if (r.status !== 0) throw new Error(`${label} exited with ${r.status}: ${r.stderr.trim()}`);
      runs[k].push(r);
      log(`  ${label} run ${i + 1}/${reps}: ${(r.ms / 1000).toFixed(2)} s, ${Math.round((r.rssKB ?? 0) / 1024)} MiB`);
    });
  }
  return runs.map((rs) => ({ ms: median(rs.map((r) => r.ms)), rssKB: Math.max(...rs.map((r) => r.rssKB ?? 0)), all: rs.map((r) => r.ms) }));
}

/**
 * Every change the generator made must be in the diff, as a change of that
 * role's field with the same before/after; and the diff must report nothing
 * else about roles (the variant touches nothing but those roles).
 */
function checkChanges(stamp, diff) {
  const found = new Map(diff.changes.filter((c) => c.kind === 'role').map((c) => [`${c.id}\u0000${c.change}`, c]));
  const missing = [];
  for (const g of stamp.changes) {
    const c = found.get(`${g.id}\u0000${g.kind}`);
    if (!c || c.before !== g.before || c.after !== g.after) missing.push(`${g.kind} of ${g.id}: ${JSON.stringify(g.before)} → ${JSON.stringify(g.after)}`);
  }
  if (missing.length) throw new Error(`the diff missed ${missing.length} of the generator's changes, e.g.\n  ${missing.slice(0, 5).join('\n  ')}`);
  const changedRoles = new Set(stamp.changes.map((g) => g.id));
  const extra = diff.changes.filter((c) => c.kind === 'role' && !changedRoles.has(c.id));
  if (extra.length) throw new Error(`the diff reports ${extra.length} role changes the generator did not make, e.g. ${JSON.stringify(extra[0])}`);
  return changedRoles.size;
}

function main(argv) {
  const opts = { roles: 100000, reps: 3, seed: 1, write: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--write') opts.write = true;
    else if (['--roles', '--reps', '--seed'].includes(a)) opts[a.slice(2)] = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}; usage: node bench/diff.mjs [--roles N] [--reps N] [--seed N] [--write]`);
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');

  const base = ensureOrg({ roles: opts.roles, seed: opts.seed });
  const variant = ensureOrg({ roles: opts.roles, seed: opts.seed, variant: 1 });
  const stamp = readStamp(variant);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-bench-diff-'));
  try {
    const [validate, diff] = measureAlternating(
      [
        { label: 'validate', args: ['bin/orgctl.js', 'validate', rel(variant), '--format', 'json', '-o', path.join(out, 'validate.json')] },
        { label: 'diff', args: ['bin/orgctl.js', 'diff', rel(base), rel(variant), '--format', 'json', '-o', path.join(out, 'diff.json')] },
      ],
      opts.reps,
    );
    const result = JSON.parse(fs.readFileSync(path.join(out, 'diff.json'), 'utf8'));
    const rolesChanged = checkChanges(stamp, result);
    const ratio = diff.ms / validate.ms;
    const s = stamp.stats;
    const lines = [
      '# Diff benchmark',
      '',
      'Written by `node bench/diff.mjs --write`; do not edit by hand.',
      `Two orgs from bench/generate.mjs (seed ${opts.seed}): the base and variant 1, in which ${rolesChanged} of ${s.roles} roles`,
      `(${((100 * rolesChanged) / s.roles).toFixed(1)}%) changed. Each command in a fresh process, the two alternating; wall-clock median of ${opts.reps} run(s)`,
      `including node start-up; peak RSS via ${rssSource()}. The diff's change list is checked against the generator's record.`,
      '',
      `Machine: node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim().split(' ').slice(0, 2).join(' ') ?? 'cpu'}.`,
      '',
      '| command | time | peak RSS |',
      '|:--|--:|--:|',
      `| \`validate\` one side (${s.roles} roles, ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB) | ${(validate.ms / 1000).toFixed(2)} s | ${Math.round(validate.rssKB / 1024)} MiB |`,
      `| \`diff --format json\` of both sides | ${(diff.ms / 1000).toFixed(2)} s | ${Math.round(diff.rssKB / 1024)} MiB |`,
      '',
      `Changes reported: ${result.changes.length} (${result.summary.changed} entities changed, ${result.summary.added} added, ${result.summary.removed} removed); findings introduced ${result.findings.introduced.length}, fixed ${result.findings.fixed.length}.`,
      '',
      '| target | measured | result |',
      '|:--|--:|:--|',
      `| diff within ${TARGET_RATIO}× of validating one side | ${ratio.toFixed(2)}× | ${ratio <= TARGET_RATIO ? 'pass' : 'FAIL'} |`,
      '',
      `All runs (s): validate ${validate.all.map((ms) => (ms / 1000).toFixed(2)).join(', ')}; diff ${diff.all.map((ms) => (ms / 1000).toFixed(2)).join(', ')}.`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
    if (opts.write) fs.writeFileSync(path.join(ROOT, 'bench', 'DIFF-RESULTS.md'), lines.join('\n'));
    return ratio <= TARGET_RATIO ? 0 : 1;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`bench/diff: ${err.message}\n`);
  process.exitCode = 2;
}
