/**
 * `chart --format html`: the interactive chart. The full view is laid out
 * once (no boxes are dropped for `--depth`: the page folds them instead, so
 * the reader can unfold them), and the page draws it.
 */
import type { OrgModel } from '../../model/types.js';
import { drawChart } from '../draw/drawing.js';
import type { ChartGraph, Drawing } from '../types.js';
import { buildPayload, type Payload } from './payload.js';
import { writeHtml } from './page.js';

export { buildPayload, type Payload } from './payload.js';
export { writeHtml, type PageOptions } from './page.js';

/** The payload for a graph computed without depth; `depth` becomes the page's initial folding. */
export async function interactivePayload(
  model: OrgModel,
  graph: ChartGraph,
  depth: number | undefined,
  onProgress?: (label: string) => void,
): Promise<{ payload: Payload; drawing: Drawing }> {
  const drawing = await drawChart(graph, onProgress);
  return { payload: buildPayload(model, drawing, depth), drawing };
}

export function writeInteractive(payload: Payload): string {
  return writeHtml(payload, [payload.title, payload.subtitle].filter(Boolean).join(' — '), payload.locale);
}
