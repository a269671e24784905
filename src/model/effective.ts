/**
 * Effective dating: an entity may say when it takes effect (`effective_from`, inclusive) and when it stops
 * (`effective_until`, exclusive), so a pull request can carry a restructure decided before it happens. The
 * model is the org as of one date (`--as-of`, default today): entities not in effect then are set aside,
 * and one id may have several versions whose periods do not overlap (the 客服组 under 运营部 until
 * 2027-01-01, under 售后服务部 from then on).
 */
import type { Entity } from './types.js';

/** Whether `e` is in effect on `asOf` (both `YYYY-MM-DD`, compared as strings). */
export function inEffect(e: Pick<Entity, 'effective'>, asOf: string): boolean {
  const from = e.effective?.from;
  const until = e.effective?.until;
  return (from === undefined || from <= asOf) && (until === undefined || asOf < until);
}

/** Whether two versions' periods share at least one day. */
export function periodsOverlap(a: Pick<Entity, 'effective'>, b: Pick<Entity, 'effective'>): boolean {
  const startsBeforeBEnds = b.effective?.until === undefined || (a.effective?.from ?? '') < b.effective.until;
  const bStartsBeforeAEnds = a.effective?.until === undefined || (b.effective?.from ?? '') < a.effective.until;
  return startsBeforeBEnds && bStartsBeforeAEnds;
}

/** "from 2027-01-01", "until 2027-01-01" or "from 2026-07-01 until 2027-01-01": an entity's period in words. */
export function periodText(e: Pick<Entity, 'effective'>): string {
  const parts: string[] = [];
  if (e.effective?.from !== undefined) parts.push(`from ${e.effective.from}`);
  if (e.effective?.until !== undefined) parts.push(`until ${e.effective.until}`);
  return parts.join(' ');
}

/** Why an entity not in effect on `asOf` is not: it has not started yet, or it has ended. */
export function notInEffectReason(e: Pick<Entity, 'effective'>, asOf: string): string {
  const from = e.effective?.from;
  if (from !== undefined && asOf < from) return `it takes effect on ${from}; check that date with --as-of ${from}`;
  return `it ended on ${e.effective?.until ?? '?'}`;
}
