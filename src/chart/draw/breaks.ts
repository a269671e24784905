/**
 * Where a label may break, before any width is known: the Unicode line
 * breaking algorithm (UAX #14, the `linebreak` package) gives the
 * opportunities (between CJK characters, after spaces, never before closing
 * punctuation or after an opening bracket), then two tailorings readers of a
 * wall chart expect:
 *
 * - Latin breaks only at spaces. UAX #14 also breaks after a hyphen or a slash
 *   ("Cross-|Border", "Ops/|Growth"); those stay inside the word and are used
 *   only when the word alone is wider than the box.
 * - A bracketed part stays whole: "(直通车/万相台)" is one unit, broken inside
 *   only when it alone is wider than the box.
 *
 * The result is a list of units, each with the finer units it may be broken
 * into when it does not fit on a line of its own (bracket group → words →
 * UAX #14 segments; a segment is split between graphemes by the wrapper).
 */
import LineBreaker from 'linebreak';
import { isEmoji, isWide } from './measure.js';

export interface BreakUnit {
  /** The text, with the spaces after it. */
  text: string;
  /** The finer units it may be broken into, when it is wider than a line. */
  parts?: BreakUnit[];
}

/** Opening and closing brackets, by kind: a closing bracket ends the group its own kind opened. */
const OPENING = new Map<string, number>();
const CLOSING = new Map<string, number>();
['(（', '[［', '{｛', '【〖', '〔〘', '「｢', '『', '《', '〈', '“', '‘'].forEach((chars, kind) => {
  for (const ch of chars) OPENING.set(ch, kind);
});
[')）', ']］', '}｝', '】〗', '〕〙', '」｣', '』', '》', '〉', '”', '’'].forEach((chars, kind) => {
  for (const ch of chars) CLOSING.set(ch, kind);
});

/** The UAX #14 segments of `text` (each ends where a line may break). */
function segments(text: string): string[] {
  const out: string[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > last) out.push(text.slice(last, bk.position));
    last = bk.position;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A character that takes part in a Latin-style word (not a space, not one of the scripts that break anywhere). */
function isWordChar(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return ch !== ' ' && !isWide(cp) && !isEmoji(cp);
}

function lastChar(text: string): string {
  const cp = text.codePointAt(text.length - 1)!;
  // A low surrogate: the character is the pair.
  return cp >= 0xdc00 && cp <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0)!);
}

/** Join segments into words: a break between two word characters (after a hyphen, a slash) is kept inside. */
function words(segs: string[]): BreakUnit[] {
  const out: BreakUnit[] = [];
  let parts: string[] = [];
  const flush = () => {
    if (!parts.length) return;
    out.push(parts.length === 1 ? { text: parts[0]! } : { text: parts.join(''), parts: parts.map((text) => ({ text })) });
    parts = [];
  };
  for (const seg of segs) {
    const prev = parts[parts.length - 1];
    if (prev === undefined || !isWordChar(lastChar(prev)) || !isWordChar(firstChar(seg))) flush();
    parts.push(seg);
  }
  flush();
  return out;
}

/**
 * For each outermost bracket pair, the UTF-16 offsets of its opening and
 * closing bracket. A closing bracket that does not close the innermost open
 * one is ignored (an apostrophe is a ’ too), and so is a bracket left open.
 */
function bracketSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const open: { kind: number; at: number }[] = [];
  let at = 0;
  for (const ch of text) {
    const opening = OPENING.get(ch);
    const closing = CLOSING.get(ch);
    if (closing !== undefined && open.length && open[open.length - 1]!.kind === closing) {
      const start = open.pop()!.at;
      if (!open.length) spans.push([start, at]);
    } else if (opening !== undefined) open.push({ kind: opening, at });
    at += ch.length;
  }
  return spans;
}

/** The units `text` (whitespace already collapsed) may be wrapped at, in order. */
export function breakUnits(text: string): BreakUnit[] {
  const ws = words(segments(text));
  const spans = bracketSpans(text);
  if (!spans.length) return ws;
  const out: BreakUnit[] = [];
  let start = 0; // offset of ws[i]
  let span = 0;
  let group: BreakUnit[] | undefined;
  for (const w of ws) {
    const end = start + w.text.length;
    // Skip pairs that lie inside a single word ("(a)b"): nothing to hold together across units.
    while (span < spans.length && spans[span]![1] < start) span++;
    const s = spans[span];
    if (group === undefined && s !== undefined && s[0] >= start && s[0] < end && s[1] >= end) group = [];
    if (group !== undefined) {
      group.push(w);
      if (s !== undefined && s[1] < end) {
        out.push({ text: group.map((g) => g.text).join(''), parts: group });
        group = undefined;
        span++;
      }
    } else out.push(w);
    start = end;
  }
  if (group !== undefined) out.push(...group);
  return out;
}
