/**
 * Findings introduced and fixed by a change: the reviewer's key question.
 * Findings are matched by (rule, severity, entity, message), never by position
 * (moving a role to another file, or adding lines above it, fixes nothing).
 * Severity is part of the match so that turning a warning into an error shows
 * up as an error introduced. Positions quoted inside messages (duplicate-id
 * names where the first copy is) are ignored too.
 */
import type { Finding } from '../load/types.js';
import { compareFindings } from '../lint/engine.js';
import type { FindingsDelta } from './types.js';

const QUOTED_POSITION = /\s*\([^()]*:\d+:\d+\)/g;

function matchKey(f: Finding): string {
  return [f.rule, f.severity, f.entity ?? '', f.message.replace(QUOTED_POSITION, '')].join('\u0000');
}

/** `after` findings without a counterpart in `before`; each `before` finding matches at most one. */
function unmatched(from: readonly Finding[], against: readonly Finding[]): Finding[] {
  const available = new Map<string, number>();
  for (const f of against) {
    const k = matchKey(f);
    available.set(k, (available.get(k) ?? 0) + 1);
  }
  const out: Finding[] = [];
  for (const f of from) {
    const k = matchKey(f);
    const n = available.get(k) ?? 0;
    if (n > 0) available.set(k, n - 1);
    else out.push(f);
  }
  return out.sort(compareFindings);
}

export function findingsDelta(before: readonly Finding[], after: readonly Finding[]): FindingsDelta {
  return { introduced: unmatched(after, before), fixed: unmatched(before, after) };
}
