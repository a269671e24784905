/**
 * The layouts simple enough to need no ELK run: what ELK (`layered`, with
 * place.ts's options) gives for them, computed here. By the time place.ts
 * lays a department out, its units and sub-departments are fixed shapes, so
 * most departments are one of these:
 *
 * - a single node and no edges (the root of a department chart, a department
 *   holding one block): the node at the top left padding corner;
 * - a head and one or two reports below it (a business unit's head, the
 *   stack of its direct reports, the block of its sub-departments): the
 *   reports side by side in the order of the edges, tops aligned, a layer
 *   below the head; the head halfway between the two places Brandes–Köpf's
 *   balanced placement puts it (above the lower and the upper median
 *   report, each reached at its port — ports spread evenly along the head's
 *   bottom in the order of the edges), as long as both keep it over the row.
 *
 * Anything else (more reports, whose lines ELK spreads over more tracks than
 * the layer gap holds; a head wider than the row; chains; nested nodes) is
 * left to ELK. Each ELK run costs 5–25 ms even for three nodes (its dozens
 * of processing steps), and the generated 1k-role org is eight of these:
 * no run at all is needed for it. tests/chart/withoutElk.test.ts holds these
 * against ELK itself on random graphs of both kinds: the same positions and
 * sizes, to the last bit or within rounding (ELK's own arithmetic goes
 * through offsets, and the SVG rounds to 0.1).
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { SPACING } from './geometry.js';

export interface Padding {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What ELK pads a graph with when `elk.padding` is not given (the root). */
export const ELK_DEFAULT_PADDING: Padding = { top: 12, left: 12, bottom: 12, right: 12 };

/** Most reports the shortcut lays out: their lines into the row share one track (or two), which the layer gap holds. */
const MAX_REPORTS = 2;

/** `graph` laid out as ELK lays it out, or undefined when it is not one of the simple cases above. */
export function layOutWithoutElk(graph: ElkNode, padding: Padding): ElkNode | undefined {
  const children = graph.children ?? [];
  const edges = graph.edges ?? [];
  if (!children.length || !children.every(isPlainNode)) return undefined;
  if (children.length === 1 && !edges.length) {
    const only = children[0]!;
    return laidOut(graph, [{ ...only, x: padding.left, y: padding.top }], only.width!, only.height!, padding);
  }
  if (edges.length !== children.length - 1 || edges.length > MAX_REPORTS) return undefined;
  const byId = new Map(children.map((c) => [c.id, c]));
  const head = byId.get(edges[0]?.sources[0] ?? '');
  const reports: ElkNode[] = [];
  for (const e of edges) {
    if (e.sources.length !== 1 || e.targets.length !== 1 || e.sources[0] !== head?.id || e.labels?.length) return undefined;
    const report = byId.get(e.targets[0]!);
    if (!report || report === head || reports.includes(report)) return undefined;
    reports.push(report);
  }
  if (!head) return undefined;

  // The row, packed from 0 in the order of the edges.
  const xs: number[] = [];
  let right = 0;
  for (const r of reports) {
    if (xs.length) right += SPACING.node;
    xs.push(right);
    right += r.width!;
  }
  const k = reports.length;
  const aboveReport = (i: number) => xs[i]! + reports[i]!.width! / 2 - (head.width! * (i + 1)) / (k + 1);
  const [low, high] = [aboveReport(Math.floor((k - 1) / 2)), aboveReport(Math.ceil((k - 1) / 2))];
  // A head sticking out of the row's ends is placed otherwise (the four placements no longer agree on the row).
  if (Math.min(low, high) < 0 || Math.max(low, high) + head.width! > right) return undefined;
  const rowY = padding.top + head.height! + SPACING.layer;
  const placed = [
    { ...head, x: padding.left + (low + high) / 2, y: padding.top },
    ...reports.map((r, i) => ({ ...r, x: padding.left + xs[i]!, y: rowY })),
  ];
  const rowHeight = Math.max(...reports.map((r) => r.height!));
  return laidOut(graph, placed, right, head.height! + SPACING.layer + rowHeight, padding);
}

/** A node of fixed size and nothing inside: what the shortcut can place. */
function isPlainNode(n: ElkNode): boolean {
  return (
    !n.children?.length &&
    !n.ports?.length &&
    !n.labels?.length &&
    !n.edges?.length &&
    n.layoutOptions === undefined &&
    Number.isFinite(n.width) &&
    Number.isFinite(n.height) &&
    n.width! >= 0 &&
    n.height! >= 0
  );
}

/** The graph with its children placed (in their original order) and its size: content plus padding. */
function laidOut(graph: ElkNode, placed: ElkNode[], width: number, height: number, padding: Padding): ElkNode {
  const at = new Map(placed.map((p) => [p.id, p]));
  return {
    ...graph,
    children: graph.children!.map((c) => at.get(c.id)!),
    x: 0,
    y: 0,
    width: width + padding.left + padding.right,
    height: height + padding.top + padding.bottom,
  };
}
