/**
 * The drawing: sized boxes + ELK placement + routed lines, framed with a
 * heading and a legend, in absolute SVG user units rounded to 0.1 (so the
 * output is stable). svg.ts and json.ts write it out.
 */
import { groupHeader, METRICS, sizeBoxes, type GroupHeader, type SizedBox } from './boxes.js';
import { layoutChart } from '../layout/layoutChart.js';
import { routeEdges } from '../layout/routes.js';
import { textWidth } from './text.js';
import type { Placement } from '../layout/geometry.js';
import type { ChartGraph, Drawing, DrawingEdge, DrawingNode } from '../types.js';
import { chartWords } from '../../i18n/index.js';
import { createHash } from 'node:crypto';

export const FRAME = {
  margin: 32,
  titleSize: 22,
  subtitleSize: 13,
  /** Heading block: title line, subtitle line, gap to the chart. */
  titleLine: 30,
  subtitleLine: 20,
  headingGap: 20,
  legendGap: 24,
  legendSize: 12,
  legendLine: 20,
  /** Legend: sample line length, gap to its text, gap between items. */
  legendSample: 28,
  legendSampleGap: 6,
  legendItemGap: 22,
};

const round = (n: number) => Math.round(n * 10) / 10 + 0; // + 0 turns -0 into 0

export interface LegendItem {
  kind: 'solid' | 'dotted' | 'seats' | 'vacant' | 'more';
  text: string;
}

export function legendItems(drawing: Pick<Drawing, 'locale' | 'hasDotted' | 'nodes'>): LegendItem[] {
  const words = chartWords(drawing.locale);
  const items: LegendItem[] = [{ kind: 'solid', text: words.legendSolid }];
  if (drawing.hasDotted) items.push({ kind: 'dotted', text: words.legendDotted });
  if (drawing.nodes.some((n) => n.box?.kind === 'role' && n.box.seats !== 1)) items.push({ kind: 'seats', text: words.legendSeats });
  if (drawing.nodes.some((n) => n.box?.vacancies)) items.push({ kind: 'vacant', text: words.vacant });
  if (drawing.nodes.some((n) => n.box?.hidden)) items.push({ kind: 'more', text: words.legendMore });
  return items;
}

/** Width a legend item takes (its sample, if any, and its text). */
export function legendItemWidth(item: LegendItem): number {
  const sample = item.kind === 'solid' || item.kind === 'dotted' ? FRAME.legendSample + FRAME.legendSampleGap : 0;
  return sample + textWidth(item.text, FRAME.legendSize);
}

/**
 * A layout kept from one drawing to the next (`orgctl serve`), under the key of
 * everything the layout reads: the tree (ids, departments, lines) and every box's
 * and header's size — never the text. An edit that changes no size (a title that
 * wraps the same, a holder, a KPI) draws the new text on the kept placement and
 * routes, which is what laying it out again would give.
 */
export interface LayoutMemo {
  /** A hash of that key: at 100k boxes its JSON text was 18 MB, kept from one rebuild to the next. */
  key?: string;
  placement?: Placement;
  /** The routed lines before the frame's shift, one per graph edge in its order (routeEdges keeps that order). */
  routes?: PackedRoutes;
}

/**
 * Points of many lines in two typed arrays: line i's points are coords[2·starts[i] …
 * 2·starts[i+1]) as x, y pairs. At 100k lines the arrays of pairs took 53 MB; these take 7.
 * A Float64Array holds every number as it was, so the lines drawn from them are the same.
 */
interface PackedRoutes {
  starts: Uint32Array;
  coords: Float64Array;
}

function packRoutes(edges: DrawingEdge[]): PackedRoutes {
  const starts = new Uint32Array(edges.length + 1);
  for (let i = 0; i < edges.length; i++) starts[i + 1] = starts[i]! + edges[i]!.points.length;
  const coords = new Float64Array(2 * starts[edges.length]!);
  let k = 0;
  for (const e of edges)
    for (const p of e.points) {
      coords[k++] = p[0];
      coords[k++] = p[1];
    }
  return { starts, coords };
}

function unpackRoutes(graph: ChartGraph, { starts, coords }: PackedRoutes): DrawingEdge[] {
  return graph.edges.map((e, i) => {
    const points: Array<[number, number]> = [];
    for (let j = starts[i]!; j < starts[i + 1]!; j++) points.push([coords[2 * j]!, coords[2 * j + 1]!]);
    return { ...e, points };
  });
}

/** The layout's key, hashed as it is written (no text of every box's size held at once). */
function geometryKey(graph: ChartGraph, sized: Map<string, SizedBox>, headers: Map<string, GroupHeader>): string {
  const hash = createHash('sha256');
  const put = (item: unknown) => hash.update(`${JSON.stringify(item)}\n`);
  put(graph.level);
  hash.update('boxes\n');
  for (const b of graph.boxes) put([b.id, b.kind, b.group ?? null, sized.get(b.id)!.width, sized.get(b.id)!.height]);
  hash.update('groups\n');
  for (const g of graph.groups) put([g.id, g.parent ?? null, headers.get(g.id)!.height, headers.get(g.id)!.minWidth]);
  hash.update('edges\n');
  for (const e of graph.edges) put([e.from, e.to, e.style]);
  return hash.digest('base64');
}

export async function drawChart(graph: ChartGraph, onProgress?: (label: string) => void, memo?: LayoutMemo): Promise<Drawing> {
  const sized = sizeBoxes(graph);
  const headers = new Map(graph.groups.map((g) => [g.id, groupHeader(g, graph.locale)]));
  const key = memo ? geometryKey(graph, sized, headers) : undefined;
  let placement: Placement;
  let edges: DrawingEdge[];
  if (memo?.key === key && memo?.placement && memo.routes) {
    placement = memo.placement;
    edges = unpackRoutes(graph, memo.routes);
  } else {
    // The kept layout is of no more use: let it go before the new one is made, not after.
    if (memo) Object.assign(memo, { key: undefined, placement: undefined, routes: undefined });
    onProgress?.(`laying out ${graph.boxes.length} boxes`);
    placement = await layoutChart(graph, sized, headers);
    onProgress?.('drawing');
    edges = routeEdges(graph, placement);
    // Packed before the shift below moves the frame.
    if (memo) Object.assign(memo, { key, placement, routes: packRoutes(edges) });
  }

  const nodes: DrawingNode[] = [];
  for (const g of graph.groups) {
    const r = placement.groups.get(g.id)!;
    const header = headers.get(g.id)!;
    nodes.push({
      id: g.id,
      kind: 'department',
      label: g.name,
      ...(g.parent !== undefined ? { parent: g.parent } : {}),
      ...r,
      container: true,
      seats: g.seats,
      color: g.color,
      lines: header.lines,
      textTop: METRICS.headerPadTop,
      tooltip: g.tooltip,
      box: undefined,
      ...(g.status !== undefined ? { status: g.status } : {}),
    });
  }
  for (const b of graph.boxes) {
    const s = sized.get(b.id)!;
    nodes.push({
      id: b.id,
      kind: b.kind,
      label: b.title,
      ...(b.group !== undefined ? { parent: b.group } : {}),
      ...placement.boxes.get(b.id)!,
      container: false,
      color: b.color,
      lines: s.lines,
      textTop: METRICS.padTop,
      tooltip: b.tooltip,
      box: b,
      ...(b.status !== undefined ? { status: b.status } : {}),
    });
  }

  const hasDotted = edges.some((e) => e.style === 'dotted');
  const legend = legendItems({ locale: graph.locale, hasDotted, nodes });
  const legendWidth = legend.reduce((w, item, i) => w + legendItemWidth(item) + (i ? FRAME.legendItemGap : 0), 0);
  const heading = FRAME.titleLine + (graph.subtitle ? FRAME.subtitleLine : 0) + FRAME.headingGap;
  const inner = Math.max(
    placement.width,
    textWidth(graph.title, FRAME.titleSize, true),
    textWidth(graph.subtitle, FRAME.subtitleSize),
    legendWidth,
  );
  const width = Math.ceil(inner + 2 * FRAME.margin);
  // The chart is centred under the heading when the heading is the wider.
  const dx = FRAME.margin + (inner - placement.width) / 2;
  const dy = FRAME.margin + heading;
  for (const n of nodes) {
    n.x = round(n.x + dx);
    n.y = round(n.y + dy);
    n.width = round(n.width);
    n.height = round(n.height);
  }
  // p[0], p[1], not ([x, y]) =>: a destructured pair is an iterator and its results for each point until V8 optimises this.
  for (const e of edges) e.points = e.points.map((p) => [round(p[0] + dx), round(p[1] + dy)]);
  const legendY = Math.ceil(dy + placement.height + FRAME.legendGap);
  const height = legendY + FRAME.legendLine + FRAME.margin;
  return { width, height, locale: graph.locale, title: graph.title, subtitle: graph.subtitle, nodes, edges, legendY, hasDotted };
}
