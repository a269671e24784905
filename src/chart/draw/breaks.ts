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
import { createRequire } from 'node:module';
import type LineBreakerClass from 'linebreak';
import { isEmoji, isWide } from './measure.js';

let lineBreaker: typeof LineBreakerClass | undefined;

/**
 * The `linebreak` package, loaded the first time a label does not fit whole on a line (text.ts): loading
 * it builds its Unicode table (a base64 string inflated), which was most of the chart modules' start-up
 * (about 20 ms of a chart's CPU), and the titles of most charts fit whole. Required, not imported, so it
 * is loaded only then (the bundles leave it a package of node_modules).
 */
function loadLineBreaker(): typeof LineBreakerClass {
  return (lineBreaker ??= createRequire(import.meta.url)('linebreak') as typeof LineBreakerClass);
}

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

/**
 * Han ideographs of the CJK Unified Ideographs block only: UAX #14 gives each of them the class ID, and a line may
 * break between any two (rule LB31; no rule keeps two ID together), so such a text's segments are its characters.
 */
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;

/** The UAX #14 segments of `text` (each ends where a line may break). */
function segments(text: string): string[] {
  // Without the package: loading it costs more CPU than the rest of a 1k-role chart's sizing (its table is
  // inflated at load), and the titles that wrap on a Chinese chart are mostly Han alone (the generated
  // 1k-role org's two).
  if (HAN_ONLY.test(text)) return text.split(''); // one UTF-16 unit a character in that block
  const out: string[] = [];
  const breaker = new (loadLineBreaker())(text);
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

/**
 * Grapheme clusters (the root locale: no language tailoring). Made the first time a run needs it: making one loads
 * ICU's break data, about 15 ms of CPU at every chart's start, and most charts break no word between graphemes.
 */
let segmenter: Intl.Segmenter | undefined;

/**
 * Characters between two of which every Unicode version has a grapheme boundary: ASCII, letters of
 * Latin, Greek and Cyrillic, Han ideographs, CJK and full-width punctuation (no mark, no joiner, no
 * Hangul jamo, no Indic consonant among them).
 */
const PLAIN = /^(?!\p{M})[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Han}\u3001-\u3029\u3030-\u303f\uff01-\uff65]$/u;
const MARK = /^\p{M}$/u;

/** A character that may join the one before it into a grapheme: a mark, a joiner, a selector, a skin tone, a flag half, a jamo, a tag. */
function joinsPrevious(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    MARK.test(ch) ||
    cp === 0x200c ||
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0x1f1e6 && cp <= 0x1f1ff) ||
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

/** A character the next one may join: a zero-width joiner, a flag half, a leading jamo. */
function joinsNext(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp === 0x200d || (cp >= 0x1f1e6 && cp <= 0x1f1ff) || (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97f);
}
/** A run of other scripts is cut for the segmenter after about this many characters: V8 walks a long string's segments in quadratic time. */
const LONG_RUN = 256;

/**
 * The grapheme clusters of `text`, linear in its length. Two PLAIN characters in a row are two
 * graphemes without asking; the runs in between go to Intl.Segmenter, a long run cut before a character
 * that cannot join the one before it.
 */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let at = 0;
  let prev = '';
  let prevPlain = false;
  const run = (end: number) => {
    if (end - start === 1) out.push(text[start]!);
    else {
      segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
      for (const { segment } of segmenter.segment(text.slice(start, end))) out.push(segment);
    }
    start = end;
  };
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const plain = (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff) || (code > 0x7f && PLAIN.test(ch));
    if (at > start && ((prevPlain && plain) || (at - start >= LONG_RUN && !joinsPrevious(ch) && !joinsNext(prev)))) run(at);
    prev = ch;
    prevPlain = plain;
    at += ch.length;
  }
  if (at > start) run(at);
  return out;
}
