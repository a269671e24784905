/**
 * `chart --format json`: the laid-out drawing in a stable shape (width, height,
 * nodes with absolute boxes, edges with points), one node or edge per line so
 * it diffs well. Role nodes also carry what their box says (seats, holders,
 * vacancies, collapsed count) for users who draw it themselves.
 */
import { jsonText } from '../../core/escape/json.js';
import type { Drawing, DrawingNode } from '../types.js';

function nodeJson(n: DrawingNode): Record<string, unknown> {
  const out: Record<string, unknown> = { id: n.id, kind: n.kind, label: n.label };
  if (n.parent !== undefined) out.parent = n.parent;
  Object.assign(out, { x: n.x, y: n.y, width: n.width, height: n.height });
  if (n.seats !== undefined) out.seats = n.seats;
  const b = n.box;
  if (b) {
    out.seats = b.seats;
    if (b.holders !== undefined) out.holders = b.holders;
    if (b.vacancies !== undefined) out.vacancies = b.vacancies;
    if (b.head !== undefined) out.head = b.head;
    if (b.hidden) out.collapsed = b.hidden;
  }
  return out;
}

export function writeJson(drawing: Drawing): string {
  const nodes = drawing.nodes.map((n) => `    ${jsonText(nodeJson(n))}`);
  const edges = drawing.edges.map((e) => `    ${jsonText({ from: e.from, to: e.to, style: e.style, points: e.points })}`);
  const list = (items: string[]) => (items.length ? `[\n${items.join(',\n')}\n  ]` : '[]');
  return `{\n  "width": ${drawing.width},\n  "height": ${drawing.height},\n  "nodes": ${list(nodes)},\n  "edges": ${list(edges)}\n}\n`;
}
