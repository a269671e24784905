/**
 * Offsets → 1-based line/column, as yaml's LineCounter answers (the same
 * binary search over the same line starts). Plain data, so it survives a
 * worker's message and the `--cache` file. The line starts are the ones the
 * lexer reported; `fromText` rebuilds them from the text, which gives the same
 * array for every file whose lexer saw each line break (checked when cached).
 */
export class LineIndex {
  constructor(readonly lineStarts: number[]) {}

  /** Where each line starts, from the text: 0 and the offset after each `\n`. */
  static fromText(text: string): LineIndex {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return new LineIndex(starts);
  }

  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }

  /** Whether these are the line starts `fromText` would give (so the cache need not store them). */
  matchesText(text: string): boolean {
    const starts = this.lineStarts;
    if (starts[0] !== 0) return false;
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1), n++) if (starts[n] !== i + 1) return false;
    return n === starts.length;
  }
}
