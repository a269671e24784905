#!/usr/bin/env node
/**
 * `orgctl validate` against the bare `yaml` parse of the same files, at org
 * sizes of 1k, 10k and 100k roles, plus `orgctl --version` against `node -e 0`.
 * Every figure comes from a fresh process (no warm JIT, no shared heap):
 *
 *   node bin/orgctl.js validate bench/out/<size> --format json -o bench/out/<size>.report.json
 *   node bench/parse-only.mjs bench/out/<size>
 *
 * Prints a table and writes bench/RESULTS.md (no dates, so it only changes
 * when the figures do). Run through `npm run bench` (builds first), or
 * `node bench/validate.mjs [--sizes 1000,10000] [--reps N] [--seed N]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOrg, isCurrent } from './generate.mjs';
import { median, rssSource, runNode } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SIZES = [1000, 10000, 100000];
export const TARGETS = {
  /** validate time / yaml parse time, at the largest size */
  parseRatio: 1.5,
  /** peak RSS of validate, at the largest size */
  rssMiB: 1024,
  /** `orgctl --version` / `node -e 0` */
  startupRatio: 1.5,
};
const STARTUP_RUNS = 20;

/** Runs per size (the median counts): more where a run is quick; three at 100k, where one run alone is at the mercy of a busy machine. */
export function repetitionsFor(size) {
  return size <= 2000 ? 7 : size <= 20000 ? 5 : 3;
}

const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');

function ensureOrg(size, seed, log) {
  const dir = path.join(ROOT, 'bench', 'out', String(size));
  const params = { roles: size, seed };
  if (isCurrent(dir, params)) return dir;
  log(`generating ${rel(dir)} (${size} roles, seed ${seed}) …`);
  const { stats } = generateOrg(dir, params);
  log(`  ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.departments} departments, ${stats.kpis} KPIs, ${stats.workflows} workflows`);
  return dir;
}

function validateOnce(dir, reportFile) {
  const r = runNode(['bin/orgctl.js', 'validate', rel(dir), '--format', 'json', '-o', rel(reportFile)], { cwd: ROOT });
  if (r.status !== 0) {
    let detail = r.stderr.trim();
    try {
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
      detail = report.findings.slice(0, 5).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`).join('\n');
    } catch {
      /* no report written: the stderr line says why */
    }
    throw new Error(`orgctl validate ${rel(dir)} exited with ${r.status}; the generated org must validate clean:\n${detail}`);
  }
  const { summary } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  return { ms: r.ms, cpuMs: r.cpuMs, rssKB: r.rssKB, summary };
}

function parseOnce(dir) {
  const r = runNode(['bench/parse-only.mjs', rel(dir)], { cwd: ROOT });
  if (r.status !== 0) throw new Error(`bench/parse-only.mjs failed: ${r.stderr.trim()}`);
  const out = JSON.parse(r.stdout);
  if (out.errors) throw new Error(`yaml reported ${out.errors} syntax error(s) in ${rel(dir)}`);
  return { ms: r.ms, cpuMs: r.cpuMs, rssKB: r.rssKB, inProcessMs: out.ms, files: out.files, bytes: out.bytes };
}

function measureSize(size, { seed, reps, log }) {
  const dir = ensureOrg(size, seed, log);
  const reportFile = path.join(ROOT, 'bench', 'out', `${size}.report.json`);
  const runs = reps ?? repetitionsFor(size);
  log(`measuring ${size} roles: ${runs} run(s) each of validate and parse …`);
  const v = [];
  const p = [];
  // Interleaved, so a slow moment of the machine hits both sides alike.
  for (let i = 0; i < runs; i++) {
    v.push(validateOnce(dir, reportFile));
    p.push(parseOnce(dir));
  }
  const validateMs = median(v.map((x) => x.ms));
  const parseMs = median(p.map((x) => x.ms));
  const validateCpuMs = median(v.map((x) => x.cpuMs ?? NaN));
  const parseCpuMs = median(p.map((x) => x.cpuMs ?? NaN));
  return {
    size,
    runs,
    files: p[0].files,
    bytes: p[0].bytes,
    summary: v[0].summary,
    validateMs,
    parseMs,
    parseInProcessMs: median(p.map((x) => x.inProcessMs)),
    ratio: validateMs / parseMs,
    validateCpuMs,
    parseCpuMs,
    cpuRatio: validateCpuMs / parseCpuMs,
    validateRssKB: Math.max(...v.map((x) => x.rssKB ?? 0)) || undefined,
    parseRssKB: Math.max(...p.map((x) => x.rssKB ?? 0)) || undefined,
  };
}

function measureStartup(log) {
  log(`measuring start-up: ${STARTUP_RUNS} runs each of node -e 0 and orgctl --version …`);
  const node = [];
  const orgctl = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    node.push(runNode(['-e', '0'], { cwd: ROOT }).ms);
    const r = runNode(['bin/orgctl.js', '--version'], { cwd: ROOT });
    if (r.status !== 0) throw new Error(`orgctl --version exited with ${r.status}: ${r.stderr.trim()}`);
    orgctl.push(r.ms);
  }
  const nodeMs = median(node);
  const orgctlMs = median(orgctl);
  return { runs: STARTUP_RUNS, nodeMs, orgctlMs, ratio: orgctlMs / nodeMs };
}

/** Pass/fail of each target, judged at the largest size measured. */
export function judge(rows, startup) {
  const largest = rows.reduce((a, b) => (b.size > a.size ? b : a), rows[0]);
  const out = [];
  if (largest) {
    out.push({ target: `validate within ${TARGETS.parseRatio}× of the yaml parse at ${fmtSize(largest.size)} roles`, measured: `${largest.ratio.toFixed(2)}×`, pass: largest.ratio <= TARGETS.parseRatio });
    if (largest.validateRssKB !== undefined) {
      const mib = largest.validateRssKB / 1024;
      out.push({ target: `validate peak RSS under 1 GiB at ${fmtSize(largest.size)} roles`, measured: `${mib.toFixed(0)} MiB`, pass: mib < TARGETS.rssMiB });
    }
  }
  if (startup) out.push({ target: `\`orgctl --version\` within ${TARGETS.startupRatio}× of \`node -e 0\``, measured: `${startup.ratio.toFixed(2)}×`, pass: startup.ratio <= TARGETS.startupRatio });
  return out;
}

const fmtSize = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
const fmtS = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const fmtMiB = (kb) => (kb === undefined ? 'n/a' : `${Math.round(kb / 1024)} MiB`);
const fmtMB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function rowCells(r) {
  return [
    fmtSize(r.size),
    String(r.files),
    fmtMB(r.bytes),
    fmtS(r.validateMs),
    fmtS(r.parseMs),
    `${r.ratio.toFixed(2)}×`,
    Number.isFinite(r.cpuRatio) ? `${r.cpuRatio.toFixed(2)}×` : 'n/a',
    `${((r.bytes / 1e6) / (r.validateMs / 1000)).toFixed(2)} MB/s`,
    fmtMiB(r.validateRssKB),
    fmtMiB(r.parseRssKB),
    String(r.runs),
  ];
}
const HEADER = ['roles', 'files', 'YAML', 'validate', 'yaml parse', 'ratio', 'CPU ratio', 'validate speed', 'RSS validate', 'RSS parse', 'runs'];

function textTable(rows) {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  return all.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ')).join('\n');
}

function machine() {
  const cpu = os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${cpu}`;
}

export function renderMarkdown(rows, startup, verdicts, { seed, sizes }) {
  const md = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/validate.mjs); do not edit by hand.',
    `Orgs generated by bench/generate.mjs (seed ${seed}; sizes ${sizes.map(fmtSize).join(', ')} roles), each measured in fresh processes:`,
    '`validate` is `node bin/orgctl.js validate <dir> --format json -o <file>`;',
    '`yaml parse` is bench/parse-only.mjs, the `yaml` package alone reading the same files',
    '(`parseAllDocuments` with a `LineCounter`, then `toJS`). Times are wall-clock medians including node start-up;',
    'ratio = validate / yaml parse; CPU ratio = the same for user + system CPU time, which a busy machine disturbs less.',
    `Peak RSS via ${rssSource()}.`,
    '',
    `Machine: ${machine()}.`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => (i === 0 ? ':--' : '--:')).join('|')}|`,
    ...rows.map((r) => `| ${rowCells(r).join(' | ')} |`),
    '',
  ];
  if (startup) {
    md.push('Start-up (median of ' + startup.runs + ' runs):', '', '| command | time |', '|:--|--:|');
    md.push(`| \`node -e 0\` | ${Math.round(startup.nodeMs)} ms |`, `| \`orgctl --version\` | ${Math.round(startup.orgctlMs)} ms |`, '');
  }
  md.push('## Targets', '', '| target | measured | result |', '|:--|--:|:--|');
  for (const v of verdicts) md.push(`| ${v.target} | ${v.measured} | ${v.pass ? 'pass' : '**fail**'} |`);
  md.push('');
  return md.join('\n');
}

/** Measure `sizes`, print the table, write bench/RESULTS.md. Returns {rows, startup, verdicts}. */
export function run({ sizes = DEFAULT_SIZES, seed = 1, reps, log = (s) => process.stderr.write(`${s}\n`) } = {}) {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  const rows = sizes.map((size) => measureSize(size, { seed, reps, log }));
  const startup = measureStartup(log);
  const verdicts = judge(rows, startup);

  const warned = rows.filter((r) => r.summary.warnings > 0);
  const out = [
    '',
    `orgctl validate vs. yaml parse — ${machine()}`,
    '',
    textTable(rows.map(rowCells)),
    '',
    `start-up: orgctl --version ${Math.round(startup.orgctlMs)} ms, node -e 0 ${Math.round(startup.nodeMs)} ms (${startup.ratio.toFixed(2)}×)`,
    '',
    ...verdicts.map((v) => `${v.pass ? 'PASS' : 'FAIL'}  ${v.target.replace(/`/g, '')}: ${v.measured}`),
    ...warned.map((r) => `note: the ${fmtSize(r.size)} org has ${r.summary.warnings} warning(s); the generator aims for 0`),
    '',
  ];
  process.stdout.write(out.join('\n'));
  fs.writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), renderMarkdown(rows, startup, verdicts, { seed, sizes }));
  log('wrote bench/RESULTS.md');
  return { rows, startup, verdicts };
}

/** `--sizes 1000,10000 --reps 3 --seed 2` → options for run(). */
export function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') opts.sizes = value().split(',').map((s) => parseCount(s.trim().replace(/k$/i, '000'), a));
    else if (a === '--reps') opts.reps = parseCount(value(), a);
    else if (a === '--seed') opts.seed = parseCount(value(), a);
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

function parseCount(s, flag) {
  if (!/^\d+$/.test(s) || Number(s) < 1) throw new Error(`${flag} takes positive whole numbers, got '${s}'`);
  return Number(s);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    run(parseArgs(process.argv.slice(2)));
  } catch (err) {
    process.stderr.write(`bench: ${err.message}\n`);
    process.exitCode = 2;
  }
}
