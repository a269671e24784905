/**
 * Offsets → 1-based line/column, as yaml's LineCounter answers (the same
 * binary search over the same line starts). The line starts are the ones the
 * lexer reported; `fromText` rebuilds them from the text, which gives the same
 * array for every file whose lexer saw each line break (checked when cached).
 */
export class LineIndex {
  private starts: number[] | undefined;
  /** The text whose line starts are still to be found (whenAsked), else undefined. */
  private text: string | undefined;

  constructor(lineStarts: number[]) {
    this.starts = lineStarts;
  }

  /** Where each line starts, from the text: 0 and the offset after each `\n`. */
  static fromText(text: string): LineIndex {
    return new LineIndex(startsOf(text));
  }

  /**
   * fromText's index, found when a position is first asked for: a file parsed on another thread
   * (load/pool.ts) and never pointed at by a finding never scans its text for line breaks.
   */
  static whenAsked(text: string): LineIndex {
    const index = new LineIndex([]);
    index.starts = undefined;
    index.text = text;
    return index;
  }

  get lineStarts(): number[] {
    if (this.starts === undefined) {
      this.starts = startsOf(this.text!);
      this.text = undefined;
    }
    return this.starts;
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

function startsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
