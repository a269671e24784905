/**
 * What the interactive chart's page embeds: the laid-out drawing in a compact
 * shape (one record per node and per line, indexes instead of ids) plus what
 * the details panel shows, which is not in the drawing (responsibilities,
 * KPIs with targets). Plain data: the page renders every string with
 * textContent or canvas fillText, never as markup.
 */
import { METRICS } from '../draw/boxes.js';
import { paletteFor } from '../draw/palette.js';
import type { Drawing, DrawingEdge, DrawingNode } from '../types.js';
import type { KpiAssignment, OrgModel } from '../../model/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { InteractiveWords } from '../../i18n/index.js';
import { FONT_FAMILY } from '../format/svg.js';

const TONES = ['title', 'header', 'meta', 'vacant', 'more'] as const;

/** One box or department: geometry, text lines, and the details panel's facts. */
export interface PayloadNode {
  /** id */
  i: string;
  /** kind: r role box, d department box (department level), g department container (role level) */
  k: 'r' | 'd' | 'g';
  x: number;
  y: number;
  w: number;
  h: number;
  /** palette index */
  c: number;
  /** index of the containing department (-1: none) */
  p: number;
  /** title or department name */
  t: string;
  /** lines drawn in the box: [size, height, tone, text, tone, text, …] (tone = index in TONES) */
  l: Array<Array<number | string>>;
  /** details */
  d: PayloadDetails;
}

export interface PayloadDetails {
  seats?: number;
  holders?: string[];
  vacancies?: number;
  head?: string;
  description?: string;
  responsibilities?: string[];
  /** [name, target as written for people ('95%', '30'), or '' without one] */
  kpis?: Array<[string, string]>;
}

export interface Payload {
  v: 1;
  locale: string;
  title: string;
  subtitle: string;
  width: number;
  height: number;
  /** Initial state: collapse below this many levels (null: everything open). */
  depth: number | null;
  font: string;
  metrics: { padTop: number; padBottom: number; accentBar: number; headerPadTop: number; headerPadBottom: number; headerPadX: number };
  tones: readonly string[];
  /** palette index → [stroke, fill, band, text] */
  palette: Record<string, [string, string, string, string]>;
  words: InteractiveWords;
  nodes: PayloadNode[];
  /** [from index, to index, dotted 0|1, x0, y0, x1, y1, …] */
  edges: Array<number[]>;
}

/**
 * What the details panel shows of an entity that its box does not carry. Taken from the model through
 * `Facts`: read from the model as the page is written (`orgctl serve`, which keeps its model), or taken
 * for the view's boxes when the view is (facts.ts), so that `chart --format html` lets the model go
 * before the layout.
 */
export interface EntityFacts {
  description?: string;
  responsibilities?: string[];
  kpis?: Array<[string, string]>;
  /** A department's head's title. */
  headTitle?: string;
}

export interface Facts {
  of(kind: DrawingNode['kind'], id: string): EntityFacts | undefined;
}

function kpiRows(model: OrgModel, kpis: KpiAssignment[]): Array<[string, string]> {
  return kpis.map((a) => {
    const k = model.kpis.get(a.id);
    const target = a.target ?? k?.target;
    const text = target === undefined ? '' : k?.unit === 'percent' ? `${target}%` : String(target);
    return [k?.name ?? a.id, text];
  });
}

/** The facts of the model's role or department `id`, read from it now. */
export function entityFacts(model: OrgModel, kind: DrawingNode['kind'], id: string): EntityFacts | undefined {
  const entity = kind === 'role' ? model.roles.get(id) : model.departments.get(id);
  if (!entity) return undefined;
  const facts: EntityFacts = {};
  if (entity.description) facts.description = entity.description;
  if (entity.responsibilities.length) facts.responsibilities = entity.responsibilities;
  if (entity.kpis.length) facts.kpis = kpiRows(model, entity.kpis);
  if (entity.kind === 'Department' && entity.head !== undefined) {
    const head = model.roles.get(entity.head);
    if (head) facts.headTitle = head.title;
  }
  return facts;
}

/** Facts read from the model as they are asked for. */
export function modelFacts(model: OrgModel): Facts {
  return { of: (kind, id) => entityFacts(model, kind, id) };
}

function details(facts: Facts, n: DrawingNode): PayloadDetails {
  const d: PayloadDetails = {};
  const b = n.box;
  if (b) {
    d.seats = b.seats;
    if (b.holders !== undefined) d.holders = b.holders;
    if (b.vacancies !== undefined) d.vacancies = b.vacancies;
    if (b.head !== undefined) d.head = b.head;
  } else if (n.seats !== undefined) {
    d.seats = n.seats;
  }
  const entity = facts.of(n.kind, n.id);
  if (entity) {
    if (entity.description !== undefined) d.description = entity.description;
    if (entity.responsibilities !== undefined) d.responsibilities = entity.responsibilities;
    if (entity.kpis !== undefined) d.kpis = entity.kpis;
    if (d.head === undefined && entity.headTitle !== undefined) d.head = entity.headTitle;
  }
  return d;
}

/** The payload's fields before its nodes and edges, in the payload's key order. */
export type PayloadHead = Omit<Payload, 'nodes' | 'edges'>;

export function buildPayload(model: OrgModel, drawing: Drawing, depth: number | undefined): Payload {
  return { ...payloadHead(drawing, depth), nodes: payloadNodes(modelFacts(model), drawing), edges: payloadEdges(drawing) };
}

export function payloadHead(drawing: Drawing, depth: number | undefined): PayloadHead {
  const palette: Payload['palette'] = {};
  for (const n of drawing.nodes) {
    if (!(String(n.color) in palette)) {
      const p = paletteFor(n.color);
      palette[String(n.color)] = [p.stroke, p.fill, p.band, p.text];
    }
  }
  const { padTop, padBottom, accentBar, headerPadTop, headerPadBottom, headerPadX } = METRICS;
  return {
    v: 1,
    locale: drawing.locale,
    title: drawing.title,
    subtitle: drawing.subtitle,
    width: drawing.width,
    height: drawing.height,
    depth: depth ?? null,
    font: FONT_FAMILY,
    metrics: { padTop, padBottom, accentBar, headerPadTop, headerPadBottom, headerPadX },
    tones: TONES,
    palette,
    words: messagesFor(drawing.locale).interactive,
  };
}

/** Each drawing node's index in the payload (edges and parents name nodes by index). */
export function nodeIndex(drawing: Drawing): Map<string, number> {
  return new Map(drawing.nodes.map((n, i) => [n.id, i]));
}

export function payloadNode(facts: Facts, n: DrawingNode, index: ReadonlyMap<string, number>): PayloadNode {
  return {
    i: n.id,
    k: n.container ? 'g' : n.kind === 'department' ? 'd' : 'r',
    x: n.x,
    y: n.y,
    w: n.width,
    h: n.height,
    c: n.color,
    p: n.parent !== undefined ? (index.get(n.parent) ?? -1) : -1,
    t: n.label,
    l: n.lines.map((line) => [line.size, line.height, ...line.spans.flatMap((s) => [TONES.indexOf(s.tone), s.text])]),
    d: details(facts, n),
  };
}

function payloadNodes(facts: Facts, drawing: Drawing): PayloadNode[] {
  const index = nodeIndex(drawing);
  return drawing.nodes.map((n) => payloadNode(facts, n, index));
}

/** The edge between two drawn nodes as the payload has it; undefined for an edge to a node not drawn. */
export function payloadEdge(e: DrawingEdge, index: ReadonlyMap<string, number>): number[] | undefined {
  const from = index.get(e.from);
  const to = index.get(e.to);
  if (from === undefined || to === undefined) return undefined;
  return [from, to, e.style === 'dotted' ? 1 : 0, ...e.points.flat()];
}

function payloadEdges(drawing: Drawing): number[][] {
  const index = nodeIndex(drawing);
  const edges: number[][] = [];
  for (const e of drawing.edges) {
    const edge = payloadEdge(e, index);
    if (edge) edges.push(edge);
  }
  return edges;
}
