/**
 * `orgctl diff --format svg`: the HEAD org chart with the change drawn on it —
 * added, moved and changed roles (and departments) outlined in their colour
 * with a badge, removed ones drawn as faded, dashed ghosts where they used to
 * be, the lines to them dashed.
 *
 * The HEAD chart's view is decorated before layout: each box and department
 * gets its status, and the removed ones are put back as ghosts in their old
 * place (so the layout leaves room for them), while the heading and the
 * department headers still count HEAD. The chart is laid out and written as
 * usual, and the highlights are drawn over it from the drawing's
 * coordinates and statuses. The chart SVG is nested unchanged in an outer
 * SVG that adds a strip for the diff legend.
 */
import { computeView, drawChart, withGhosts, withStatus, type ChartGraph } from '../../chart/index.js';
import { FONT_FAMILY, writeSvg } from '../../chart/format/svg.js';
import { textWidth } from '../../chart/draw/text.js';
import type { Drawing, DrawingEdge, DrawingNode } from '../../chart/types.js';
import { escapeXml } from '../../core/escape/xml.js';
import { pickLocale, type Locale } from '../../core/locale.js';
import { messagesFor, type ChangeStatus } from '../../i18n/index.js';
import { num } from '../../chart/draw/num.js';
import { roleStatuses } from './mermaid.js';
import { Cover, ownStretches } from './svgEdges.js';
import { changeBadges } from './svgBadge.js';
import type { DiffResult } from '../types.js';
import type { OrgModel } from '../../model/types.js';

export interface DiffSvgOptions {
  labels?: { before: string; after: string };
  /** Language of the badges, the legend and the chart's own words; default: the HEAD org's `locale` (else en). */
  locale?: Locale;
}

type Status = ChangeStatus;

const COLORS: Record<Status, string> = { added: '#1a7f37', removed: '#cf222e', moved: '#0969da', changed: '#bf8700' };

const BADGE = { size: 10, height: 15, padX: 5 };
const STRIP = { height: 40, margin: 32, size: 12, swatch: 14, gap: 22 };

/**
 * The HEAD chart's view with the change on it: a status per box and
 * department, and the removed roles and departments as ghosts (an id that
 * lives on as another kind has no room for one).
 */
export function decoratedView(result: DiffResult, locale?: Locale): ChartGraph {
  // The chart takes its words from the org's locale: draw both sides in the diff's language.
  const before = locale ? inLocale(result.models.before, locale) : result.models.before;
  const after = locale ? inLocale(result.models.after, locale) : result.models.after;
  // Sets keep the order of the changes, once each.
  const gone = { roles: new Set<string>(), departments: new Set<string>() };
  for (const c of result.changes) {
    if (c.change !== 'removed' || after.byId.has(c.id)) continue;
    if (c.kind === 'role' && before.roles.has(c.id)) gone.roles.add(c.id);
    if (c.kind === 'department' && before.departments.has(c.id)) gone.departments.add(c.id);
  }
  const roles = roleStatuses(result);
  const departments = departmentStatuses(result);
  const known = (s: string | undefined): Status | undefined =>
    s === 'added' || s === 'removed' || s === 'moved' || s === 'changed' ? s : undefined;
  return withStatus(
    withGhosts(computeView(after, { kind: 'roles' }), before, { roles: [...gone.roles], departments: [...gone.departments] }),
    {
      box: (id) => known(roles.get(id)),
      group: (id) => known(departments.get(id)),
    },
  );
}

/** The model drawn in `locale`: the chart takes its words from the org's locale. */
function inLocale(model: OrgModel, locale: Locale): OrgModel {
  const org = model.organization;
  return org && org.locale !== locale ? { ...model, organization: { ...org, locale } } : model;
}

function departmentStatuses(result: DiffResult): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const c of result.changes) {
    if (c.kind !== 'department') continue;
    if (c.change === 'added' || c.change === 'removed') out.set(c.id, c.change);
    else if (c.change === 'parent') out.set(c.id, 'moved');
    else if (!out.has(c.id)) out.set(c.id, 'changed');
  }
  return out;
}

function badge(n: DrawingNode, status: Status, text: string): string {
  const w = textWidth(text, BADGE.size, true) + 2 * BADGE.padX;
  const x = n.x + n.width - w + 4;
  const y = n.y - BADGE.height / 2;
  return (
    `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${BADGE.height}" rx="${BADGE.height / 2}" fill="${COLORS[status]}"/>\n` +
    `<text x="${num(x + w / 2)}" y="${num(y + BADGE.height / 2 + BADGE.size * 0.36)}" font-size="${BADGE.size}" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(text)}</text>\n`
  );
}

function highlight(n: DrawingNode, status: Status, text: string): string {
  const pad = n.container ? 2 : 3;
  const rect = `x="${num(n.x - pad)}" y="${num(n.y - pad)}" width="${num(n.width + 2 * pad)}" height="${num(n.height + 2 * pad)}" rx="${n.container ? 10 : 6}"`;
  let out = `<g class="diff-${status}" data-id="${escapeXml(n.id)}">\n`;
  if (status === 'removed') {
    // A ghost: the box shows through faded, its outline dashed.
    out += `<rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="4" fill="#ffffff" fill-opacity="0.6"/>\n`;
    out += `<rect ${rect} fill="none" stroke="${COLORS.removed}" stroke-width="2" stroke-dasharray="6 4"/>\n`;
  } else {
    out += `<rect ${rect} fill="none" stroke="${COLORS[status]}" stroke-width="${n.container ? 2 : 3}"${n.container ? ' stroke-dasharray="10 4"' : ''}/>\n`;
  }
  out += badge(n, status, text);
  return `${out}</g>\n`;
}

function edgeOverlay(e: DrawingEdge, points: Array<[number, number]>, status: 'removed' | 'moved'): string {
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join('');
  // Which line it marks, for a reader of the SVG (and the tests): from the manager to the report.
  const line = `data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}"`;
  if (status === 'moved') return `<path ${line} d="${d}" fill="none" stroke="${COLORS.moved}" stroke-width="2.5"/>\n`;
  // Erase the solid line, then draw it dashed: a line to a ghost is a line that is gone.
  return `<path d="${d}" fill="none" stroke="#ffffff" stroke-width="3"/>\n<path ${line} d="${d}" fill="none" stroke="${COLORS.removed}" stroke-width="1.5" stroke-dasharray="6 4"/>\n`;
}

function legendStrip(
  drawing: Drawing,
  result: DiffResult,
  words: Record<Status, string>,
  labels: { before: string; after: string },
  present: Set<Status>,
  policyNote: string,
): string {
  const y = drawing.height + STRIP.height / 2;
  let x = STRIP.margin;
  let out = `<g class="diff-legend">\n<line x1="0" y1="${drawing.height}" x2="${drawing.width}" y2="${drawing.height}" stroke="#d0d7de"/>\n`;
  const s = result.summary;
  const heading = `${labels.before} → ${labels.after}: +${s.added} ~${s.changed} −${s.removed}${policyNote}`;
  out += `<text x="${x}" y="${num(y + STRIP.size * 0.36)}" font-size="${STRIP.size}" font-weight="700" fill="#1f2328">${escapeXml(heading)}</text>\n`;
  x += textWidth(heading, STRIP.size, true) + STRIP.gap;
  for (const status of ['added', 'moved', 'changed', 'removed'] as Status[]) {
    if (!present.has(status)) continue;
    const dash = status === 'removed' ? ' stroke-dasharray="4 2"' : '';
    out += `<rect x="${num(x)}" y="${num(y - STRIP.swatch / 2)}" width="${STRIP.swatch}" height="${STRIP.swatch}" rx="3" fill="#ffffff" stroke="${COLORS[status]}" stroke-width="2.5"${dash}/>\n`;
    x += STRIP.swatch + 6;
    out += `<text x="${num(x)}" y="${num(y + STRIP.size * 0.36)}" font-size="${STRIP.size}" fill="#57606a">${escapeXml(words[status])}</text>\n`;
    x += textWidth(words[status], STRIP.size) + STRIP.gap;
  }
  return `${out}</g>\n`;
}

export async function formatDiffSvg(result: DiffResult, options: DiffSvgOptions = {}): Promise<string> {
  const locale = pickLocale(options.locale, result.models.after.organization);
  const catalogue = messagesFor(locale);
  const labels = options.labels ?? catalogue.diff.sides;
  const drawing = await drawChart(decoratedView(result, locale));
  const words = catalogue.diff.status;
  const boxStatus = new Map(drawing.nodes.filter((n) => !n.container).map((n) => [n.id, n.status]));

  let overlays = '';
  // A line is marked when its report is a ghost (removed) or newly reports there (moved).
  const marked = (e: DrawingEdge): 'removed' | 'moved' | undefined => {
    if (e.style !== 'solid') return undefined;
    const to = boxStatus.get(e.to);
    if (to === 'removed') return 'removed';
    return to === 'moved' && result.models.before.roles.get(e.to)?.reportsTo !== e.from ? 'moved' : undefined;
  };
  // Per manager and mark, the stretches its other lines keep (built once: linear in the lines).
  const kept = new Map<string, DrawingEdge[]>();
  for (const e of drawing.edges) {
    if (e.style !== 'solid') continue;
    const status = marked(e);
    for (const other of ['removed', 'moved'] as const) {
      if (status === other) continue;
      const key = `${other}\u0000${e.from}`;
      let list = kept.get(key);
      if (!list) kept.set(key, (list = []));
      list.push(e);
    }
  }
  const covers = new Map<string, Cover>();
  for (const e of drawing.edges) {
    const status = marked(e);
    if (!status) continue;
    // Only the stretch that is this line's alone: the trunk and bus its siblings keep stay as they are.
    const key = `${status}\u0000${e.from}`;
    let cover = covers.get(key);
    if (!cover) covers.set(key, (cover = new Cover(kept.get(key) ?? [])));
    for (const stretch of ownStretches(e, cover)) overlays += edgeOverlay(e, stretch, status);
  }
  const present = new Set<Status>();
  const badges = changeBadges(result, catalogue.diff);
  // Departments first, so a role's outline is drawn over its department's.
  for (const n of [...drawing.nodes.filter((x) => x.container), ...drawing.nodes.filter((x) => !x.container)]) {
    const status = n.status;
    if (!status) continue;
    present.add(status);
    // A changed box says what changed, before → after (×6 → ×4); the others their status.
    const text = (status === 'changed' && badges.get(`${n.container ? 'department' : n.kind}\u0000${n.id}`)) || words[status];
    overlays += highlight(n, status, text);
  }

  // The chart, unchanged, nested in an outer SVG with room for the diff legend.
  const chart = writeSvg(drawing).replace(/^<\?xml[^>]*\?>\n/, '');
  const width = drawing.width;
  const height = drawing.height + STRIP.height;
  const title = `orgctl diff: ${labels.before} → ${labels.after} — ${drawing.title}`;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="diff-title" font-family="${escapeXml(FONT_FAMILY)}">\n`;
  out += `<title id="diff-title">${escapeXml(title)}</title>\n`;
  out += `<rect width="${width}" height="${height}" fill="#ffffff"/>\n`;
  out += chart;
  out += `<g class="diff">\n${overlays}</g>\n`;
  // The gates the change breaks, counted in the legend (the other formats list them).
  const errors = result.policy.filter((f) => f.severity === 'error').length;
  const policyNote = result.policy.length ? ` · ${catalogue.diff.policyCounts(errors, result.policy.length - errors)}` : '';
  out += legendStrip(drawing, result, words, labels, present, policyNote);
  out += '</svg>\n';
  return out;
}
