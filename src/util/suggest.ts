/**
 * "Did you mean": the candidate with the smallest edit distance, where a swap
 * of two neighbouring characters counts as one edit (optimal string alignment),
 * accepted when the distance is at most max(2, ⌊length/3⌋).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[t.length]!;
}

export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const max = Math.max(2, Math.floor(Array.from(name).length / 3));
  let best: string | undefined;
  let bestDist = max + 1;
  for (const c of candidates) {
    if (c === name) continue;
    const dist = editDistance(name, c, bestDist);
    // Ties go to the first candidate in sorted order, so output is deterministic.
    if (dist < bestDist || (dist === bestDist && best !== undefined && c < best)) {
      best = c;
      bestDist = dist;
    }
  }
  return bestDist <= max ? best : undefined;
}

/** " (did you mean 'x'?)" or "". */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates);
  return s === undefined ? '' : ` (did you mean '${s}'?)`;
}
