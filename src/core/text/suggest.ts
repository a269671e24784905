/**
 * "Did you mean": the candidate with the smallest edit distance, where a swap
 * of two neighbouring characters counts as one edit (optimal string alignment),
 * accepted within the name's edit budget (`maxEdits`); ties go to the
 * first candidate in sorted order, so output is deterministic.
 *
 * A pull request controls both the unknown names and the candidates, so the
 * work is bounded: candidates are bucketed by length and only buckets within
 * the best distance so far are looked at, the distance is computed in a band
 * of that width and abandoned as soon as it exceeds it, and each candidate
 * set (a Map, indexed once and remembered) has a budget of distance cells
 * proportional to its own size. Once the budget is spent, names get no
 * suggestion: a typo in a normal org is found in a few hundred cells per
 * candidate, while thousands of long unknown ids can no longer cost minutes.
 */

/** Distance cells a candidate set may spend, per character it holds (plus a floor for small sets). */
const BUDGET_PER_CHAR = 400;
const BUDGET_FLOOR = 2_000_000;

/**
 * Optimal string alignment distance of two code point arrays, computed only
 * within `limit` of the diagonal: exact when it is at most `limit`, else
 * `limit + 1`. `spend` is told how many cells were computed.
 */
function bandedDistance(s: readonly string[], t: readonly string[], limit: number, spend: (cells: number) => void): number {
  const n = s.length;
  const m = t.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  const over = limit + 1;
  // Three rows, indexed by j; cells outside the band hold `over`.
  let prev2 = new Array<number>(m + 1).fill(over);
  let prev = new Array<number>(m + 1).fill(over);
  let cur = new Array<number>(m + 1).fill(over);
  for (let j = 0; j <= Math.min(m, limit); j++) prev[j] = j;
  let cells = 0;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    cur.fill(over, Math.max(0, from - 2), Math.min(m, to + 2) + 1);
    cur[0] = i <= limit ? i : over;
    let rowMin = cur[0];
    const si = s[i - 1];
    for (let j = from; j <= to; j++) {
      const cost = si === t[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cells += to - from + 1;
    if (rowMin > limit) {
      spend(cells);
      return over;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  spend(cells);
  return Math.min(prev[m]!, over);
}

/** Edit distance of two strings (exact up to `limit`, else `limit + 1`). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = Array.from(a);
  const t = Array.from(b);
  return bandedDistance(s, t, Number.isFinite(limit) ? limit : Math.max(s.length, t.length), () => {});
}

interface Candidate {
  text: string;
  chars: string[];
}

/** Candidates by length, with what is left of the set's budget and the answers given so far. */
interface CandidateIndex {
  byLength: Map<number, Candidate[]>;
  budget: number;
  answers: Map<string, Best | undefined>;
  size: number;
}

interface Best {
  text: string;
  distance: number;
  /** How many candidates are at that distance (1: the suggestion is the only one). */
  ties: number;
}

function indexCandidates(candidates: Iterable<string>, size: number): CandidateIndex {
  const byLength = new Map<number, Candidate[]>();
  let chars = 0;
  for (const text of candidates) {
    const c = { text, chars: Array.from(text) };
    chars += c.chars.length;
    let bucket = byLength.get(c.chars.length);
    if (!bucket) byLength.set(c.chars.length, (bucket = []));
    bucket.push(c);
  }
  return { byLength, budget: BUDGET_FLOOR + BUDGET_PER_CHAR * chars, answers: new Map(), size };
}

/** Indexes of the Maps (model.roles, …) asked about, kept as long as the Map lives. */
const mapIndexes = new WeakMap<ReadonlyMap<string, unknown>, CandidateIndex>();

function indexOf(candidates: Iterable<string> | ReadonlyMap<string, unknown>): CandidateIndex {
  if (!(candidates instanceof Map)) return indexCandidates(candidates as Iterable<string>, 0);
  let index = mapIndexes.get(candidates);
  if (!index || index.size !== candidates.size) {
    index = indexCandidates(candidates.keys(), candidates.size);
    mapIndexes.set(candidates, index);
  }
  return index;
}

/** The best candidate for `name` in one set, or undefined (none close enough, or the budget is spent). */
function bestIn(name: string, chars: string[], max: number, index: CandidateIndex): Best | undefined {
  if (index.answers.has(name)) return index.answers.get(name);
  let best: string | undefined;
  let bestDist = max + 1;
  let ties = 0;
  let exhausted = false;
  const spend = (cells: number) => {
    index.budget -= cells;
  };
  // Nearest lengths first: a candidate whose length differs by more than the best distance cannot win.
  for (let delta = 0; delta <= bestDist && !exhausted; delta++) {
    for (const len of delta ? [chars.length - delta, chars.length + delta] : [chars.length]) {
      if (delta > bestDist) break;
      for (const c of index.byLength.get(len) ?? []) {
        if (index.budget <= 0) {
          exhausted = true;
          break;
        }
        if (c.text === name) continue;
        index.budget--; // looking at a candidate costs something even when the band is empty
        const dist = bandedDistance(chars, c.chars, bestDist, spend);
        if (dist < bestDist) ties = 1;
        else if (dist === bestDist && best !== undefined) ties++;
        if (dist < bestDist || (dist === bestDist && best !== undefined && c.text < best)) {
          best = c.text;
          bestDist = dist;
        }
      }
      if (exhausted) break;
    }
  }
  const answer = !exhausted && best !== undefined && bestDist <= max ? { text: best, distance: bestDist, ties } : undefined;
  index.answers.set(name, answer);
  return answer;
}

/**
 * How far a candidate may be from a name of `length` characters: one edit up to four characters, two
 * from five, a third of the name from nine (as spell checkers and most CLIs allow). Two edits in a
 * short name rewrite most of it (`org` is two from the branch `pr`), which is no typo; and always
 * below the length, so a candidate keeps something of the name (`<<` is no `id`).
 */
function maxEdits(length: number): number {
  const budget = length <= 4 ? 1 : Math.max(2, Math.floor(length / 3));
  return Math.min(budget, length - 1);
}

/**
 * The closest candidate to `name`, looked for in each set in turn (a Map
 * stands for its keys and is indexed once for all the names asked about it).
 */
export function suggest(name: string, ...sets: Array<Iterable<string> | ReadonlyMap<string, unknown>>): string | undefined {
  return suggestOne(name, ...sets)?.text;
}

/**
 * `suggest`, and whether the suggestion is the only candidate at its distance
 * (`unique`): what makes replacing the name with it safe to apply unasked.
 */
export function suggestOne(
  name: string,
  ...sets: Array<Iterable<string> | ReadonlyMap<string, unknown>>
): { text: string; unique: boolean } | undefined {
  const chars = Array.from(name);
  const max = maxEdits(chars.length);
  let best: Best | undefined;
  let ties = 0;
  for (const set of sets) {
    const b = bestIn(name, chars, max, indexOf(set));
    if (!b) continue;
    if (!best || b.distance < best.distance) ties = b.ties;
    else if (b.distance === best.distance && b.text !== best.text) ties += b.ties;
    if (!best || b.distance < best.distance || (b.distance === best.distance && b.text < best.text)) best = b;
  }
  return best && { text: best.text, unique: ties === 1 };
}

/** " (did you mean 'x'?)" or "". */
export function didYouMean(name: string, ...sets: Array<Iterable<string> | ReadonlyMap<string, unknown>>): string {
  const s = suggest(name, ...sets);
  return s === undefined ? '' : ` (did you mean '${s}'?)`;
}

/** A value folded for comparison: case, and `-`, `_`, spaces between words, do not count. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[-_\s]+/g, '');
}

/**
 * Words people write for a value of a closed set that no spelling rule finds
 * (`warning` for `warn`, `disabled` for `off`), folded as `fold` folds them: folded word → the value.
 */
export type Synonyms = Readonly<Record<string, string>>;

/**
 * What a value of a closed set (a kind, an enum) was probably meant to be:
 * the allowed values equal to it but for case and separators (`kpi` →
 * `KPI`), else those it is a whole word or the start of (`lower` →
 * `lower_is_better`, `month` → `monthly`), else the nearest spelling. Several
 * candidates when the value fits several equally well.
 */
export function valueCandidates(value: string, allowed: readonly string[], synonyms: Synonyms = {}): string[] {
  const folded = fold(value);
  if (folded === '') return [];
  // hasOwn: `value` is user text; never read what an object inherits.
  if (Object.hasOwn(synonyms, folded) && allowed.includes(synonyms[folded]!)) return [synonyms[folded]!];
  const same = allowed.filter((a) => fold(a) === folded);
  if (same.length) return same;
  if (folded.length >= 3) {
    const lower = value.toLowerCase();
    const partial = allowed.filter((a) => {
      const l = a.toLowerCase();
      return l.startsWith(lower) || l.split(/[-_\s]+/).includes(lower);
    });
    if (partial.length) return partial;
  }
  const near = suggest(value, allowed);
  return near === undefined ? [] : [near];
}

/** " (did you mean 'x'?)", " (did you mean 'x' or 'y'?)" or "". */
export function didYouMeanAny(candidates: readonly string[]): string {
  return candidates.length ? ` (did you mean ${candidates.map((c) => `'${c}'`).join(' or ')}?)` : '';
}

/** didYouMeanAny of valueCandidates: for a closed set such as the rule ids, where `SPAN_OF_CONTROL` means `span-of-control`. */
export function didYouMeanValue(value: string, allowed: readonly string[], synonyms?: Synonyms): string {
  return didYouMeanAny(valueCandidates(value, allowed, synonyms));
}
