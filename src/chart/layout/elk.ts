/**
 * Running ELK — the only module that loads elkjs, and only when a chart needs
 * geometry (SVG, JSON; never Mermaid or DOT, never `--help`).
 *
 * ELK runs in a worker thread. In a fresh process, importing elkjs and its
 * first layout cost about half a second before any real work (parsing 1.6 MB
 * of JavaScript, then a cold JIT), measured with bench/chart-variants.mjs. The CLI calls
 * `prepareLayout()` before it reads the org, so that cost is paid on the
 * other core while the main thread parses YAML. (Warming the layout code up
 * with a small layout meanwhile was measured too: no gain.) Results are the
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
// Graphs cross as JSON text: structured cloning gives up (silently) on the deep nesting of a
// chart with hundreds of nested departments.
// elkjs is a CommonJS bundle, loaded with require: `import()` of it makes Node pre-parse all
// 1.6 MB for named exports first, which measured 150 ms slower to a first layout.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// Load ELK at once, while the main thread is still reading the org.
const ELK = require(workerData.elk);
const elk = new (ELK.default ?? ELK)({ algorithms: ['layered'] });
parentPort.on('message', async ({ id, graph, options }) => {
  try {
    parentPort.postMessage({ id, graph: JSON.stringify(await elk.layout(JSON.parse(graph), { layoutOptions: options })) });
  } catch (err) {
    parentPort.postMessage({ id, error: String((err && err.message) || err) });
  }
});
`;

interface Pending {
  resolve: (graph: string) => void;
  reject: (err: Error) => void;
}

class ElkWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor() {
    const elk = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { elk } });
    this.worker.on('message', ({ id, graph, error }: { id: number; graph?: string; error?: string }) => {
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      if (!this.pending.size) this.worker.unref();
      if (error !== undefined) p.reject(new Error(`layout failed: ${error}`));
      else p.resolve(graph!);
    });
    this.worker.on('error', (err) => {
      this.failAll(err);
    });
    this.worker.on('messageerror', (err) => {
      this.failAll(err);
    });
    this.worker.on('exit', (code) => {
      this.failAll(new Error(`layout worker stopped (exit code ${code})`));
    });
    // After the listeners: adding a 'message' listener references the worker again.
    this.worker.unref();
  }

  /** The laid-out graph, as JSON text like `graph`. */
  layout(graph: string, options: LayoutOptions): Promise<string> {
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

let engine: { worker: ElkWorker } | undefined;

/** Start loading ELK now, in the background; the first layout then finds it ready. Harmless to call twice. */
export function prepareElk(): void {
  if (!engine) engine = { worker: new ElkWorker() };
}

/**
 * Layouts kept by their input, for `orgctl serve`: ELK gives the same output
 * for the same input, so after an edit only the departments whose ELK graph
 * changed are laid out again. What a rebuild did not use is dropped at its
 * end (`turn`), so memory stays that of one chart.
 */
export class ElkMemo {
  private previous = new Map<string, string>();
  private current = new Map<string, string>();
  /** ELK runs since the last turn (layouts not found here). */
  ran = 0;
  get(key: string): string | undefined {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit !== undefined) this.current.set(key, hit);
    return hit;
  }
  set(key: string, laidOut: string): void {
    this.ran++;
    this.current.set(key, laidOut);
  }
  /** A chart is done: what it did not use is forgotten. */
  turn(): void {
    this.previous = this.current;
    this.current = new Map();
    this.ran = 0;
  }
}

let memo: ElkMemo | undefined;

/** Keep layouts in `m` from now on (undefined: stop keeping them). */
export function useElkMemo(m: ElkMemo | undefined): void {
  memo = m;
}

/** Lay `graph` out with ELK; `options` apply to every level of the graph. */
export async function runElk(graph: ElkNode, options: LayoutOptions): Promise<ElkNode> {
  prepareElk();
  const text = JSON.stringify(graph);
  const kept = memo;
  const key = kept ? `${JSON.stringify(options)}\0${text}` : '';
  let laidOut = kept?.get(key);
  if (laidOut === undefined) {
    laidOut = await engine!.worker.layout(text, options);
    kept?.set(key, laidOut);
  }
  return JSON.parse(laidOut) as ElkNode;
}
