/**
 * Parsing files on several threads: this one and worker threads
 * (load/parseWorker.ts). The workers take the largest files first, this
 * thread the smallest, until they meet in the middle; between two of its own
 * files this thread reads the workers' answers and hands each its next file,
 * so nobody waits while there is a file left. Each answer is put back at its
 * file's index, so the files, their findings and every position come out in
 * the order a single-threaded load gives, whoever parsed which file.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import type { ParseReply, ParseRequest, ParseWorkerData } from './parseWorker.js';

export interface PoolInput {
  bytes: Uint8Array;
  shown: string;
}

/** The most threads ORGCTL_JOBS takes: what --jobs takes (commands/validate.ts, which does not load this module). */
const MAX_JOBS = 256;

/**
 * How many threads parse: `jobs` when given (1: this thread only), else
 * ORGCTL_JOBS, else one. The pool is opt-in: a worker's answer must be copied
 * back and read again on this thread, which costs about 40% of parsing the
 * file here, so it pays only with idle cores. The input's size is not used
 * (it is decided before the files are read, so the workers start meanwhile).
 */
export function decideJobs(jobs: number | undefined, _bytes = 0, env = process.env): number {
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

/** Requests a worker holds at once: it starts the next file without waiting for this thread to read its answer. */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  replies: MessagePort;
}

/**
 * Parse workers, started before the files they will parse are read: a worker takes about a tenth of
 * a second to start (a thread, node's bootstrap, the parser's modules), which then overlaps this
 * thread's reading instead of delaying the parse. `close` ends them, whatever happened.
 */
export class ParseWorkers {
  readonly slots: Slot[] = [];
  /** The first failure of a worker (it could not start, it crashed, it exited), if any. */
  failure: Error | undefined;
  /** Called on that failure: parseInPool, while it waits for answers. */
  onFailure: (() => void) | undefined;
  private closed = false;

  constructor(count: number) {
    try {
      for (let i = 0; i < count; i++) this.start();
    } catch (err) {
      this.close(); // the ones started would keep the process alive
      throw err;
    }
  }

  private start(): void {
    const { port1, port2 } = new MessageChannel();
    const workerData: ParseWorkerData = { replies: port2 };
    const worker = new Worker(workerUrl(), { workerData, transferList: [port2] });
    this.slots.push({ worker, replies: port1 });
    worker.on('error', (err) => {
      this.fail(err);
    });
    worker.on('exit', (code) => {
      if (!this.closed) this.fail(new Error(`parse worker exited with code ${code}`));
    });
  }

  fail(err: unknown): void {
    this.failure ??= err instanceof Error ? err : new Error(String(err));
    this.onFailure?.();
  }

  close(): void {
    this.closed = true;
    for (const { worker, replies } of this.slots) {
      replies.close();
      void worker.terminate();
    }
  }
}

/**
 * Parse each input on this thread and `workers`: `parseHere(index)` parses input `index` here, and the
 * workers parse the others, each answer going to `onReply` with its input's index as it arrives.
 * Rejects when a worker fails or `onReply` throws (the caller then parses on its own thread).
 */
export async function parseInPool(
  inputs: readonly PoolInput[],
  workers: ParseWorkers,
  forCache: boolean,
  onReply: (reply: ParseReply) => void,
  parseHere: (index: number) => void,
): Promise<void> {
  // Largest first for the workers (front), smallest first for this thread (back): the big files never wait for this thread.
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[b]!.bytes.length - inputs[a]!.bytes.length || a - b);
  let front = 0;
  let back = order.length - 1;
  let waiting = 0;
  let settle: (() => void) | undefined;
  const { slots } = workers;
  const failed = () => workers.failure !== undefined;

  const feed = (slot: Slot) => {
    if (front > back || failed()) return;
    const index = order[front++]!;
    const { bytes, shown } = inputs[index]!;
    const request: ParseRequest = { index, bytes, shown, forCache };
    slot.worker.postMessage(request);
    waiting++;
  };
  const answered = (slot: Slot, reply: ParseReply) => {
    if (failed()) return;
    waiting--;
    feed(slot); // first, so the worker has its next file while this thread reads the answer
    try {
      onReply(reply);
    } catch (err) {
      workers.fail(err);
      return;
    }
    if (waiting === 0 && front > back) settle?.();
  };
  /** The answers that have arrived, read without waiting (this thread is busy between them). */
  const readArrived = () => {
    for (const slot of slots) {
      for (let m = receiveMessageOnPort(slot.replies); m && !failed(); m = receiveMessageOnPort(slot.replies))
        answered(slot, m.message as ParseReply);
    }
  };

  for (const slot of slots) for (let k = 0; k < IN_FLIGHT; k++) feed(slot);
  // This thread's share: the smallest file left, then whatever answers came in meanwhile.
  while (front <= back && !failed()) {
    parseHere(order[back--]!);
    readArrived();
  }
  if (!failed() && waiting > 0) {
    await new Promise<void>((resolve) => {
      settle = resolve;
      workers.onFailure = resolve;
      for (const slot of slots)
        slot.replies.on('message', (reply: ParseReply) => {
          answered(slot, reply);
        });
      readArrived(); // any that came between the last read and the listeners
    });
  }
  if (workers.failure) throw workers.failure;
}
