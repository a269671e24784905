/**
 * Labels wrapped to a box: where lines may break comes from breaks.ts (UAX #14,
 * Latin at spaces, brackets kept whole), how wide text is from measure.ts,
 * and orphans.ts keeps a CJK character from ending up alone on a line. The
 * chart, the diff chart, the interactive chart and the PNG all draw the lines
 * computed here, so a title wraps the same everywhere.
 *
 * What is measured is what is drawn: the text as the escapers show it
 * (displayText: a bidi control as the six characters `\u202e`, a forbidden
 * code point as U+FFFD). wrapText and wrapItems return that text, and
 * textWidth measures it, so a box fits the label written into it.
 */
import { displayText } from '../../core/escape/codePoints.js';
import { breakUnits, graphemes, type BreakUnit } from './breaks.js';
import { charWidthEm, emOf, emToWidth, textWidth as rawTextWidth } from './measure.js';
import { fixOrphans } from './orphans.js';

export { charWidthEm, isWide } from './measure.js';

/** Width of `text` as drawn (displayText), in user units at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  return rawTextWidth(displayText(text), size, bold);
}

/**
 * Wrap `text` (as drawn) into lines no wider than `maxWidth`: greedy (what readers
 * expect of labels), at the break opportunities of breaks.ts, a unit wider
 * than a line broken into its finer units and, last of all, between
 * graphemes; then no one-character CJK line. Never returns an empty list;
 * whitespace runs are collapsed the way SVG shows them.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const clean = displayText(text).replace(/\s+/g, ' ').trim();
  if (!clean) return [''];
  const fitsEm = (em: number) => emToWidth(em, size) <= maxWidth;
  // A label that fits whole is one line, as the greedy wrapper below would make it: it sums the same widths in the
  // same order (a unit's trailing space as emOf(' ')), and a sum of widths never shrinks, so every unit fits where
  // the whole does. Most titles on a chart are such, and need no break analysis (UAX #14) at all.
  if (fitsEm(emOf(clean, bold))) return [clean];
  // `text`'s width added to `start` em, or Infinity as soon as it no longer fits: a word far wider than
  // the line is not measured to its end (twice) before it is broken.
  const within = (text: string, start: number) => {
    let em = start;
    for (const ch of text) {
      em += charWidthEm(ch, bold);
      if (!fitsEm(em)) return Infinity;
    }
    return em;
  };
  const space = emOf(' ', bold);
  const lines: string[][] = []; // the units placed on each line, trailing spaces kept
  let cur: string[] = [];
  // Width of `cur` in em, trailing space included, summed character by character from the line's start (as
  // textWidth does, so each comparison sees the float the finished line measures): never re-measured.
  let curEm = 0;
  const breakLine = () => {
    if (cur.length) lines.push(cur);
    cur = [];
    curEm = 0;
  };
  const put = (unit: string, em: number) => {
    cur.push(unit);
    curEm = unit.endsWith(' ') ? em + space : em;
  };
  // Units still to place, the next one last (a unit too wide for a line is replaced by its parts in place).
  const pending: BreakUnit[] = breakUnits(clean).reverse();
  for (let unit = pending.pop(); unit; unit = pending.pop()) {
    const trimmed = unit.text.trimEnd();
    const onLine = within(trimmed, curEm);
    if (fitsEm(onLine)) {
      put(unit.text, onLine);
      continue;
    }
    const alone = within(trimmed, 0);
    if (fitsEm(alone)) {
      breakLine();
      put(unit.text, alone);
      continue;
    }
    if (unit.parts) {
      for (let i = unit.parts.length - 1; i >= 0; i--) pending.push(unit.parts[i]!);
      continue;
    }
    // One segment wider than a whole line: between graphemes, on lines of its own.
    breakLine();
    let piece = '';
    let em = 0;
    for (const segment of graphemes(trimmed)) {
      const next = emOf(segment, bold, em);
      if (piece && !fitsEm(next)) {
        lines.push([piece]);
        piece = segment;
        em = emOf(segment, bold);
      } else {
        piece += segment;
        em = next;
      }
    }
    put(piece + unit.text.slice(trimmed.length), em);
  }
  breakLine();
  const fits = (line: string) => rawTextWidth(line, size, bold) <= maxWidth;
  return fixOrphans(lines, fits, fitsEm, bold).map((units) => units.join('').trimEnd());
}

/**
 * Wrap a list (names with their separators attached) so that a line breaks
 * only between items; an item wider than a whole line is wrapped on its own.
 */
export function wrapItems(items: string[], maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const item of items.map(displayText)) {
    if (rawTextWidth((cur + item).trim(), size, bold) <= maxWidth) {
      cur += item;
      continue;
    }
    if (cur.trim()) lines.push(cur.trim());
    if (rawTextWidth(item.trim(), size, bold) <= maxWidth) cur = item.trimStart();
    else {
      const pieces = wrapText(item, maxWidth, size, bold);
      lines.push(...pieces.slice(0, -1));
      cur = pieces[pieces.length - 1]!;
    }
  }
  if (cur.trim() || !lines.length) lines.push(cur.trim());
  return lines;
}
