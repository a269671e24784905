/**
 * A parse worker (load/pool.ts): parses the files it is sent, one message
 * each, and answers on the port it was given with the parse as plain data,
 * serialised. A file the fast reader takes goes back as its documents' values
 * only (FastData: the main thread builds a skeleton from the text when a
 * finding needs it); any other file as a whole ParsedData (the same bytes a
 * `--cache` entry holds), with whether a cache may keep it.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import v8 from 'node:v8';
import { parseBytes, parseBytesFast } from './parse.js';
import { checkParsedData, toFastData, toParsedData } from './parsedData.js';

export interface ParseRequest {
  index: number;
  bytes: Uint8Array;
  shown: string;
  /** Check that a cache would accept the result (only when caching): every file goes back as ParsedData. */
  forCache: boolean;
}

export interface ParseReply {
  index: number;
  /** The file's text as decoded here (copying it back costs less than decoding the bytes again). */
  text: string;
  /** A serialised FastData when `fast`, else a serialised ParsedData. */
  blob: Uint8Array;
  fast: boolean;
  cacheable: boolean;
}

/** What the pool gives each worker: the port its answers go to (the main thread reads it between its own files). */
export interface ParseWorkerData {
  replies: MessagePort;
}

const replies = (workerData as ParseWorkerData | null)?.replies;

parentPort?.on('message', ({ index, bytes, shown, forCache }: ParseRequest) => {
  const fast = forCache ? undefined : parseBytesFast(bytes, shown);
  let reply: ParseReply;
  if (fast) reply = { index, text: fast.file.text, blob: v8.serialize(toFastData(fast)), fast: true, cacheable: false };
  else {
    // The fast reader declined it (on this thread, or on the main one before a cache lookup): `yaml` reads it, skeletons and all.
    const parsed = parseBytes(bytes, shown, { fast: false });
    const data = toParsedData(parsed);
    const cacheable = forCache && checkParsedData(data, parsed.file.text.length, shown) !== undefined;
    reply = { index, text: parsed.file.text, blob: v8.serialize(data), fast: false, cacheable };
  }
  replies?.postMessage(reply);
});
