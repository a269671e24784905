/**
 * `chart --format json`: the laid-out drawing in a stable shape (width, height,
 * nodes with absolute boxes, edges with points), one node or edge per line so
 * it diffs well. Written a line at a time (emitJson). Role nodes also carry what their box says (seats, holders,
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
  const parts: string[] = [];
  emitJson(drawing, (chunk) => parts.push(chunk));
  return parts.join('');
}

/** The same text handed to `emit` a line at a time: at 100k roles the drawing's JSON is never one string. */
export function emitJson(drawing: Drawing, emit: (chunk: string) => void): void {
  emit(`{\n  "width": ${drawing.width},\n  "height": ${drawing.height},\n  "nodes": `);
  emitList(drawing.nodes, nodeJson, emit);
  emit(',\n  "edges": ');
  emitList(drawing.edges, (e) => ({ from: e.from, to: e.to, style: e.style, points: e.points }), emit);
  emit('\n}\n');
}

/** `[]`, or one item a line, indented, comma-separated (the shape JSON.stringify's indenting would give). */
function emitList<T>(items: readonly T[], json: (item: T) => Record<string, unknown>, emit: (chunk: string) => void): void {
  if (!items.length) {
    emit('[]');
    return;
  }
  items.forEach((item, i) => {
    emit(`${i ? ',\n' : '[\n'}    ${jsonText(json(item))}`);
  });
  emit('\n  ]');
}
