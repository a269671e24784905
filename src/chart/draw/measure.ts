/**
 * Text measuring without a browser: how wide a label will be when the SVG is
 * shown, so boxes are sized to their text and long titles wrap instead of
 * spilling out.
 *
 * CJK ideographs, kana, Hangul and full-width forms are one em wide in every
 * CJK font. Latin is proportional: the table below holds, for each printable
 * ASCII character, the wider of Noto Sans CJK SC (what the SVG's font stack
 * picks on Linux, and whose Latin glyphs are used for mixed text) and
 * Liberation Sans (metric-compatible with Arial/Helvetica, the fallbacks on
 * Windows and macOS), measured in Chromium, in thousandths of an em. Erring
 * wide is deliberate: a box a few pixels too roomy is invisible, a label
 * that overflows is not.
 */

// prettier-ignore
const ASCII_REGULAR = [
  278,323,474,556,556,921,680,278,338,338,467,584,278,347,278,392,556,555,556,556,556,556,556,556,556,556,278,278,584,584,584,556,
  1015,667,667,722,722,667,611,778,728,293,500,667,556,833,723,778,667,778,722,667,611,722,667,944,667,667,611,338,392,338,555,559,
  606,563,618,500,620,556,322,564,607,275,275,552,284,926,610,606,620,620,388,500,357,607,521,802,500,521,500,338,270,338,584,
];
// prettier-ignore
const ASCII_BOLD = [
  278,370,574,590,590,963,740,325,378,378,507,590,325,370,325,387,590,590,590,590,590,590,590,590,590,590,333,333,590,590,590,611,
  1007,722,722,722,722,667,611,778,757,330,556,722,611,853,749,778,667,778,722,667,625,748,667,944,667,667,611,378,387,378,590,567,
  626,591,644,556,644,581,360,611,640,304,306,604,315,964,641,626,644,644,436,556,400,637,576,863,562,574,511,389,296,389,590,
];

/** Extra room on every measured width, for fonts a little wider than the table (DejaVu Sans). */
const SAFETY = 1.06;

/** Characters drawn one em wide: CJK scripts, full-width forms, CJK punctuation. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303f) || // CJK radicals, Kangxi, CJK symbols and punctuation
    (cp >= 0x3040 && cp <= 0x33ff) || // kana, Bopomofo, Hangul compatibility, CJK compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B–H
  );
}

export function isEmoji(cp: number): boolean {
  return (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf);
}

function isCombining(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d || cp === 0x200b;
}

/** Width of one character in em. */
export function charWidthEm(ch: string, bold: boolean): number {
  return codePointWidthEm(ch.codePointAt(0)!, bold);
}

/** Width of the character with code point `cp` in em. */
function codePointWidthEm(cp: number, bold: boolean): number {
  if (cp >= 32 && cp < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[cp - 32]! / 1000;
  if (isCombining(cp)) return 0;
  if (isWide(cp)) return 1;
  if (isEmoji(cp)) return 1.25;
  if (cp === 0xd7 || cp === 0xb7) return 0.6; // × and ·, used in the labels themselves
  // Other scripts (accented Latin, Greek, Cyrillic, …): about as wide as a capital letter.
  return bold ? 0.75 : 0.7;
}

/** A width in em, in user units at `size` px (with the safety margin). */
export function emToWidth(em: number, size: number): number {
  return em * size * SAFETY;
}

/** Width of `text` in user units at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  return emToWidth(emOf(text, bold), size);
}

/**
 * Width of `text` in em, added to `start` one character at a time: a line measured unit by unit this way
 * gets the very float textWidth gives the whole line, so "fits" means the same to the wrapper and its tests.
 */
export function emOf(text: string, bold: boolean, start = 0): number {
  let em = start;
  // By code point, as \`for (const ch of text)\` went (a pair of surrogates together, a lone one alone), without
  // the string of each character: most of a Chinese chart's characters are not one-byte, and each was garbage.
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    em += codePointWidthEm(cp, bold);
    i += cp > 0xffff ? 2 : 1;
  }
  return em;
}
