/**
 * `orgctl serve`: the live preview. Builds the chart once, serves it, and on
 * every (debounced) change of the org's YAML rebuilds it and tells the open
 * pages. Rebuilds never overlap: changes during one cause one more after it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChartOptions } from '../chart/types.js';
import { UsageError } from '../core/errors.js';
import { LiveChart, type LiveState, type RebuildTimes } from './live.js';
import { startServer, type LiveServer } from './server.js';
import { watchOrg } from './watch.js';

export { LiveChart, type LiveState, type RebuildTimes } from './live.js';

export interface ServeOptions {
  path: string;
  cwd?: string;
  host?: string;
  port?: number;
  chart?: Pick<ChartOptions, 'level' | 'root' | 'department' | 'depth'>;
  /** The date an effective-dated org is read at (default today). */
  asOf?: string;
  /** Told after each rebuild (the CLI prints one line). */
  onRebuild?: (state: LiveState, times: RebuildTimes | undefined) => void;
  debounceMs?: number;
}

export interface Serving {
  url: string;
  live: LiveChart;
  /** Resolves when no rebuild is running or waiting (for tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function serve(options: ServeOptions): Promise<Serving> {
  const cwd = options.cwd ?? process.cwd();
  // A path missing at start is a typo, not a folder about to appear (one that goes away later is waited for).
  if (!fs.existsSync(path.resolve(cwd, options.path))) throw new UsageError(`path not found: ${options.path}`);
  // Node listens on every address for an empty host: sharing the org must be asked for by name (0.0.0.0).
  if (options.host !== undefined && options.host.trim() === '')
    throw new UsageError('--host is empty; give 127.0.0.1 (this machine only) or 0.0.0.0 (every address)');
  const live = new LiveChart({
    path: options.path,
    cwd,
    chart: options.chart ?? {},
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
  // The server is told about every build.
  const link: { server?: LiveServer } = {};
  let running: Promise<void> | undefined;
  // A change during a rebuild: one more after it (an object, so the loop re-reads it after the await).
  const pending = { again: false };
  const changedMeanwhile = () => pending.again;
  const rebuild = (): Promise<void> => {
    if (running) {
      pending.again = true;
      return running;
    }
    running = (async () => {
      do {
        pending.again = false;
        const before = live.state.version;
        const state = await live.rebuild();
        link.server?.broadcast();
        options.onRebuild?.(state, state.version !== before ? live.times : undefined);
      } while (changedMeanwhile());
      running = undefined;
    })();
    return running;
  };
  // Listening first: a port in use is said at once, not after a build of the whole org. A page opened
  // before the first build waits for it (chart.json answers 503, the state event has version -1).
  const s = await startServer(live, options.host ?? '127.0.0.1', options.port ?? 7420);
  link.server = s;
  await rebuild();
  // The same folder the loader reads: the path is relative to cwd, not to the process's working folder.
  const watcher = watchOrg(path.resolve(cwd, options.path), () => void rebuild(), options.debounceMs);
  return {
    url: s.url,
    live,
    idle: async () => {
      while (running) await running;
    },
    async close() {
      watcher.close();
      await s.close();
    },
  };
}
