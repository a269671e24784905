#!/usr/bin/env node
/**
 * Benchmark of `orgctl docs` on a generated org (bench/generate.mjs, default
 * 10k roles): the handbook as Markdown pages and as one HTML file.
 *
 *   npm run build && node bench/docs.mjs [--roles 10000] [--reps 3] [--seed 1]
 *
 * For each format: the CLI in a fresh process writing into an empty directory
 * (median of --reps runs: wall time, CPU, peak RSS), a rerun over its own
 * output (nothing changes, so nothing is rewritten), the files and bytes
 * written; then one in-process run of the same pipeline timed stage by stage
 * (load, check, chart, render, write). Results go to stdout and to
 * bench/out/docs-<roles>.report.json. Exports run/parseArgs for bench/run.mjs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateOrg, isCurrent } from './generate.mjs';
import { median, rssSource, runNode } from './measure.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const BIN = path.join(ROOT, 'bin/orgctl.js');
const DIST = path.join(ROOT, 'dist');

export function parseArgs(argv) {
  const opts = { roles: 10000, reps: 3, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--roles' || flag === '--sizes') opts.roles = Number(String(value).split(',').pop());
    else if (flag === '--reps') opts.reps = Number(value);
    else if (flag === '--seed') opts.seed = Number(value);
    else throw new Error(`unknown option ${flag}`);
    i++;
  }
  return opts;
}

/** Files and bytes under a directory. */
function tally(dir) {
  let files = 0;
  let bytes = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  }
  return { files, bytes };
}

function cli(orgDir, outDir, format) {
  const r = runNode([BIN, 'docs', orgDir, '-o', outDir, '--format', format]);
  if (r.status !== 0) throw new Error(`orgctl docs exited ${r.status}: ${r.stderr.trim()}`);
  return r;
}

/** The pipeline in-process, each stage timed (what the CLI action does, minus the process). */
async function stages(orgDir, outDir, format) {
  const imp = (p) => import(pathToFileURL(path.join(DIST, p)).href);
  const { loadOrg, validateOrg } = await imp('api.js');
  const { renderChart } = await imp('render/chart/index.js');
  const { renderDocs } = await imp('render/docs/index.js');
  const { writeDocs, CHART_ROLE_LEVEL_MAX } = await imp('cli/actions/docs.js');
  const t = {};
  let mark = performance.now();
  const lap = (name) => {
    const now = performance.now();
    t[name] = Math.round(now - mark);
    mark = now;
  };
  const model = loadOrg([orgDir]);
  lap('load');
  const { findings } = validateOrg(model);
  lap('check');
  const level = model.roles.size > CHART_ROLE_LEVEL_MAX ? 'department' : 'role';
  const chartSvg = await renderChart(model, { format: 'svg', level });
  lap(`chart (${level} level)`);
  const files = renderDocs(model, { format, chartSvg, findings });
  lap('render');
  writeDocs(outDir, files);
  lap('write');
  return t;
}

export async function run(opts) {
  if (!fs.existsSync(path.join(DIST, 'render/docs/index.js'))) throw new Error('dist/ is missing or stale: run `npm run build` first');
  const orgDir = path.join(HERE, 'out', String(opts.roles));
  if (!isCurrent(orgDir, { roles: opts.roles, seed: opts.seed })) {
    process.stdout.write(`generating a ${opts.roles}-role org in ${path.relative(ROOT, orgDir)} …\n`);
    generateOrg(orgDir, { roles: opts.roles, seed: opts.seed });
  }
  const yaml = tally(orgDir);
  const report = { roles: opts.roles, seed: opts.seed, node: process.version, rss: rssSource(), org: yaml, formats: {} };
  process.stdout.write(`orgctl docs on ${opts.roles} roles (${yaml.files} YAML files, ${(yaml.bytes / 1e6).toFixed(1)} MB); ${opts.reps} runs each, medians\n\n`);
  process.stdout.write('| format | files written | output | first write | CPU | peak RSS | rerun (no changes) |\n|:--|--:|--:|--:|--:|--:|--:|\n');

  for (const format of ['markdown', 'html']) {
    const runs = [];
    let written;
    let rerun;
    for (let i = 0; i < opts.reps; i++) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), `orgctl-bench-docs-${format}-`));
      runs.push(cli(orgDir, out, format));
      written = tally(out);
      if (i === 0) rerun = cli(orgDir, out, format);
      fs.rmSync(out, { recursive: true, force: true });
    }
    const row = {
      filesWritten: written.files,
      bytes: written.bytes,
      ms: Math.round(median(runs.map((r) => r.ms))),
      cpuMs: Math.round(median(runs.map((r) => r.cpuMs ?? NaN))),
      rssMiB: Math.round(median(runs.map((r) => (r.rssKB ?? NaN) / 1024))),
      rerunMs: Math.round(rerun.ms),
      rerunSays: rerun.stderr.trim().split('\n').pop(),
    };
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `orgctl-bench-docs-${format}-`));
    row.stagesMs = await stages(orgDir, out, format);
    fs.rmSync(out, { recursive: true, force: true });
    report.formats[format] = row;
    process.stdout.write(
      `| ${format} | ${row.filesWritten} | ${(row.bytes / 1e6).toFixed(1)} MB | ${(row.ms / 1000).toFixed(2)} s | ${(row.cpuMs / 1000).toFixed(2)} s | ${row.rssMiB} MiB | ${(row.rerunMs / 1000).toFixed(2)} s |\n`,
    );
  }
  process.stdout.write('\nIn-process stages (ms):\n\n');
  for (const [format, row] of Object.entries(report.formats)) {
    process.stdout.write(`- ${format}: ${Object.entries(row.stagesMs).map(([k, v]) => `${k} ${v}`).join(', ')}; rerun: ${row.rerunSays}\n`);
  }
  const file = path.join(HERE, 'out', `docs-${opts.roles}.report.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nreport: ${path.relative(ROOT, file)}\n`);
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(parseArgs(process.argv.slice(2))).catch((err) => {
    process.stderr.write(`bench/docs: ${err.message}\n`);
    process.exitCode = 2;
  });
}
