/**
 * No line of one CJK character. Greedy wrapping leaves "人" alone under
 * "品牌会员运营与私域社群负责" whenever a title is one character longer than a
 * line; a reader sees a stray glyph, not the end of a word. Such a line and
 * its neighbour are re-split where the two lines come out most even (both
 * still fitting, neither left with one character): "品牌会员运营与" /
 * "私域社群负责人".
 */
import { emOf, isWide } from './measure.js';

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // ASCII without the regular expression: a long Latin line is read once per wrap.
  return code < 0x80 ? (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) : LETTER.test(ch);
}

/** Letters (and digits) in `text`, and how many of them are wide (CJK). */
function letters(text: string): { all: number; wide: number } {
  let all = 0;
  let wide = 0;
  for (const ch of text) {
    if (!isLetter(ch)) continue;
    all++;
    if (isWide(ch.codePointAt(0)!)) wide++;
  }
  return { all, wide };
}

const isOrphan = (all: number, wide: number) => all === 1 && wide === 1;

/** One CJK character, with at most punctuation about it ("人", "台)"). Reads no further than a second letter. */
export function isOrphanLine(text: string): boolean {
  let found = '';
  for (const ch of text) {
    if (!isLetter(ch)) continue;
    if (found) return false;
    found = ch;
  }
  return found !== '' && isWide(found.codePointAt(0)!);
}

/**
 * Re-split lines `a` and `a + 1` (each a list of the units placed on it) at the unit boundary that makes
 * the longer of the two shortest, both fitting and neither an orphan; false when no such boundary exists.
 * Linear in the units of the two lines: widths and letter counts are prefix sums.
 */
function resplit(lines: string[][], a: number, fits: (line: string) => boolean, widthEm: (em: number) => boolean, bold: boolean): boolean {
  const units = [...lines[a]!, ...lines[a + 1]!];
  const n = units.length;
  const full = [0]; // full[j]: em of units 0..j-1, trailing spaces included
  const trimmed: number[] = []; // trimmed[j]: em of unit j without its trailing space
  const all = [0];
  const wide = [0];
  for (let j = 0; j < n; j++) {
    const u = units[j]!;
    trimmed.push(emOf(u.trimEnd(), bold));
    full.push(full[j]! + emOf(u, bold));
    const l = letters(u);
    all.push(all[j]! + l.all);
    wide.push(wide[j]! + l.wide);
  }
  const candidates: { k: number; longest: number; first: number }[] = [];
  for (let k = 1; k < n; k++) {
    const first = full[k - 1]! + trimmed[k - 1]!;
    const second = full[n - 1]! - full[k]! + trimmed[n - 1]!;
    if (!widthEm(first) || !widthEm(second)) continue;
    if (isOrphan(all[k]!, wide[k]!) || isOrphan(all[n]! - all[k]!, wide[n]! - wide[k]!)) continue;
    candidates.push({ k, longest: Math.max(first, second), first });
  }
  // Most even first; between equals, the upper line the longer (the shape of a wrapped title).
  candidates.sort((x, y) => x.longest - y.longest || y.first - x.first || x.k - y.k);
  // A few tries at most: many equal candidates (zero-width units) must not make this quadratic.
  for (const { k } of candidates.slice(0, 3)) {
    const top = units.slice(0, k);
    const bottom = units.slice(k);
    // The sums above add in another order than a line's own measure: check the lines as drawn.
    if (!fits(top.join('').trimEnd()) || !fits(bottom.join('').trimEnd())) continue;
    lines.splice(a, 2, top, bottom);
    return true;
  }
  return false;
}

/** Rid `lines` (lists of units) of one-character CJK lines where a neighbour can share its units. */
export function fixOrphans(
  lines: string[][],
  fits: (line: string) => boolean,
  widthEm: (em: number) => boolean,
  bold: boolean,
): string[][] {
  for (let i = 0; i < lines.length && lines.length > 1; i++) {
    if (!isOrphanLine(lines[i]!.join(''))) continue;
    if (i > 0 && resplit(lines, i - 1, fits, widthEm, bold)) continue;
    if (i + 1 < lines.length) resplit(lines, i, fits, widthEm, bold);
  }
  return lines;
}
