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

function isEmoji(cp: number): boolean {
  return (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf);
}

function isCombining(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d || cp === 0x200b;
}

/** Width of one character in em. */
export function charWidthEm(ch: string, bold: boolean): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 32 && cp < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[cp - 32]! / 1000;
  if (isCombining(cp)) return 0;
  if (isWide(cp)) return 1;
  if (isEmoji(cp)) return 1.25;
  if (cp === 0xd7 || cp === 0xb7) return 0.6; // × and ·, used in the labels themselves
  // Other scripts (accented Latin, Greek, Cyrillic, …): about as wide as a capital letter.
  return bold ? 0.75 : 0.7;
}

/** Width of `text` in user units at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch, bold);
  return em * size * SAFETY;
}

// Kinsoku: characters that may not start a line, and ones that may not end it.
const NO_LINE_START = new Set(Array.from('、。，．,.：:；;！!？?）)」』】〕》〉’”%％·・ー～…'));
const NO_LINE_END = new Set(Array.from('（(「『【〔《〈‘“'));

/**
 * Break `text` into pieces that may not be split across lines: each wide
 * (CJK) character on its own (with the punctuation that must stay with it),
 * Latin words with the spaces after them.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  // The last character of `cur` when it is not empty (every branch below ends with `ch` last in it),
  // kept as we go: reading it back off a long word per character would be quadratic.
  let last = '';
  const flush = () => {
    if (cur) out.push(cur);
    cur = '';
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (NO_LINE_START.has(ch) && (out.length || cur)) {
      // Glue to what came before (flush first so it joins the last token).
      if (cur) {
        cur += ch;
        last = ch;
      } else out[out.length - 1] = out[out.length - 1]! + ch;
      continue;
    }
    const afterOpening = cur !== '' && NO_LINE_END.has(last);
    last = ch;
    if (isWide(cp) || isEmoji(cp)) {
      // An opening bracket keeps the character after it on its line.
      if (afterOpening) cur += ch;
      else {
        flush();
        cur = ch;
      }
      if (!NO_LINE_END.has(ch)) flush();
      continue;
    }
    if (ch === ' ') {
      cur += ch;
      flush();
      continue;
    }
    if (NO_LINE_END.has(ch)) {
      if (!afterOpening) flush();
      cur += ch;
      continue;
    }
    cur += ch;
    if (ch === '-' || ch === '/') flush(); // a line may break after a hyphen or slash
  }
  flush();
  return out;
}

/** Split a token wider than the line into pieces that fit, character by character. */
function splitLong(token: string, maxWidth: number, size: number, bold: boolean): string[] {
  const out: string[] = [];
  let cur = '';
  // The width of `cur` grows with it (summed in the same order as textWidth, so the same floats): no re-measuring.
  let em = 0;
  for (const ch of token) {
    const next = em + charWidthEm(ch, bold);
    if (cur && next * size * SAFETY > maxWidth) {
      out.push(cur);
      cur = ch;
      em = charWidthEm(ch, bold);
    } else {
      cur += ch;
      em = next;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Wrap `text` into lines no wider than `maxWidth` (greedy, which is what
 * readers expect of labels). Never returns an empty list; whitespace runs are
 * collapsed the way SVG shows them.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [''];
  const lines: string[] = [];
  let cur = '';
  // Width of `cur` in em, trailing space included, summed character by character in order (as textWidth
  // does, so each comparison sees the same float): the line is never re-measured, which a run of
  // zero-width characters would make quadratic.
  let curEm = 0;
  const emOf = (start: number, text: string) => {
    let em = start;
    for (const ch of text) em += charWidthEm(ch, bold);
    return em;
  };
  const space = charWidthEm(' ', bold);
  for (const tok of tokens(clean)) {
    const trimmed = tok.trimEnd();
    const spaced = trimmed.length < tok.length;
    const candidateEm = emOf(curEm, trimmed);
    if (candidateEm * size * SAFETY <= maxWidth) {
      cur += tok;
      curEm = spaced ? candidateEm + space : candidateEm;
      continue;
    }
    if (cur) lines.push(cur.trimEnd());
    const tokEm = emOf(0, trimmed);
    if (tokEm * size * SAFETY <= maxWidth) {
      cur = tok;
      curEm = spaced ? tokEm + space : tokEm;
    } else {
      const pieces = splitLong(trimmed, maxWidth, size, bold);
      lines.push(...pieces.slice(0, -1));
      cur = pieces[pieces.length - 1]! + (spaced ? ' ' : '');
      curEm = emOf(0, cur);
    }
  }
  if (cur.trim() || !lines.length) lines.push(cur.trimEnd());
  return lines;
}

/**
 * Wrap a list (names with their separators attached) so that a line breaks
 * only between items; an item wider than a whole line is wrapped on its own.
 */
export function wrapItems(items: string[], maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const item of items) {
    if (textWidth((cur + item).trim(), size, bold) <= maxWidth) {
      cur += item;
      continue;
    }
    if (cur.trim()) lines.push(cur.trim());
    if (textWidth(item.trim(), size, bold) <= maxWidth) cur = item.trimStart();
    else {
      const pieces = wrapText(item, maxWidth, size, bold);
      lines.push(...pieces.slice(0, -1));
      cur = pieces[pieces.length - 1]!;
    }
  }
  if (cur.trim() || !lines.length) lines.push(cur.trim());
  return lines;
}
