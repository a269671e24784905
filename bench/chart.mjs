#!/usr/bin/env node
/**
 * `orgctl chart` (the full department-box SVG) against Graphviz `dot -Tsvg`
 * on the same tree, at 100, 1k and 5k roles. Every figure is a fresh
 * process (first layout, cold JIT), as a user runs it:
 *
 *   node bin/orgctl.js chart bench/out/<size> -o bench/out/chart-<size>.svg
 *   dot -Tsvg bench/out/chart-<size>.dot            (orgctl's DOT: departments as clusters)
 *   dot -Tsvg bench/out/chart-<size>.flat.dot       (the same without clusters)
 *
 * With --variants it also times the ELK set-ups the layout was chosen
 * against, on the same org, each in a fresh process (load the org, build the
 * graph, run ELK): every role an ELK node with `layered` and with `mrtree`,
 * and every role a node inside department compound nodes. Prints a table and
 * writes bench/CHART-RESULTS.md (no dates: it changes only when the figures do).
 *
 *   npm run bench -- --only chart [--sizes 100,1000,5000] [--reps N] [--seed N] [--variants]
 *   (or, after npm run build: node bench/chart.mjs …)
 *
 * Needs Graphviz (`apt install graphviz`) for the comparison; without it the
 * dot columns are left empty.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateOrg, isCurrent } from './generate.mjs';
import { median, rssSource, runNode } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
export const DEFAULT_SIZES = [100, 1000, 5000];
/**
 * orgctl chart (wall) / dot -Tsvg (wall), per size; sizes not listed have no target. The issue sets
 * them against plain `dot`; the same ratio against `dot` with clusters (the same picture, and
 * faster in Graphviz) is reported beside it.
 */
export const TARGETS = { 1000: 5, 5000: 1.5 };
const VARIANTS = ['flat-layered', 'flat-mrtree', 'compound-layered'];

const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');
const secs = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const mib = (kb) => (kb === undefined ? '–' : `${Math.round(kb / 1024)} MiB`);

export function repetitionsFor(size) {
  return size <= 1000 ? 7 : 5;
}

function ensureOrg(size, seed, log) {
  const dir = path.join(OUT, String(size));
  const params = { roles: size, seed };
  if (isCurrent(dir, params)) return dir;
  log(`generating ${rel(dir)} (${size} roles, seed ${seed}) …`);
  generateOrg(dir, params);
  return dir;
}

/** Run any command once under GNU time when there is one: {ms, rssKB, status, stderr}. */
function runTool(cmd, args) {
  const gnu = rssSource().startsWith('/usr/bin/time');
  const start = performance.now();
  const r = spawnSync(gnu ? '/usr/bin/time' : cmd, gnu ? ['-v', cmd, ...args] : args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (r.error) return { ms: undefined, status: -1, stderr: String(r.error.message) };
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return { ms, rssKB: m ? Number(m[1]) : undefined, status: r.status, stderr: r.stderr ?? '' };
}

function hasDot() {
  const r = spawnSync('dot', ['-V'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

/** orgctl's DOT without the department clusters: plain `dot` on the same boxes and lines. */
function flatDot(text) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\s+subgraph "cluster_/.test(l)) {
      i++; // and its attribute line
      continue;
    }
    if (/^\s+}$/.test(l)) continue;
    out.push(l);
  }
  return out.join('\n');
}

function medianRun(runs, fn) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(fn());
  return { ms: median(results.map((r) => r.ms)), rssKB: median(results.map((r) => r.rssKB ?? 0)) || undefined };
}

function measureSize(size, { seed, reps, variants, dot, log }) {
  const dir = ensureOrg(size, seed, log);
  const runs = reps ?? repetitionsFor(size);
  const svgFile = path.join(OUT, `chart-${size}.svg`);
  const dotFile = path.join(OUT, `chart-${size}.dot`);
  const flatFile = path.join(OUT, `chart-${size}.flat.dot`);
  log(`measuring ${size} roles: ${runs} run(s) each …`);

  const d = runNode(['bin/orgctl.js', 'chart', rel(dir), '--format', 'dot', '-o', rel(dotFile)], { cwd: ROOT });
  if (d.status !== 0) throw new Error(`orgctl chart --format dot failed: ${d.stderr.trim()}`);
  fs.writeFileSync(flatFile, flatDot(fs.readFileSync(dotFile, 'utf8')));

  // Chart and dot runs alternate, so a machine busy for a while slows both alike.
  const runs_ = { chart: [], validate: [], dotClusters: [], dotFlat: [] };
  for (let i = 0; i < runs; i++) {
    // What reading and checking the org alone costs (the chart does both first), for reference.
    const v = runNode(['bin/orgctl.js', 'validate', rel(dir), '--format', 'json', '-o', rel(path.join(OUT, `chart-${size}.validate.json`))], { cwd: ROOT });
    if (v.status !== 0) throw new Error(`orgctl validate ${rel(dir)} exited with ${v.status}: ${v.stderr.trim()}`);
    runs_.validate.push(v);
    const r = runNode(['bin/orgctl.js', 'chart', rel(dir), '-o', rel(svgFile)], { cwd: ROOT });
    if (r.status !== 0) throw new Error(`orgctl chart ${rel(dir)} exited with ${r.status}: ${r.stderr.trim()}`);
    runs_.chart.push(r);
    if (!dot) continue;
    for (const [key, file] of [['dotClusters', dotFile], ['dotFlat', flatFile]]) {
      const t = runTool('dot', ['-Tsvg', rel(file), '-o', rel(`${file}.svg`)]);
      if (t.status !== 0) throw new Error(`dot -Tsvg ${rel(file)} failed: ${t.stderr.trim()}`);
      runs_[key].push(t);
    }
  }
  const summary = (list) => ({ ms: median(list.map((r) => r.ms)), rssKB: median(list.map((r) => r.rssKB ?? 0)) || undefined });
  const roles = (fs.readFileSync(svgFile, 'utf8').match(/<rect class="role"/g) ?? []).length;
  const row = { size, roles, chart: summary(runs_.chart), validate: summary(runs_.validate), svgBytes: fs.statSync(svgFile).size };
  if (dot) {
    row.dotClusters = summary(runs_.dotClusters);
    row.dotFlat = summary(runs_.dotFlat);
  }
  if (variants) {
    row.variants = {};
    for (const v of VARIANTS) {
      row.variants[v] = medianRun(Math.min(runs, 3), () => {
        const r = runNode(['bench/chart.mjs', '--elk-variant', v, rel(dir)], { cwd: ROOT });
        if (r.status !== 0) throw new Error(`ELK variant ${v} failed: ${r.stderr.trim()}`);
        return r;
      });
    }
  }
  return row;
}

/**
 * One ELK set-up on an org, in this (fresh) process: load the org as the
 * chart command does, give ELK every role as a node of a fixed size, lay out.
 */
async function elkVariant(name, dir) {
  const dist = (p) => pathToFileURL(path.join(ROOT, 'dist', p)).href;
  const { loadOrg } = await import(dist('api.js'));
  const { selectView } = await import(dist('render/chart/view.js'));
  const graph = selectView(loadOrg([dir]), {});
  const [algorithm, mode] = name.startsWith('flat-') ? [name.slice(5), 'flat'] : ['layered', 'compound'];
  const node = (id) => ({ id: `b:${id}`, width: 160, height: 56 });
  const solid = graph.edges.filter((e) => e.style === 'solid');
  let root;
  if (mode === 'flat') {
    root = { id: 'root', children: graph.boxes.map((b) => node(b.id)), edges: solid.map((e, i) => ({ id: `e${i}`, sources: [`b:${e.from}`], targets: [`b:${e.to}`] })) };
  } else {
    root = { id: 'root', children: [], edges: [] };
    const groups = new Map();
    const chain = new Map();
    for (const g of graph.groups) {
      const n = { id: `g:${g.id}`, layoutOptions: { 'elk.padding': '[top=40,left=14,bottom=14,right=14]' }, children: [], edges: [] };
      groups.set(g.id, n);
      chain.set(g.id, g.parent !== undefined ? [...chain.get(g.parent), g.id] : [g.id]);
      (g.parent !== undefined ? groups.get(g.parent) : root).children.push(n);
    }
    const groupOf = new Map(graph.boxes.map((b) => [b.id, b.group]));
    for (const b of graph.boxes) (b.group !== undefined ? groups.get(b.group) : root).children.push(node(b.id));
    const seen = new Set();
    for (const e of solid) {
      const cm = chain.get(groupOf.get(e.from)) ?? [];
      const ct = chain.get(groupOf.get(e.to)) ?? [];
      let i = 0;
      while (i < cm.length && i < ct.length && cm[i] === ct[i]) i++;
      const s = i < cm.length ? `g:${cm[i]}` : `b:${e.from}`;
      const t = i < ct.length ? `g:${ct[i]}` : `b:${e.to}`;
      if (s === t || seen.has(`${s}>${t}`)) continue;
      seen.add(`${s}>${t}`);
      (i === 0 ? root : groups.get(cm[i - 1])).edges.push({ id: `e${seen.size}`, sources: [s], targets: [t] });
    }
  }
  const mod = await import('elkjs/lib/elk.bundled.js');
  const ELK = mod.default.default ?? mod.default;
  await new ELK({ algorithms: [algorithm] }).layout(root, { layoutOptions: { 'elk.algorithm': algorithm, 'elk.direction': 'DOWN' } });
}

function verdicts(rows) {
  const out = [];
  for (const row of rows) {
    const limit = TARGETS[row.size];
    if (limit === undefined || !row.dotFlat) continue;
    for (const [against, d] of [['dot', row.dotFlat], ['dot with clusters', row.dotClusters]]) {
      const ratio = row.chart.ms / d.ms;
      out.push({ size: row.size, against, limit, ratio, pass: ratio <= limit });
    }
  }
  return out;
}

function renderTable(rows) {
  const lines = [
    '| roles | orgctl chart (SVG) | of which reading + checking (orgctl validate) | dot -Tsvg, clusters | dot -Tsvg, flat | chart / dot clusters | chart / dot flat | RSS chart | RSS dot clusters | SVG size |',
    '|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of rows) {
    const ratio = (d) => (d ? `${(r.chart.ms / d.ms).toFixed(2)}×` : '–');
    lines.push(`| ${r.size} | ${secs(r.chart.ms)} | ${secs(r.validate.ms)} | ${secs(r.dotClusters?.ms)} | ${secs(r.dotFlat?.ms)} | ${ratio(r.dotClusters)} | ${ratio(r.dotFlat)} | ${mib(r.chart.rssKB)} | ${mib(r.dotClusters?.rssKB)} | ${(r.svgBytes / 1e6).toFixed(2)} MB |`);
  }
  return lines;
}

function renderVariants(rows) {
  if (!rows.some((r) => r.variants)) return [];
  const lines = [
    '',
    'ELK set-ups on the same orgs (load the org, every role a 160×56 node, one layout; whole process):',
    '',
    `| roles | orgctl chart | ${VARIANTS.join(' | ')} |`,
    `|:--|--:|${VARIANTS.map(() => '--:').join('|')}|`,
  ];
  for (const r of rows) if (r.variants) lines.push(`| ${r.size} | ${secs(r.chart.ms)} | ${VARIANTS.map((v) => secs(r.variants[v].ms)).join(' | ')} |`);
  return lines;
}

function renderMarkdown(rows, checks, { seed }) {
  const cpu = os.cpus();
  return [
    '# Chart benchmark results',
    '',
    'Written by `npm run bench -- --only chart --variants` (bench/chart.mjs); do not edit by hand.',
    `Orgs generated by bench/generate.mjs (seed ${seed}). Every figure is the median wall-clock time of fresh processes`,
    '(node start-up, loading and checking the org included for orgctl — the validate column is that part alone).',
    '`dot` lays out the DOT that `orgctl chart --format dot` writes for the same org, with the departments as',
    'clusters (the same picture) and without (plain `dot`, which the targets are set against).',
    `Peak RSS via ${rssSource()}.`,
    '',
    `Machine: node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu.length} × ${cpu[0]?.model.trim().split(/\s+/).slice(0, 2).join(' ') ?? 'cpu'}.`,
    '',
    ...renderTable(rows),
    ...renderVariants(rows),
    '',
    '## Targets',
    '',
    '| target | measured | result |',
    '|:--|--:|:--|',
    ...checks.map((c) => `| chart at ${c.size} roles within ${c.limit}× of ${c.against} | ${c.ratio.toFixed(2)}× | ${c.pass ? 'pass' : 'FAIL'} |`),
    '',
  ].join('\n');
}

export function parseArgs(argv) {
  const opts = {};
  const count = (v, flag) => {
    if (!/^\d+$/.test(v)) throw new Error(`${flag} must be a whole number, got '${v}'`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') opts.sizes = value().split(',').map((s) => count(s.trim().replace(/k$/i, '000'), a));
    else if (a === '--reps') opts.reps = count(value(), a);
    else if (a === '--seed') opts.seed = count(value(), a);
    else if (a === '--variants') opts.variants = true;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

export async function run({ sizes = DEFAULT_SIZES, reps, seed = 1, variants = false } = {}) {
  const log = (s) => process.stderr.write(`${s}\n`);
  fs.mkdirSync(OUT, { recursive: true });
  const dot = hasDot();
  if (!dot) log('Graphviz `dot` not found: the comparison columns stay empty (apt install graphviz)');
  const rows = sizes.map((size) => measureSize(size, { seed, reps, variants, dot, log }));
  const checks = verdicts(rows);
  process.stdout.write(`${[...renderTable(rows), ...renderVariants(rows)].join('\n')}\n`);
  for (const c of checks) process.stdout.write(`chart at ${c.size} roles: ${c.ratio.toFixed(2)}× ${c.against} (target ${c.limit}×): ${c.pass ? 'pass' : 'FAIL'}\n`);
  fs.writeFileSync(path.join(ROOT, 'bench', 'CHART-RESULTS.md'), renderMarkdown(rows, checks, { seed }));
  log('wrote bench/CHART-RESULTS.md');
  return { rows, checks };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const main = argv[0] === '--elk-variant' ? () => elkVariant(argv[1], argv[2]) : () => run(parseArgs(argv));
  main().catch((err) => {
    process.stderr.write(`bench: ${err.message}\n`);
    process.exitCode = 2;
  });
}
