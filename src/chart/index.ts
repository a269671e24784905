/**
 * `renderChart(model, options)`: the org chart as SVG, Mermaid, DOT, the
 * laid-out JSON drawing or the interactive HTML page. Pure (no I/O, no clock): the same model and options
 * give the same bytes. `renderChartTo` gives the same bytes in pieces (what
 * the CLI writes to its file: the SVG of a large org is never one string). Async because the layout engine (elkjs) is; Mermaid
 * and DOT never load it.
 */
import type { OrgModel } from '../model/types.js';
import { writeDot } from './format/dot.js';
import { drawChart } from './draw/drawing.js';
import { emitJson, writeJson } from './format/json.js';
import { writeMermaid } from './format/mermaid.js';
import { emitSvg, writeSvg } from './format/svg.js';
import { emitInteractive, factsOfView, type Facts } from './interactive/index.js';
import type { PngOptions } from './format/png.js';
import { CHART_FORMATS, type ChartGraph, type ChartOptions, type Drawing } from './types.js';
import { selectView } from './views/select.js';

export type { ChartFormat, ChartLevel, ChartOptions, ChartGraph, ChartStatus, Drawing } from './types.js';
export { CHART_FORMATS, CHART_LEVELS } from './types.js';
export { computeView, selectView } from './views/select.js';
export { viewOf, type ChartView, type ViewScope } from './views/view.js';
export { withGhosts, withStatus } from './views/ghosts.js';
export { drawChart } from './draw/drawing.js';
export { finishLayout, prepareLayout } from './layout/layoutChart.js';

/** The laid-out drawing (what `--format json` writes), for tests and custom renderers. */
export async function layoutOrgChart(model: OrgModel, options: ChartOptions = {}): Promise<Drawing> {
  return drawChart(selectView(model, options), options.onProgress);
}

export async function renderChart(model: OrgModel, options: ChartOptions = {}): Promise<string> {
  const format = options.format ?? 'svg';
  if (format === 'html') {
    const parts: string[] = [];
    await prepareChart(model, options).writeTo((chunk) => parts.push(chunk));
    return parts.join('');
  }
  options.onProgress?.('selecting the view');
  const graph = selectView(model, options);
  switch (format) {
    case 'mermaid':
      return writeMermaid(graph);
    case 'dot':
      return writeDot(graph);
    case 'json':
      return writeJson(await drawChart(graph, options.onProgress));
    case 'svg':
      return writeSvg(await drawChart(graph, options.onProgress));
    case 'png':
      throw new Error('the PNG is bytes: use renderChartPng');
    default:
      throw new Error(`unknown chart format '${String(format)}'`);
  }
}

/**
 * The chart handed to `write` piece by piece: the same bytes as renderChart.
 * The SVG, the JSON drawing and the interactive page come a box at a time, so
 * none is ever held whole at 100k roles (tens of megabytes); Mermaid and DOT come in one piece.
 */
export async function renderChartTo(model: OrgModel, options: ChartOptions, write: (chunk: string) => void): Promise<void> {
  await prepareChart(model, options).writeTo(write);
}

/** A chart whose view is taken: `writeTo` lays it out and hands it over as renderChartTo does. */
export interface PreparedChart {
  writeTo(write: (chunk: string) => void): Promise<void>;
}

/**
 * The chart's view, taken from the model now; the layout and the writing come
 * later, from `writeTo`. Nothing of the model is kept but, for the HTML page,
 * the details panel's facts of the view's boxes: a caller that lets its model go
 * before `writeTo` has that memory back for the layout, the routes and the
 * drawing (the CLI: half a gigabyte at 100k roles). Throws what selecting the
 * view throws (an unknown `--root`, …) at once.
 */
export function prepareChart(model: OrgModel, options: ChartOptions): PreparedChart {
  const format = options.format ?? 'svg';
  if (format === 'png') throw new Error('the PNG is bytes: use renderChartPng');
  // (A caller from JavaScript may name any format.)
  if (!(CHART_FORMATS as readonly string[]).includes(format)) throw new Error(`unknown chart format '${format}'`);
  options.onProgress?.('selecting the view');
  if (format === 'html') {
    // The page folds to --depth itself, so the whole view is laid out and the reader can unfold it.
    const { depth, ...unfolded } = options;
    const graph = selectView(model, unfolded);
    return preparedPage(graph, factsOfView(model, graph), depth, options);
  }
  return preparedView(selectView(model, options), format, options);
}

/** The interactive page, drawn from its view and the details panel's facts (no model in scope: see preparedView). */
function preparedPage(graph: ChartGraph, facts: Facts, depth: number | undefined, options: ChartOptions): PreparedChart {
  return {
    async writeTo(write) {
      emitInteractive(facts, await drawChart(graph, options.onProgress), depth, write);
    },
  };
}

/**
 * A chart drawn from its view alone. A function of its own, with no `model` in scope: a closure made
 * beside one that reads the model would keep the model alive through the scope they share.
 */
function preparedView(graph: ChartGraph, format: 'svg' | 'json' | 'mermaid' | 'dot', options: ChartOptions): PreparedChart {
  return {
    async writeTo(write) {
      if (format === 'mermaid') write(writeMermaid(graph));
      else if (format === 'dot') write(writeDot(graph));
      else {
        const drawing = await drawChart(graph, options.onProgress);
        if (format === 'json') emitJson(drawing, write);
        else emitSvg(drawing, write);
      }
    },
  };
}

/**
 * `chart --format png`: the SVG chart rasterised at `scale` (format/png.ts). The rasteriser (resvg, a
 * WebAssembly module of several MB to compile) loads only here: every SVG chart, every handbook and every
 * `import from 'orgctl'` would otherwise pay for it.
 */
export async function renderChartPng(model: OrgModel, options: ChartOptions & PngOptions = {}): Promise<Uint8Array> {
  const svg = await renderChart(model, { ...options, format: 'svg' });
  options.onProgress?.('rendering the PNG');
  const { writePng } = await import('./format/png.js');
  return writePng(svg, options);
}
