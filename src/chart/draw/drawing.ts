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
  key?: string;
  placement?: Placement;
  /** The routed lines before the frame's shift. */
  edges?: DrawingEdge[];
}

function geometryKey(graph: ChartGraph, sized: Map<string, SizedBox>, headers: Map<string, GroupHeader>): string {
  return JSON.stringify([
    graph.level,
    graph.boxes.map((b) => [b.id, b.kind, b.group ?? null, sized.get(b.id)!.width, sized.get(b.id)!.height]),
    graph.groups.map((g) => [g.id, g.parent ?? null, headers.get(g.id)!.height, headers.get(g.id)!.minWidth]),
    graph.edges.map((e) => [e.from, e.to, e.style]),
  ]);
}

export async function drawChart(graph: ChartGraph, onProgress?: (label: string) => void, memo?: LayoutMemo): Promise<Drawing> {
  const sized = sizeBoxes(graph);
  const headers = new Map(graph.groups.map((g) => [g.id, groupHeader(g, graph.locale)]));
  const key = memo ? geometryKey(graph, sized, headers) : undefined;
  let placement: Placement;
  let edges: DrawingEdge[];
  if (memo?.key === key && memo?.placement && memo.edges) {
    placement = memo.placement;
    edges = memo.edges.map((e) => ({ ...e }));
  } else {
    onProgress?.(`laying out ${graph.boxes.length} boxes`);
    placement = await layoutChart(graph, sized, headers);
    onProgress?.('drawing');
    edges = routeEdges(graph, placement);
    // Kept before the shift below, which gives each edge new points rather than moving these.
    if (memo) Object.assign(memo, { key, placement, edges: edges.map((e) => ({ ...e })) });
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
