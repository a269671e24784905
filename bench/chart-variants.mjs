#!/usr/bin/env node
/**
 * The ELK set-ups `orgctl chart`'s layout was chosen against (issue 3), on
 * the generated orgs, each a fresh process: load the org as the chart
 * command does, give ELK every role as a 160×56 node, lay out once.
 *
 *   flat-layered      every role a node, `layered`
 *   flat-mrtree       every role a node, `mrtree`
 *   compound-layered  every role a node inside department compound nodes
 *
 * orgctl itself places each department's role tree as one fixed block and
 * gives ELK only the departments (27 ELK nodes at 1k roles instead of 1,039).
 *
 *   npm run build && node bench/chart-variants.mjs [--sizes 1000,5000] [--reps 3]
 *
 * Prints a Markdown table; bench/run.mjs has the chart-against-dot figures.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, runNode } from './measure.mjs';
import { ROOT, ensureOrg, fmtS, orgctl, rel } from './suite/common.mjs';

const VARIANTS = ['flat-layered', 'flat-mrtree', 'compound-layered'];

/**
 * One ELK set-up on an org, in this (fresh) process: load the org as the
 * chart command does, give ELK every role as a node of a fixed size, lay out.
 */
async function elkVariant(name, dir) {
  const dist = (p) => pathToFileURL(path.join(ROOT, 'dist', p)).href;
  const { loadOrg } = await import(dist('api.js'));
  const { selectView } = await import(dist('chart/views/select.js'));
  const graph = selectView(loadOrg([dir]), {});
  const [algorithm, mode] = name.startsWith('flat-') ? [name.slice(5), 'flat'] : ['layered', 'compound'];
  const node = (id) => ({ id: `b:${id}`, width: 160, height: 56 });
  const solid = graph.edges.filter((e) => e.style === 'solid');
  let root;
  if (mode === 'flat') {
    root = {
      id: 'root',
      children: graph.boxes.map((b) => node(b.id)),
      edges: solid.map((e, i) => ({ id: `e${i}`, sources: [`b:${e.from}`], targets: [`b:${e.to}`] })),
    };
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

function timeVariants(sizes, reps) {
  const lines = [`| roles | orgctl chart | ${VARIANTS.join(' | ')} |`, `|:--|--:|${VARIANTS.map(() => '--:').join('|')}|`];
  for (const size of sizes) {
    const dir = ensureOrg(size);
    const times = (fn) => median(Array.from({ length: reps }, fn));
    const chart = times(() => orgctl(['chart', rel(dir), '-o', rel(path.join(ROOT, 'bench', 'out', `chart-${size}.svg`))]).ms);
    const cells = VARIANTS.map((v) =>
      times(() => {
        const r = runNode(['bench/chart-variants.mjs', '--elk-variant', v, rel(dir)], { cwd: ROOT });
        if (r.status !== 0) throw new Error(`ELK variant ${v} failed: ${r.stderr.trim()}`);
        return r.ms;
      }),
    );
    lines.push(`| ${size} | ${fmtS(chart)} | ${cells.map(fmtS).join(' | ')} |`);
  }
  return lines.join('\n');
}

function main(argv) {
  if (argv[0] === '--elk-variant') return elkVariant(argv[1], argv[2]);
  let sizes = [1000, 5000];
  let reps = 3;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') sizes = argv[++i].split(',').map((s) => Number(s.replace(/k$/i, '000')));
    else if (argv[i] === '--reps') reps = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  process.stdout.write(`${timeVariants(sizes, reps)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .catch((err) => {
      process.stderr.write(`bench: ${err.message}\n`);
      process.exitCode = 2;
    });
}
