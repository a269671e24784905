/**
 * What the interactive chart's page embeds: the laid-out drawing in a compact
 * shape (one record per node and per line, indexes instead of ids) plus what
 * the details panel shows, which is not in the drawing (responsibilities,
 * KPIs with targets). Plain data: the page renders every string with
 * textContent or canvas fillText, never as markup.
 */
import { METRICS } from '../draw/boxes.js';
import { paletteFor } from '../draw/palette.js';
import type { Drawing, DrawingNode } from '../types.js';
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

function kpiRows(model: OrgModel, kpis: KpiAssignment[]): Array<[string, string]> {
  return kpis.map((a) => {
    const k = model.kpis.get(a.id);
    const target = a.target ?? k?.target;
    const text = target === undefined ? '' : k?.unit === 'percent' ? `${target}%` : String(target);
    return [k?.name ?? a.id, text];
  });
}

function details(model: OrgModel, n: DrawingNode): PayloadDetails {
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
  const entity = n.kind === 'role' ? model.roles.get(n.id) : model.departments.get(n.id);
  if (entity) {
    if (entity.description) d.description = entity.description;
    if (entity.responsibilities.length) d.responsibilities = entity.responsibilities;
    if (entity.kpis.length) d.kpis = kpiRows(model, entity.kpis);
    if (entity.kind === 'Department' && d.head === undefined && entity.head !== undefined) {
      const head = model.roles.get(entity.head);
      if (head) d.head = head.title;
    }
  }
  return d;
}

export function buildPayload(model: OrgModel, drawing: Drawing, depth: number | undefined): Payload {
  const index = new Map(drawing.nodes.map((n, i) => [n.id, i]));
  const palette: Payload['palette'] = {};
  const nodes = drawing.nodes.map((n): PayloadNode => {
    if (!(String(n.color) in palette)) {
      const p = paletteFor(n.color);
      palette[String(n.color)] = [p.stroke, p.fill, p.band, p.text];
    }
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
      d: details(model, n),
    };
  });
  const edges = drawing.edges
    .filter((e) => index.has(e.from) && index.has(e.to))
    .map((e) => [index.get(e.from)!, index.get(e.to)!, e.style === 'dotted' ? 1 : 0, ...e.points.flat()]);
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
    nodes,
    edges,
  };
}
