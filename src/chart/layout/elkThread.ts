/**
 * The layout thread itself: the worker that loads elkjs (from V8's code cache when it fits) and lays
 * graphs out for layout/elk.ts. A module of its own, with nothing but node built-ins and the code-cache
 * helpers below it, so that bin/orgctl.js can start the thread before it loads the CLI (`orgctl docs`):
 * elkjs then compiles on the other core while this one loads orgctl's code and reads the org, instead of
 * only once the command has started. elk.ts takes that thread over (`takeEarlyElkThread`) or
 * starts one (`startElkThread`); either way the same source runs with the same files, so the layouts,
 * and the chart, are the same.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ELK, ELKConstructorArguments } from 'elkjs/lib/elk-api.js';
import { runCommonJs } from '../../core/codeCache.js';
import { elkCodeCacheFile } from '../elkCodeCache.js';
import { SHARED_OPTIONS, WARM_UP_GRAPH } from './elkOptions.js';

type ElkConstructor = new (args?: ELKConstructorArguments) => ELK;

interface ElkFiles {
  elkFile: string;
  cacheFile: string;
  /** What the cache must have been made for (runCommonJs adds the source's length and first line). */
  key: string;
  /** Laid out (and thrown away) as soon as ELK is loaded, for a thread that waits for its first layout: see elkOptions.ts. */
  warmUp?: { graph: string; options: Record<string, string> };
}

interface LoadedElk {
  elk: ELK;
  /** Writes the code V8 has compiled so far to `file`. */
  saveCache: (file: string) => void;
  /** Whether the code came from the cache (false: compiled from source). */
  cached: boolean;
}

/** Compile and start elkjs, from the code cache when it fits. Also run in the worker, as source text. */
function loadElk(files: ElkFiles, mods: Parameters<typeof runCommonJs>[3], run: typeof runCommonJs): LoadedElk {
  const loaded = run(files.elkFile, files.cacheFile, files.key, mods);
  const exported = loaded.exports as { default?: ElkConstructor };
  const Elk = (exported.default ?? exported) as ElkConstructor;
  return { elk: new Elk({ algorithms: ['layered'] }), saveCache: loaded.save, cached: loaded.cached };
}

// Plain JavaScript run by the worker (eval'd, so it needs no file of its own in src/ or dist/).
// Graphs cross as JSON text: structured cloning gives up (silently) on the deep nesting of a
// chart with hundreds of nested departments.
// (`import()` of elkjs makes Node pre-parse all 1.6 MB for named exports first, which measured
// 150 ms slower to a first layout than compiling it as CommonJS.)
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const modules = { fs: require('node:fs'), path: require('node:path'), vm: require('node:vm'), zlib: require('node:zlib'), require };
// Load ELK at once, while the main thread is still reading the org.
const loaded = (${String(loadElk)})(workerData, modules, ${String(runCommonJs)});
// ELK's first layout is the slow one: run it now, while the main thread is still reading the org.
// Layouts queue behind it (a failure here is the real layout's to report). A thread started for a
// layout that is already on its way has no warm-up: that layout is the first one.
const warm = workerData.warmUp
  ? loaded.elk.layout(JSON.parse(workerData.warmUp.graph), { layoutOptions: workerData.warmUp.options }).catch(() => undefined)
  : undefined;
parentPort.on('message', async ({ id, graph, options, saveCache }) => {
  try {
    await warm;
    if (saveCache) {
      loaded.saveCache(saveCache);
      parentPort.postMessage({ id, graph: String(loaded.cached) });
      return;
    }
    parentPort.postMessage({ id, graph: JSON.stringify(await loaded.elk.layout(JSON.parse(graph), { layoutOptions: options })) });
  } catch (err) {
    parentPort.postMessage({ id, error: String((err && err.message) || err) });
  }
});
`;

function elkFiles(cacheFile: string, warmUp: boolean): ElkFiles {
  const require = createRequire(import.meta.url);
  const { version } = require('elkjs/package.json') as { version: string };
  return {
    elkFile: require.resolve('elkjs/lib/elk.bundled.js'),
    cacheFile,
    key: `orgctl-elk-cache 1 node ${process.version} ${process.platform}-${process.arch} elkjs ${version}`,
    ...(warmUp ? { warmUp: { graph: JSON.stringify(WARM_UP_GRAPH), options: SHARED_OPTIONS } } : {}),
  };
}

/**
 * A new layout thread (ELK starts loading at once). `warmUp`: the thread is started ahead of its first
 * layout, and runs a small one while it waits (off by default: a thread started for a layout that is
 * on its way would only make that layout wait). Not unreferenced: its owner decides.
 */
export function startElkThread(options: { warmUp?: boolean } = {}): Worker {
  return new Worker(WORKER_SOURCE, { eval: true, workerData: elkFiles(elkCodeCacheFile(), options.warmUp ?? false) });
}

/** Where bin/orgctl.js leaves the thread it started: a global, as bin's copy of this module is not the bundle's. */
const EARLY = Symbol.for('orgctl.earlyElkThread');

interface EarlyThread {
  worker: Worker;
  /** It failed or stopped before the CLI took it over: the CLI starts its own. */
  dead: boolean;
  onGone: () => void;
}

type WithEarly = typeof globalThis & { [EARLY]?: EarlyThread };

/**
 * Start the layout thread now, for the handbook or chart the CLI is about to lay out. It never holds the
 * process: a command that ends before laying anything out (a usage error, a chart that needs no ELK run)
 * exits as usual. `warmUp`: lay a small graph out as soon as elkjs is loaded (a handbook always lays out;
 * a chart may not, and its first ELK layout comes after the org is read, so it warms nothing up first).
 */
export function startElkThreadEarly(options: { warmUp: boolean }): void {
  const g = globalThis as WithEarly;
  if (g[EARLY]) return;
  const worker = startElkThread({ warmUp: options.warmUp });
  const early: EarlyThread = {
    worker,
    dead: false,
    onGone: () => {
      early.dead = true;
    },
  };
  worker.on('error', early.onGone);
  worker.on('exit', early.onGone);
  worker.unref();
  g[EARLY] = early;
}

/** The thread startElkThreadEarly started, if it is still alive; handed over once. */
export function takeEarlyElkThread(): Worker | undefined {
  const g = globalThis as WithEarly;
  const early = g[EARLY];
  if (!early) return undefined;
  g[EARLY] = undefined;
  early.worker.off('error', early.onGone);
  early.worker.off('exit', early.onGone);
  return early.dead ? undefined : early.worker;
}

/** The chart formats drawn from a layout (the others, Mermaid and DOT, are laid out by their readers). */
const LAID_OUT = new Set(['svg', 'png', 'json', 'html']);

/**
 * Whether `orgctl <args>` (the arguments after the program) may lay something out with ELK, so that the
 * thread is worth starting before the CLI loads: `docs` (the handbook's chart and workflow diagrams) and
 * `chart` in a laid-out format, never `--help`. A chart may need no ELK run (withoutElk.ts places regular
 * departments), but most real orgs have a department that does (8 of the 11 examples): loaded beside the
 * CLI, elkjs costs such a chart nothing, where loading it at its first department cost 0.13 s; a chart
 * that needs none pays about 0.06 s for the thread it leaves unused (idle 2-core machine).
 */
export function laysOutAtStart(args: readonly string[]): boolean {
  if (args[0] !== 'docs' && args[0] !== 'chart') return false;
  let format = 'svg';
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--help' || a === '-h') return false;
    if (a === '--format' || a === '-f') format = args[i + 1] ?? format;
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
  }
  return args[0] === 'docs' || LAID_OUT.has(format);
}
