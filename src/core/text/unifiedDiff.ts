/**
 * A unified diff (`diff -u`, what `git apply` and `patch` read) of two texts,
 * with 3 lines of context. Linear: when both have the same number of lines
 * (a fix that rewrites values within lines) lines are compared one to one;
 * otherwise the common head and tail are trimmed and the middle is one hunk.
 */
const CONTEXT = 3;

interface Lines {
  lines: string[];
  /** Whether the last line ends with a line break. */
  eol: boolean;
}

function splitLines(text: string): Lines {
  if (text === '') return { lines: [], eol: true };
  const lines = text.split('\n');
  const eol = lines[lines.length - 1] === '';
  if (eol) lines.pop();
  return { lines, eol };
}

/** Changed regions as [fromA, toA, fromB, toB) line index pairs, in order. */
function regions(a: Lines, b: Lines): Array<[number, number, number, number]> {
  const n = a.lines.length;
  const m = b.lines.length;
  const same = (i: number, j: number) => a.lines[i] === b.lines[j] && (i < n - 1 || j < m - 1 || a.eol === b.eol);
  if (n === m) {
    const out: Array<[number, number, number, number]> = [];
    for (let i = 0; i < n; i++) {
      if (same(i, i)) continue;
      let j = i;
      while (j < n && !same(j, j)) j++;
      out.push([i, j, i, j]);
      i = j;
    }
    return out;
  }
  let head = 0;
  while (head < n && head < m && same(head, head)) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && same(n - 1 - tail, m - 1 - tail)) tail++;
  return [[head, n - tail, head, m - tail]];
}

function range(start: number, count: number): string {
  // diff's convention: an empty range names the line before it.
  return count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`;
}

/** The diff of `before` → `after` for `file`, or '' when they are equal. `line` maps each output line (e.g. an escaper). */
export function unifiedDiff(file: string, before: string, after: string, line: (text: string) => string = (t) => t): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const changes = regions(a, b);
  const out = [`--- a/${line(file)}`, `+++ b/${line(file)}`];
  let k = 0;
  while (k < changes.length) {
    // Merge regions whose context would touch.
    let last = k;
    while (last + 1 < changes.length && changes[last + 1]![0] - changes[last]![1] <= 2 * CONTEXT) last++;
    const first = changes[k]!;
    const end = changes[last]!;
    const startA = Math.max(0, first[0] - CONTEXT);
    const startB = startA + (first[2] - first[0]);
    const endA = Math.min(a.lines.length, end[1] + CONTEXT);
    const endB = endA + (end[3] - end[1]);
    const body: string[] = [];
    const emit = (prefix: string, src: Lines, i: number) => {
      body.push(prefix + line(src.lines[i]!));
      if (i === src.lines.length - 1 && !src.eol) body.push('\\ No newline at end of file');
    };
    let i = startA;
    for (let r = k; r <= last; r++) {
      const [fa, ta, fb, tb] = changes[r]!;
      for (; i < fa; i++) emit(' ', a, i);
      for (let x = fa; x < ta; x++) emit('-', a, x);
      for (let y = fb; y < tb; y++) emit('+', b, y);
      i = ta;
    }
    for (; i < endA; i++) emit(' ', a, i);
    out.push(`@@ -${range(startA, endA - startA)} +${range(startB, endB - startB)} @@`, ...body);
    k = last + 1;
  }
  return out.join('\n') + '\n';
}
