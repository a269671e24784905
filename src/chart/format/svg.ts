/**
 * The drawing as one self-contained SVG file: no external fonts, images or
 * scripts, a viewBox so it scales to any wall, `<title>` tooltips, and every
 * user string escaped.
 *
 * Paint order: department boxes, then lines, then the departments' header
 * bands and role boxes. Both are opaque: a line into a department visibly
 * reaches the department's border, passes behind its name and comes out
 * below it into the report's box, and no line ever strikes through a label.
 */
import { METRICS, spanBold } from '../draw/boxes.js';
import { FRAME, legendItems, legendItemWidth } from '../draw/drawing.js';
import { paletteFor } from '../draw/palette.js';
import type { Drawing, DrawingEdge, DrawingNode, TextLine, TextSpan } from '../types.js';
import { escapeXml } from '../../core/escape/xml.js';
import { num } from '../draw/num.js';
import { chartWords, type ChartWords } from '../../i18n/index.js';

export const FONT_FAMILY =
  "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans SC','Helvetica Neue',Arial,sans-serif";

const COLORS = { title: '#1f2328', meta: '#57606a', vacant: '#c4321f', more: '#0b63c5', line: '#6e7781', dotted: '#8a5cc2' };

const STYLE = [
  `.chart text{font-family:${FONT_FAMILY}}`,
  `.h1{font-size:${FRAME.titleSize}px;font-weight:700;fill:${COLORS.title}}`,
  `.h2{font-size:${FRAME.subtitleSize}px;fill:${COLORS.meta}}`,
  `.title{font-weight:700;fill:${COLORS.title}}`,
  `.header{font-weight:700}`,
  `.lg{font-size:${FRAME.legendSize}px;fill:${COLORS.meta}}`,
  `.meta{fill:${COLORS.meta}}`,
  `.vacant{fill:${COLORS.vacant}}`,
  `.more{fill:${COLORS.more}}`,
  `.solid{fill:none;stroke:${COLORS.line};stroke-width:1.5px}`,
  `.dotted{fill:none;stroke:${COLORS.dotted};stroke-width:1.5px;stroke-dasharray:6 4}`,
  `.role{fill:#fff;stroke-width:1.2px}`,
  `.dept{stroke-width:1.5px}`,
].join('');

function tooltip(lines: string[], indent: string): string {
  return lines.length ? `${indent}<title>${escapeXml(lines.join('\n'))}</title>\n` : '';
}

function tspans(spans: TextSpan[]): string {
  return spans.map((s) => `<tspan class="${s.tone}">${escapeXml(s.text)}</tspan>`).join('');
}

/** Baseline of a line of `size` px text vertically centred in a band of `height`. */
function baseline(top: number, line: TextLine): number {
  return top + line.height / 2 + line.size * 0.36;
}

function roleBox(n: DrawingNode): string {
  const p = paletteFor(n.color);
  const { x, y, width: w, height: h } = n;
  const r = METRICS.accentBar;
  const accent = `M${num(x)} ${num(y + r)}A${r} ${r} 0 0 1 ${num(x + r)} ${num(y)}H${num(x + w - r)}A${r} ${r} 0 0 1 ${num(x + w)} ${num(y + r)}Z`;
  let out = `<g data-id="${escapeXml(n.id)}">\n`;
  out += tooltip(n.tooltip, ' ');
  out += ` <rect class="role" x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${r}" stroke="${p.stroke}"/>\n`;
  out += ` <path d="${accent}" fill="${p.stroke}"/>\n`;
  // The text block is centred vertically when the box is taller than its lines (a minimum height).
  const textHeight = n.lines.reduce((s, l) => s + l.height, 0);
  let top = y + Math.max(METRICS.padTop, (h - textHeight + METRICS.padTop - METRICS.padBottom) / 2);
  for (const line of n.lines) {
    out += ` <text x="${num(x + w / 2)}" y="${num(baseline(top, line))}" font-size="${line.size}" text-anchor="middle">${tspans(line.spans)}</text>\n`;
    top += line.height;
  }
  return `${out}</g>\n`;
}

function departmentBox(n: DrawingNode): string {
  const p = paletteFor(n.color);
  let out = `<g data-id="${escapeXml(n.id)}">\n`;
  out += tooltip(n.tooltip, ' ');
  out += ` <rect class="dept" x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="${DEPT_RADIUS}" fill="${p.fill}" stroke="${p.stroke}"/>\n`;
  return `${out}</g>\n`;
}

const DEPT_RADIUS = 8;

/** The header band (inside the border, so the border stays whole) and the department's name on it. */
function departmentHeader(n: DrawingNode): string {
  const p = paletteFor(n.color);
  const inset = 0.75; // half the border's width
  const band = n.lines.reduce((s, l) => s + l.height, 0) + METRICS.headerPadTop + METRICS.headerPadBottom;
  const r = DEPT_RADIUS - inset;
  const [x0, x1, y0, y1] = [n.x + inset, n.x + n.width - inset, n.y + inset, n.y + band];
  let out = `<g>\n`;
  out += tooltip(n.tooltip, ' ');
  out += ` <path d="M${num(x0)} ${num(y1)}V${num(y0 + r)}A${num(r)} ${num(r)} 0 0 1 ${num(x0 + r)} ${num(y0)}H${num(x1 - r)}A${num(r)} ${num(r)} 0 0 1 ${num(x1)} ${num(y0 + r)}V${num(y1)}Z" fill="${p.band}"/>\n`;
  let top = n.y + METRICS.headerPadTop;
  for (const line of n.lines) {
    const spans = line.spans
      .map((s) => `<tspan class="${s.tone}"${spanBold(s) ? ` fill="${p.text}"` : ''}>${escapeXml(s.text)}</tspan>`)
      .join('');
    out += ` <text x="${num(n.x + METRICS.headerPadX)}" y="${num(baseline(top, line))}" font-size="${line.size}">${spans}</text>\n`;
    top += line.height;
  }
  return `${out}</g>\n`;
}

/** The arrowhead at the report's end of a dotted line: which way the line runs (the legend's sample has one too). */
const ARROW = `<defs><marker id="dotted-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 1L9 5L0 9Z" fill="${COLORS.dotted}"/></marker></defs>\n`;

function edgePath(e: DrawingEdge, hover: string): string {
  // p[0], p[1], not ([x, y]) =>: a destructured pair is an iterator and its results for each point until V8 optimises this.
  let d = '';
  for (let i = 0; i < e.points.length; i++) d += `${i ? 'L' : 'M'}${num(e.points[i]![0])} ${num(e.points[i]![1])}`;
  const arrow = e.style === 'dotted' ? ' marker-end="url(#dotted-arrow)"' : '';
  return `<path class="${e.style}" d="${d}"${arrow}><title>${escapeXml(hover)}</title></path>\n`;
}

/** What a line means, for its tooltip. */
function edgeHover(words: ChartWords, departments: boolean, e: DrawingEdge, labels: Map<string, string>): string {
  const from = labels.get(e.from) ?? e.from;
  const to = labels.get(e.to) ?? e.to;
  if (e.style === 'dotted') return words.dottedTo(to, from);
  return departments ? words.partOf(to, from) : words.reportsTo(to, from);
}

function legend(drawing: Drawing): string {
  let x = FRAME.margin;
  const y = drawing.legendY + FRAME.legendLine / 2;
  let out = '<g class="legend">\n';
  for (const item of legendItems(drawing)) {
    if (item.kind === 'solid' || item.kind === 'dotted') {
      const arrow = item.kind === 'dotted' ? ' marker-end="url(#dotted-arrow)"' : '';
      out += `<path class="${item.kind}" d="M${num(x)} ${num(y)}h${FRAME.legendSample}"${arrow}/>\n`;
    }
    const textX = item.kind === 'solid' || item.kind === 'dotted' ? x + FRAME.legendSample + FRAME.legendSampleGap : x;
    const cls = item.kind === 'vacant' ? 'lg vacant' : item.kind === 'more' ? 'lg more' : 'lg';
    out += `<text class="${cls}" x="${num(textX)}" y="${num(y + FRAME.legendSize * 0.36)}">${escapeXml(item.text)}</text>\n`;
    x += legendItemWidth(item) + FRAME.legendItemGap;
  }
  return `${out}</g>\n`;
}

/**
 * The SVG, handed to `emit` piece by piece in file order (a box at a time), so
 * a caller can write a chart of 100k roles (tens of megabytes) to a file
 * without ever holding it as one string; `writeSvg` joins the same pieces.
 */
export function emitSvg(drawing: Drawing, emit: (chunk: string) => void): void {
  const { width, height } = drawing;
  const containers = drawing.nodes.filter((n) => n.container);
  const boxes = drawing.nodes.filter((n) => !n.container);
  let head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  head += `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" font-family="${FONT_FAMILY}">\n`;
  head += `<title id="chart-title">${escapeXml([drawing.title, drawing.subtitle].filter(Boolean).join(' — '))}</title>\n`;
  head += `<style>${STYLE}</style>\n`;
  if (drawing.hasDotted) head += ARROW;
  head += `<rect width="${width}" height="${height}" fill="#ffffff"/>\n`;
  head += `<text class="h1" x="${num(width / 2)}" y="${num(FRAME.margin + FRAME.titleSize * 0.9)}" text-anchor="middle">${escapeXml(drawing.title)}</text>\n`;
  if (drawing.subtitle) {
    head += `<text class="h2" x="${num(width / 2)}" y="${num(FRAME.margin + FRAME.titleLine + FRAME.subtitleSize * 0.9)}" text-anchor="middle">${escapeXml(drawing.subtitle)}</text>\n`;
  }
  emit(head);
  emit('<g class="departments">\n');
  for (const n of containers) emit(departmentBox(n));
  emit('</g>\n');
  const labels = new Map(boxes.map((n) => [n.id, n.label]));
  const words = chartWords(drawing.locale);
  const departments = boxes.some((n) => n.box?.kind === 'department');
  emit('<g class="lines">\n');
  for (const e of drawing.edges) emit(edgePath(e, edgeHover(words, departments, e, labels)));
  emit('</g>\n');
  emit('<g class="headers">\n');
  for (const n of containers) emit(departmentHeader(n));
  emit('</g>\n');
  emit('<g class="roles">\n');
  for (const n of boxes) emit(roleBox(n));
  emit('</g>\n');
  emit(legend(drawing));
  emit('</svg>\n');
}

/** The whole SVG as one string (small charts, the API, the diff and the PNG). */
export function writeSvg(drawing: Drawing): string {
  const parts: string[] = [];
  emitSvg(drawing, (chunk) => parts.push(chunk));
  return parts.join('');
}
