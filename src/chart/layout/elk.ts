/**
 * Running ELK — the only module that loads elkjs, and only when a chart needs
 * geometry (SVG, JSON; never Mermaid or DOT, never `--help` or `validate`).
 *
 * ELK runs in a worker thread (elkThread.ts). In a fresh process, importing elkjs and its
 * first layout cost about half a second before any real work (parsing 1.6 MB
 * of JavaScript, then a cold JIT), measured with bench/chart-variants.mjs. For
 * `orgctl docs` and `orgctl chart`, bin/orgctl.js starts the thread before it loads the CLI, and
 * the CLI takes that thread over (`prepareLayout()` before it reads the org, or a chart's first
 * department ELK must lay out), so that cost is paid on the other core while the main thread loads
 * orgctl and parses YAML. For a handbook, once ELK is loaded the thread runs a small layout
 * (elkOptions.ts): ELK's first layout costs several times a later one, and the thread would otherwise
 * sit idle until the org is read. A chart's thread does not: most departments need no ELK run
 * (withoutElk.ts), so its first layout comes late or never, and a warm-up would only take CPU from
 * the main thread. Without the launcher's thread (the library, or a thread that died), a chart
 * starts one at its first department ELK must lay out (`prepareLayout({ whenNeeded: true })`). (ELK on the
 * main thread, which saves starting the worker's isolate, was measured too:
 * the same CPU time at 1k roles, and nothing overlaps the reading.) Results are the
 * same as in-thread ELK (same code, same input), so output stays
 * byte-identical.
 *
 * The compiling is cut further by V8's code cache: `npm run build` lays a few
 * charts out and saves the code V8 compiled for elkjs (scripts/elk-cache.mjs,
 * dist/elk.codecache); the worker hands it to V8 with the source
 * (core/codeCache.ts). A cache made for another node, platform, elkjs or
 * source, and a missing or damaged one, is ignored: elkjs then compiles from
 * source as before. The same code runs either way, so the output is identical.
 *
 * The worker never keeps the process alive on its own: it is referenced only
 * while a layout is pending. A process that lays out one chart (the CLI)
 * stops it once that layout is done (`stopElk`): its heap (elkjs, its
 * compiled code, the graphs it parsed) is then given back before the lines
 * are routed and the SVG written, which is when the chart's memory peaks.
 */
import type { Worker } from 'node:worker_threads';
import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import { startElkThread, takeEarlyElkThread } from './elkThread.js';

interface Pending {
  resolve: (graph: unknown) => void;
  reject: (err: Error) => void;
}

interface Engine {
  layout(graph: ElkNode, options: LayoutOptions): Promise<ElkNode>;
  /** Saves the compiled code to `file`; true when the code in use came from a cache. */
  saveCache(file: string): Promise<boolean>;
  /** Stops the engine (once no layout is pending: those finish as usual). */
  stop(): void;
}

class ElkWorker implements Engine {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Asked to stop while a layout was pending: stops once none is. */
  private stopping = false;

  constructor(worker: Worker) {
    this.worker = worker;
    this.worker.on('message', ({ id, graph, error }: { id: number; graph?: string; error?: string }) => {
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      if (!this.pending.size) {
        this.worker.unref();
        if (this.stopping) void this.worker.terminate();
      }
      if (error !== undefined) p.reject(new Error(`layout failed: ${error}`));
      else p.resolve(JSON.parse(graph!));
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

  layout(graph: ElkNode, options: LayoutOptions): Promise<ElkNode> {
    return this.send({ graph: JSON.stringify(graph), options }) as Promise<ElkNode>;
  }

  saveCache(file: string): Promise<boolean> {
    return this.send({ saveCache: file }) as Promise<boolean>;
  }

  stop(): void {
    this.stopping = true;
    // Not awaited: the thread tears its heap down on its own.
    if (!this.pending.size) void this.worker.terminate();
  }

  private send(message: object): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, ...message });
    });
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    if (engine === this) engine = undefined;
  }
}

let engine: Engine | undefined;

/**
 * The thread bin/orgctl.js started before the CLI loaded (elkThread.ts), else a new one: `ahead`, started
 * before any layout is asked for (it warms up while it waits), or for a layout on its way (no warm-up).
 */
function startEngine(ahead: boolean): Engine {
  return new ElkWorker(takeEarlyElkThread() ?? startElkThread({ warmUp: ahead }));
}

/** Start loading ELK now, in the background; the first layout then finds it ready. Harmless to call twice. */
export function prepareElk(): void {
  engine ??= startEngine(true);
}

/** Stop the layout worker now, freeing its memory; a later layout starts a new one. */
export function stopElk(): void {
  const running = engine;
  engine = undefined;
  running?.stop();
}

/** Whether a layout worker is started (for tests: `prepareLayout({ once: true })` stops it after the layout). */
export function elkStarted(): boolean {
  return engine !== undefined;
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
  engine ??= startEngine(false);
  const kept = memo;
  if (!kept) return engine.layout(graph, options);
  const key = `${JSON.stringify(options)}\0${JSON.stringify(graph)}`;
  let laidOut = kept.get(key);
  if (laidOut === undefined) {
    laidOut = JSON.stringify(await engine.layout(graph, options));
    kept.set(key, laidOut);
  }
  return JSON.parse(laidOut) as ElkNode;
}

/**
 * Save the code V8 has compiled for elkjs so far to `file`, for later processes to start from (the build
 * calls this after laying a few charts out, so the cache holds the layout code too, not only the top level).
 * Resolves to whether the code in use had itself come from the cache.
 */
export function saveElkCodeCache(file: string): Promise<boolean> {
  engine ??= startEngine(false);
  return engine.saveCache(file);
}
