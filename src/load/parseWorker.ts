/**
 * A parse worker (load/pool.ts): parses the files it is sent, one message
 * each, and answers with the parse as plain data, serialised (the same bytes
 * a `--cache` entry holds), and whether a cache may keep it.
 */
import { parentPort } from 'node:worker_threads';
import v8 from 'node:v8';
import { parseBytes } from './parse.js';
import { checkParsedData, toParsedData } from './parsedData.js';

export interface ParseRequest {
  index: number;
  bytes: Uint8Array;
  shown: string;
  /** Check that a cache would accept the result (only when caching). */
  forCache: boolean;
}

export interface ParseReply {
  index: number;
  blob: Uint8Array;
  cacheable: boolean;
}

parentPort?.on('message', ({ index, bytes, shown, forCache }: ParseRequest) => {
  const parsed = parseBytes(bytes, shown, { lazy: false }); // the answer carries the skeletons
  const data = toParsedData(parsed);
  const cacheable = forCache && checkParsedData(data, parsed.file.text.length, shown) !== undefined;
  const reply: ParseReply = { index, blob: v8.serialize(data), cacheable };
  parentPort?.postMessage(reply);
});
