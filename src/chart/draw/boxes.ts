/**
 * What each box says and how big it must be: the title (wrapped), the people
 * in the seats, seats and vacancies, "+N" when collapsed; a department
 * container's header. Sizes come from the measured text, so the layout gets
 * boxes their labels fit in. All role boxes of a chart share one width (a
 * tidy wall chart); heights follow the number of lines.
 */
import { displayText } from '../../core/escape/codePoints.js';
import { textWidth, wrapItems, wrapText } from './text.js';
import { textWidth as rawTextWidth } from './measure.js';
import type { ChartBox, ChartGraph, ChartGroup, TextLine, TextSpan } from '../types.js';
import { chartWords, type ChartWords } from '../../i18n/index.js';
import type { Locale } from '../../core/locale.js';

export const METRICS = {
  /** Box title (bold) and the smaller detail lines. */
  titleSize: 14,
  titleLine: 19,
  metaSize: 12,
  metaLine: 16,
  /** Department-level boxes are a little larger. */
  deptTitleSize: 15,
  deptTitleLine: 20,
  /** Inside a box: sides, above the first line (the accent bar is in it), below the last. */
  padX: 10,
  padTop: 11,
  padBottom: 9,
  accentBar: 4,
  roleMinWidth: 132,
  roleMaxWidth: 196,
  deptMinWidth: 168,
  deptMaxWidth: 236,
  minHeight: 48,
  /** Department container header. */
  headerSize: 13,
  headerLine: 18,
  headerPadTop: 7,
  headerPadBottom: 5,
  headerPadX: 12,
  headerMaxWidth: 340,
  /** Most holder names listed in a box before "+N more". */
  maxNames: 6,
};

const BOLD_TONES = new Set<TextSpan['tone']>(['title', 'header']);

export function spanBold(span: TextSpan): boolean {
  return BOLD_TONES.has(span.tone);
}

/** A line of spans holding the text as drawn (displayText), measured. */
function line(parts: TextSpan[], size: number, height: number): TextLine {
  const spans = parts.map((s) => ({ ...s, text: displayText(s.text) }));
  // Measured as they are (rawTextWidth): the text is displayText's already, and textWidth would run it through again.
  let width = 0;
  for (let i = 0; i < spans.length; i++) width += rawTextWidth(spans[i]!.text, size, spanBold(spans[i]!));
  return { spans, size, width, height };
}

function joinSpans(parts: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push({ text: ' · ', tone: 'meta' });
    out.push(p);
  });
  return out;
}

/** The detail lines under a box's title, as single unwrapped strings with their tone. */
function detailParts(box: ChartBox, words: ChartWords): { names?: string[]; status: TextSpan[]; more?: string } {
  const status: TextSpan[] = [];
  // Pieces a line may break between (a name is never split, unless it alone is wider than the box).
  let names: string[] | undefined;
  if (box.kind === 'department') {
    if (box.head !== undefined) names = [`${words.head}: `, box.head];
    status.push({ text: words.seats(box.seats), tone: 'meta' });
    if (box.vacancies) status.push({ text: words.vacantN(box.vacancies), tone: 'vacant' });
  } else {
    if (box.holders?.length) {
      const shown = box.holders.length > METRICS.maxNames ? box.holders.slice(0, METRICS.maxNames - 1) : box.holders;
      names = shown.map((n, i) => (i < shown.length - 1 ? n + words.listSeparator : n));
      if (shown.length < box.holders.length) names.push(` ${words.moreNames(box.holders.length - shown.length)}`);
    }
    if (box.seats !== 1) status.push({ text: `×${box.seats}`, tone: 'meta' });
    if (box.seats === 0) status.push({ text: words.unfunded, tone: 'meta' });
    if (box.holders !== undefined && box.vacancies) {
      const allVacant = box.holders.length === 0 && box.seats === 1;
      status.push({ text: allVacant ? words.vacant : words.vacantN(box.vacancies), tone: 'vacant' });
    }
  }
  return { ...(names !== undefined ? { names } : {}), status: joinSpans(status), ...(box.hidden ? { more: `+${box.hidden}` } : {}) };
}

/**
 * A box's title lines, wrapped to one inner width, kept by kind and title for one sizeBoxes call: a chart
 * has many boxes of each title (1,000 roles, 78 titles in the generated org), and wrapping was half of
 * the sizing. Each box gets lines of its own (copies), as when each title was wrapped anew.
 */
class TitleLines {
  private readonly kept = new Map<string, TextLine[]>();
  constructor(private readonly inner: number) {}

  of(box: ChartBox): TextLine[] {
    const dept = box.kind === 'department';
    const key = `${dept ? 'd' : 'r'}${box.title}`;
    let lines = this.kept.get(key);
    if (!lines) {
      const size = dept ? METRICS.deptTitleSize : METRICS.titleSize;
      const height = dept ? METRICS.deptTitleLine : METRICS.titleLine;
      lines = wrapText(box.title, this.inner, size, true).map((t) => line([{ text: t, tone: 'title' }], size, height));
      this.kept.set(key, lines);
    }
    return lines.map((l) => ({ ...l, spans: l.spans.map((span) => ({ ...span })) }));
  }
}

type DetailParts = ReturnType<typeof detailParts>;

/** The box's lines wrapped to `inner` width (its title's from `titles`, made for that width). */
function boxLines(box: ChartBox, inner: number, titles: TitleLines, details: DetailParts): TextLine[] {
  const lines = titles.of(box);
  const { names, status, more } = details;
  if (names !== undefined) {
    for (const t of wrapItems(names, inner, METRICS.metaSize))
      lines.push(line([{ text: t, tone: 'meta' }], METRICS.metaSize, METRICS.metaLine));
  }
  if (status.length) {
    const one = line(status, METRICS.metaSize, METRICS.metaLine);
    if (one.width <= inner) lines.push(one);
    // Too long for one line (a narrow box, long words): one part per line, each wrapped.
    else
      for (const s of status)
        if (s.text !== ' · ')
          for (const t of wrapText(s.text, inner, METRICS.metaSize))
            lines.push(line([{ text: t, tone: s.tone }], METRICS.metaSize, METRICS.metaLine));
  }
  if (more !== undefined) lines.push(line([{ text: more, tone: 'more' }], METRICS.metaSize, METRICS.metaLine));
  return lines;
}

/** The widest a box would like to be with every line unwrapped (its title's width measured once a kind and title: `titleWidths`). */
function naturalWidth(box: ChartBox, details: DetailParts, titleWidths: Map<string, number>): number {
  const dept = box.kind === 'department';
  const { names, status } = details;
  const key = `${dept ? 'd' : 'r'}${box.title}`;
  let title = titleWidths.get(key);
  if (title === undefined) {
    title = textWidth(box.title, dept ? METRICS.deptTitleSize : METRICS.titleSize, true);
    titleWidths.set(key, title);
  }
  let w = title;
  if (names !== undefined) w = Math.max(w, textWidth(names.join(''), METRICS.metaSize));
  w = Math.max(w, line(status, METRICS.metaSize, 0).width);
  return w + 2 * METRICS.padX;
}

export interface SizedBox {
  box: ChartBox;
  width: number;
  height: number;
  lines: TextLine[];
}

export interface GroupHeader {
  lines: TextLine[];
  /** The header band's height. */
  height: number;
  /** The container must be at least this wide for the header to fit. */
  minWidth: number;
}

/** Size every box of the chart (one shared width, chosen from the widest natural label within bounds). */
export function sizeBoxes(graph: ChartGraph): Map<string, SizedBox> {
  const words = chartWords(graph.locale);
  const dept = graph.level === 'department';
  const min = dept ? METRICS.deptMinWidth : METRICS.roleMinWidth;
  const max = dept ? METRICS.deptMaxWidth : METRICS.roleMaxWidth;
  let width = min;
  const details = graph.boxes.map((b) => detailParts(b, words));
  const titleWidths = new Map<string, number>();
  graph.boxes.forEach((b, i) => {
    width = Math.max(width, Math.min(max, naturalWidth(b, details[i]!, titleWidths)));
  });
  width = Math.ceil(width);
  const titles = new TitleLines(width - 2 * METRICS.padX);
  const out = new Map<string, SizedBox>();
  graph.boxes.forEach((b, i) => {
    const lines = boxLines(b, width - 2 * METRICS.padX, titles, details[i]!);
    const textHeight = lines.reduce((h, l) => h + l.height, 0);
    const height = Math.max(METRICS.minHeight, Math.ceil(METRICS.padTop + textHeight + METRICS.padBottom));
    out.set(b.id, { box: b, width, height, lines });
  });
  return out;
}

export function groupHeader(group: ChartGroup, locale: Locale): GroupHeader {
  const words = chartWords(locale);
  const size = METRICS.headerSize;
  const seats = words.seats(group.seats);
  const oneLine = line(
    [
      { text: group.name, tone: 'header' },
      { text: ` · ${seats}`, tone: 'meta' },
    ],
    size,
    METRICS.headerLine,
  );
  let lines: TextLine[];
  if (oneLine.width <= METRICS.headerMaxWidth) lines = [oneLine];
  else {
    lines = wrapText(group.name, METRICS.headerMaxWidth, size, true).map((t) =>
      line([{ text: t, tone: 'header' }], size, METRICS.headerLine),
    );
    lines.push(line([{ text: seats, tone: 'meta' }], size, METRICS.headerLine));
  }
  const textHeight = lines.reduce((h, l) => h + l.height, 0);
  return {
    lines,
    height: Math.ceil(METRICS.headerPadTop + textHeight + METRICS.headerPadBottom),
    minWidth: Math.ceil(Math.max(...lines.map((l) => l.width)) + 2 * METRICS.headerPadX),
  };
}

/** A box's label as plain lines (title, people, seats, "+N"), for writers that lay text out themselves (Mermaid, DOT). */
export function plainLabel(box: ChartBox, locale: Locale): string[] {
  const { names, status, more } = detailParts(box, chartWords(locale));
  const lines = [box.title];
  if (names !== undefined) lines.push(names.join(''));
  if (status.length) lines.push(status.map((s) => s.text).join(''));
  if (more !== undefined) lines.push(more);
  return lines;
}

/** A department container's label as one plain line. */
export function plainGroupLabel(group: ChartGroup, locale: Locale): string {
  return `${group.name} · ${chartWords(locale).seats(group.seats)}`;
}
