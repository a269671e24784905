/**
 * `chart --format html`: the interactive chart. The full view is laid out
 * once (no boxes are dropped for `--depth`: the page folds them instead, so
 * the reader can unfold them), and the page draws it.
 */
import type { Drawing } from '../types.js';
import { payloadHead, type Facts } from './payload.js';
import { emitHtml } from './page.js';
import { emitPayloadJson } from './payloadStream.js';

export { buildPayload, modelFacts, type Facts, type Payload } from './payload.js';
export { factsOfView } from './facts.js';
export { writeHtml, type PageOptions } from './page.js';

/** The page of `drawing`, handed to `write` in pieces; `depth` becomes the page's initial folding. */
export function emitInteractive(facts: Facts, drawing: Drawing, depth: number | undefined, write: (chunk: string) => void): void {
  const head = payloadHead(drawing, depth);
  const title = [head.title, head.subtitle].filter(Boolean).join(' — ');
  emitHtml(
    title,
    head.locale,
    (writeJson) => {
      emitPayloadJson(facts, drawing, head, writeJson);
    },
    write,
  );
}
