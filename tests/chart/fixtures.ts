/**
 * Orgs for the chart tests — the bundled examples, small in-memory orgs, a
 * generated mid-size org — and the structural checks every laid-out drawing
 * must pass (shared by the layout, golden and browser tests).
 */
import path from 'node:path';
import { expect } from 'vitest';
import { loadOrg } from '../../src/api.js';
import type { OrgModel } from '../../src/model/types.js';
import { METRICS } from '../../src/chart/draw/boxes.js';
import { lineProblems } from '../../src/chart/layout/lineProblems.js';
import type { Drawing, DrawingNode } from '../../src/chart/types.js';
import { modelOf, ORG } from '../helpers.js';

export const REPO = path.resolve(__dirname, '../..');
export const EXAMPLES = ['ops-center', 'minimal-en', 'project-ecommerce', 'ecommerce-startup', 'matrix-ecommerce'];

export function example(name: string): OrgModel {
  return loadOrg([`examples/${name}`], REPO);
}

export { modelOf, ORG };

/** A model from one YAML text (an Organization is prepended unless the text has one). */
export function org(yaml: string, locale: 'en' | 'zh-CN' = 'zh-CN'): OrgModel {
  const head = yaml.includes('kind: Organization') ? '' : `${ORG}locale: ${locale}\n---\n`;
  return modelOf({ 'org.yaml': head + yaml });
}

/** A generated org of `roles` roles (bench/generate.mjs, in memory). */
export async function generated(roles: number): Promise<OrgModel> {
  // @ts-expect-error -- plain JavaScript without type declarations
  const gen = (await import('../../bench/generate.mjs')) as {
    generateOrgFiles(o: { roles: number; seed: number }): { files: Map<string, string> };
  };
  const { files } = gen.generateOrgFiles({ roles, seed: 1 });
  return modelOf(Object.fromEntries(files));
}

type Box = Pick<DrawingNode, 'x' | 'y' | 'width' | 'height'>;

const EPS = 0.15; // coordinates are rounded to 0.1

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x - EPS &&
    inner.y >= outer.y - EPS &&
    inner.x + inner.width <= outer.x + outer.width + EPS &&
    inner.y + inner.height <= outer.y + outer.height + EPS
  );
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

/**
 * What every drawing must satisfy: each role of `roleIds` drawn once; every
 * box inside the drawing and inside its department; no two boxes overlapping
 * unless one contains the other (a department and what is in it); every text
 * line fitting its box; every edge between existing nodes, starting and
 * ending on the border of its two boxes, crossing no other box, and no dotted
 * line along a solid one (lineProblems).
 */
export function checkDrawing(drawing: Drawing, roleIds: string[]): void {
  const byId = new Map<string, DrawingNode>();
  const boxes = drawing.nodes.filter((n) => !n.container);
  for (const n of drawing.nodes) byId.set(`${n.container ? 'd' : 'r'}:${n.id}`, n);
  expect(boxes.map((n) => n.id).sort()).toEqual([...roleIds].sort());
  const problems: string[] = [];
  const ancestors = (n: DrawingNode): Set<DrawingNode> => {
    const out = new Set<DrawingNode>();
    for (let p = n.parent; p !== undefined;) {
      const d = byId.get(`d:${p}`);
      if (!d || out.has(d)) break;
      out.add(d);
      p = d.parent;
    }
    return out;
  };
  const chains = new Map(drawing.nodes.map((n) => [n, ancestors(n)]));
  for (const n of drawing.nodes) {
    if (!contains({ x: 0, y: 0, width: drawing.width, height: drawing.height }, n)) problems.push(`${n.id} is outside the drawing`);
    if (n.parent !== undefined) {
      const parent = byId.get(`d:${n.parent}`);
      if (!parent) problems.push(`${n.id}'s parent ${n.parent} is not drawn`);
      else if (!contains(parent, n)) problems.push(`${n.id} is not inside its department ${n.parent}`);
    }
    // Every text line fits: container headers within the box less its side padding, box lines within the box less padding.
    const pad = n.container ? METRICS.headerPadX : METRICS.padX;
    for (const line of n.lines)
      if (line.width > n.width - 2 * pad + 0.5)
        problems.push(`'${line.spans.map((s) => s.text).join('')}' (${line.width.toFixed(1)}) overflows ${n.id} (${n.width})`);
    const textHeight = n.lines.reduce((h, l) => h + l.height, 0) + n.textTop;
    if (!n.container && textHeight > n.height + 0.5) problems.push(`the text of ${n.id} is taller than its box`);
  }
  // Overlaps: sort by x and sweep, so a generated org of hundreds of boxes stays quick.
  const sorted = [...drawing.nodes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width; j++) {
      const b = sorted[j]!;
      if (!overlap(a, b)) continue;
      const nested = (chains.get(a)!.has(b) && contains(b, a)) || (chains.get(b)!.has(a) && contains(a, b));
      if (!nested) problems.push(`${a.kind} ${a.id} overlaps ${b.kind} ${b.id}`);
    }
  }
  const boxOf = new Map(boxes.map((n) => [n.id, n]));
  const onBorder = (n: Box, [x, y]: [number, number]) =>
    contains({ x: n.x - 0.5, y: n.y - 0.5, width: n.width + 1, height: n.height + 1 }, { x, y, width: 0, height: 0 }) &&
    (Math.abs(x - n.x) < 0.6 || Math.abs(x - n.x - n.width) < 0.6 || Math.abs(y - n.y) < 0.6 || Math.abs(y - n.y - n.height) < 0.6);
  for (const e of drawing.edges) {
    const from = boxOf.get(e.from);
    const to = boxOf.get(e.to);
    if (!from || !to) {
      problems.push(`edge ${e.from} → ${e.to} names a box that is not drawn`);
      continue;
    }
    if (e.points.length < 2) problems.push(`edge ${e.from} → ${e.to} has fewer than two points`);
    const last = e.points[e.points.length - 1]!;
    // A solid line may start at the border of the department the manager is in (see routes.ts); it always ends on a box or on a department border.
    const endsOn = [to, ...(to.parent !== undefined ? [...chains.get(to)!] : [])];
    if (!endsOn.some((n) => onBorder(n, last))) problems.push(`edge ${e.from} → ${e.to} does not end on ${e.to}'s box or department`);
    const first = e.points[0]!;
    const startsOn = [from, ...chains.get(from)!];
    if (!startsOn.some((n) => onBorder(n, first)))
      problems.push(`edge ${e.from} → ${e.to} does not start on ${e.from}'s box or department`);
    for (const [x, y] of e.points)
      if (x < 0 || y < 0 || x > drawing.width || y > drawing.height) problems.push(`edge ${e.from} → ${e.to} leaves the drawing`);
  }
  problems.push(...lineProblems(drawing));
  expect(problems).toEqual([]);
}

/** `chart --format json`, parsed. */
export interface JsonLayout {
  width: number;
  height: number;
  nodes: Array<{
    id: string;
    kind: 'role' | 'department';
    label: string;
    parent?: string;
    x: number;
    y: number;
    width: number;
    height: number;
  }>;
  edges: Array<{ from: string; to: string; style: 'solid' | 'dotted'; points: Array<[number, number]> }>;
}

/**
 * The same structural checks on the JSON a user gets (its documented shape only):
 * every role once, no overlaps but nesting, each box inside its parent and
 * the drawing, every edge between existing nodes, and every role's title,
 * wrapped to its box, fitting the box.
 */
export function checkJsonLayout(
  json: JsonLayout,
  roleIds: string[],
  measure: (label: string, width: number) => { lines: number; widest: number },
): void {
  const problems: string[] = [];
  const roles = json.nodes.filter((n) => n.kind === 'role');
  expect(roles.map((n) => n.id).sort()).toEqual([...roleIds].sort());
  const departments = new Map(json.nodes.filter((n) => n.kind === 'department').map((n) => [n.id, n]));
  const ancestors = (n: JsonLayout['nodes'][number]) => {
    const out = new Set<string>();
    for (let p = n.parent; p !== undefined && !out.has(p); p = departments.get(p)?.parent) out.add(p);
    return out;
  };
  for (const n of json.nodes) {
    if (!contains({ x: 0, y: 0, width: json.width, height: json.height }, n)) problems.push(`${n.id} is outside the drawing`);
    if (n.parent !== undefined && !(departments.has(n.parent) && contains(departments.get(n.parent)!, n)))
      problems.push(`${n.id} is not inside ${n.parent}`);
    if (n.kind === 'role') {
      const { lines, widest } = measure(n.label, n.width - 2 * METRICS.padX);
      if (widest > n.width - 2 * METRICS.padX + 0.5) problems.push(`the title of ${n.id} is wider than its box`);
      if (METRICS.padTop + lines * METRICS.titleLine + METRICS.padBottom > n.height + 0.5)
        problems.push(`the title of ${n.id} is taller than its box`);
    }
  }
  for (let i = 0; i < json.nodes.length; i++) {
    for (let j = i + 1; j < json.nodes.length; j++) {
      const [a, b] = [json.nodes[i]!, json.nodes[j]!];
      if (!overlap(a, b)) continue;
      const nested =
        (a.kind === 'department' && ancestors(b).has(a.id) && contains(a, b)) ||
        (b.kind === 'department' && ancestors(a).has(b.id) && contains(b, a));
      if (!nested) problems.push(`${a.id} overlaps ${b.id}`);
    }
  }
  const ids = new Set(roles.map((n) => n.id));
  for (const e of json.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) problems.push(`edge ${e.from} → ${e.to} names a node that is not there`);
    if (e.points.length < 2 || e.points.some((p: readonly number[]) => p.length !== 2))
      problems.push(`edge ${e.from} → ${e.to} has malformed points`);
  }
  expect(problems).toEqual([]);
}
