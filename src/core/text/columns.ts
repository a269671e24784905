/**
 * Terminal columns: Chinese (and other East Asian wide) characters take two
 * cells, so padding by string length would misalign every table of a Chinese org.
 */

/** Code points drawn two cells wide in a terminal (CJK, Hangul, full-width forms, emoji). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

// ANSI colour sequences take no cells.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f)) continue; // control and combining marks
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Widest column that other cells are padded to. */
export const MAX_ALIGNED_WIDTH = 200;

/**
 * Lay out rows as aligned columns separated by two spaces. `align` gives 'l' or
 * 'r' per column (default left). Trailing spaces are trimmed.
 */
export function table(rows: string[][], align: ('l' | 'r')[] = []): string[] {
  const widths: number[] = [];
  // A cell wider than MAX_ALIGNED_WIDTH just overflows its column: padding every other row to one huge
  // name (a pull request chooses the names) would make the table quadratic in size.
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, Math.min(displayWidth(cell), MAX_ALIGNED_WIDTH))));
  return rows.map((row) =>
    row
      .map((cell, i) => (align[i] === 'r' ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}
