/**
 * Running ELK — the only module that loads elkjs, and only when a chart needs
 * geometry (SVG, JSON; never Mermaid or DOT, never `--help`).
 *
 * ELK runs in a worker thread. In a fresh process, importing elkjs and its
 * first layout cost about half a second before any real work (parsing 1.6 MB
 * of JavaScript, then a cold JIT), measured in bench/chart.mjs. The CLI calls
 * `prepareLayout()` before it reads the org, so that cost is paid on the
 * other core while the main thread parses YAML; the worker also runs a tiny
 * chart-shaped layout meanwhile (ELK's one-off initialisation). Results are the
 * same as in-thread ELK (same code, same input), so output stays
 * byte-identical.
 *
 * The worker never keeps the process alive on its own: it is referenced only
 * while a layout is pending.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';

// Plain JavaScript run by the worker (eval'd, so it needs no file of its own in src/ or dist/).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const ready = import(pathToFileURL(workerData.elk).href).then(async (mod) => {
  // A CommonJS bundle: its ESM default is module.exports, whose default is the class.
  const ELK = mod.default.default ?? mod.default;
  const elk = new ELK({ algorithms: ['layered'] });
  try { await elk.layout(workerData.warmup.graph, { layoutOptions: workerData.warmup.options }); } catch { /* only a warm-up */ }
  return elk;
});
parentPort.on('message', async ({ id, graph, options }) => {
  try {
    const elk = await ready;
    parentPort.postMessage({ id, graph: await elk.layout(graph, { layoutOptions: options }) });
  } catch (err) {
    parentPort.postMessage({ id, error: String((err && err.message) || err) });
  }
});
`;

/** A small graph shaped like a chart (departments holding a manager and a row), to warm the layout code up. */
function warmupGraph(): ElkNode {
  const department = (n: number): ElkNode => ({
    id: `g${n}`,
    layoutOptions: { 'elk.padding': '[top=40,left=14,bottom=14,right=14]', 'elk.nodeSize.constraints': 'MINIMUM_SIZE', 'elk.nodeSize.minimum': '(120,60)' },
    children: [0, 1, 2].map((i) => ({ id: `g${n}n${i}`, width: 150, height: 60 + 10 * i })),
    edges: [1, 2].map((i) => ({ id: `g${n}e${i}`, sources: [`g${n}n0`], targets: [`g${n}n${i}`] })),
  });
  return {
    id: 'warmup',
    children: [{ id: 'top', width: 150, height: 60 }, department(1), department(2)],
    edges: [1, 2].map((i) => ({ id: `e${i}`, sources: ['top'], targets: [`g${i}`] })),
  };
}

interface Pending {
  resolve: (graph: ElkNode) => void;
  reject: (err: Error) => void;
}

class ElkWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(sharedOptions: LayoutOptions) {
    const elk = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { elk, warmup: { graph: warmupGraph(), options: sharedOptions } } });
    this.worker.on('message', ({ id, graph, error }: { id: number; graph?: ElkNode; error?: string }) => {
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      if (!this.pending.size) this.worker.unref();
      if (error !== undefined) p.reject(new Error(`layout failed: ${error}`));
      else p.resolve(graph!);
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`layout worker stopped (exit code ${code})`)));
    // After the listeners: adding a 'message' listener references the worker again.
    this.worker.unref();
  }

  layout(graph: ElkNode, options: LayoutOptions): Promise<ElkNode> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, graph, options });
    });
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    if (engine?.worker === this) engine = undefined;
  }
}

let engine: { worker: ElkWorker; options: LayoutOptions } | undefined;

/**
 * Start loading ELK now (in the background) with the options every layout
 * shares; the first layout then finds it ready. Harmless to call twice.
 */
export function prepareElk(sharedOptions: LayoutOptions): void {
  if (!engine) engine = { worker: new ElkWorker(sharedOptions), options: sharedOptions };
}

/** Lay `graph` out with ELK; `options` apply to every level of the graph. */
export function runElk(graph: ElkNode, options: LayoutOptions): Promise<ElkNode> {
  prepareElk(options);
  return engine!.worker.layout(graph, options);
}
