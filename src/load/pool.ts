/**
 * Parsing files on all cores: a pool of worker threads (load/parseWorker.ts)
 * sized to the machine, fed the largest files first so no worker is left with
 * a big one at the end. Each answer is put back at its file's index, so the
 * files, their findings and every position come out in the order a
 * single-threaded load gives, whichever worker finished first.
 */
import { Worker } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import type { ParseReply, ParseRequest } from './parseWorker.js';

export interface PoolInput {
  bytes: Uint8Array;
  shown: string;
}

/** The most threads ORGCTL_JOBS takes: what --jobs takes (commands/validate.ts, which does not load this module). */
const MAX_JOBS = 256;

/**
 * How many threads parse: `jobs` when given (1: this thread only), else
 * ORGCTL_JOBS, else one. The pool is opt-in: on the 2-core bench machine it
 * cost 1.7× the CPU of one thread (each worker loads the parser; the parsed
 * documents are serialised back) and was slower in wall time at 10k roles
 * (4.2 s against 3.0 s with another process running), so it pays only with
 * more idle cores than that. `bytes` is kept for callers that size by input.
 */
export function decideJobs(jobs: number | undefined, _bytes: number, env = process.env): number {
  if (jobs !== undefined) return jobs;
  const fromEnv = env.ORGCTL_JOBS;
  if (fromEnv === undefined || fromEnv === '') return 1;
  // Read as --jobs is: 999 would start up to 999 threads, each loading the parser; a word would be ignored unseen.
  if (!/^[1-9]\d{0,2}$/.test(fromEnv) || Number(fromEnv) > MAX_JOBS)
    throw new UsageError(`ORGCTL_JOBS must be a whole number from 1 to ${MAX_JOBS} (as --jobs), got '${fromEnv}'`);
  return Number(fromEnv);
}

/** The worker's module: beside this one, in the unbundled build and in the bundle alike (scripts/bundle.mjs). */
function workerUrl(): URL {
  return new URL('./parseWorker.js', import.meta.url);
}

/**
 * Parse each input in `threads` workers; `onReply` gets each answer (the serialised ParsedData) with its
 * input's index as it arrives, so this thread reads one file's result while the workers parse the next.
 * Rejects when a worker fails (the caller parses on its own thread instead).
 */
export function parseInPool(
  inputs: readonly PoolInput[],
  threads: number,
  forCache: boolean,
  onReply: (reply: ParseReply) => void,
): Promise<void> {
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[b]!.bytes.length - inputs[a]!.bytes.length || a - b);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const stop = () => {
      for (const w of workers) void w.terminate();
    };
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      stop();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const feed = (w: Worker) => {
      if (next >= order.length) return;
      const index = order[next++]!;
      const { bytes, shown } = inputs[index]!;
      const request: ParseRequest = { index, bytes, shown, forCache };
      w.postMessage(request);
    };
    if (inputs.length === 0) {
      resolve();
      return;
    }
    const count = Math.max(1, Math.min(threads, inputs.length));
    for (let i = 0; i < count; i++) {
      const w = new Worker(workerUrl());
      workers.push(w);
      w.on('message', (reply: ParseReply) => {
        if (failed) return;
        done++;
        feed(w); // first, so the worker has its next file while this thread reads the answer
        try {
          onReply(reply);
        } catch (err) {
          fail(err);
          return;
        }
        if (done === inputs.length) {
          stop();
          resolve();
        }
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (done < inputs.length) fail(new Error(`parse worker exited with code ${code}`));
      });
      // Two requests in flight per worker: it never waits for the main thread between files.
      feed(w);
      feed(w);
    }
  });
}
