/**
 * "Today", for the one rule that compares the org with the calendar
 * (`team-expired`). Injectable so that a run is reproducible: the rule's
 * `today` option wins, then the ORGCTL_TODAY environment variable, then the
 * clock's date in UTC (never the local time zone: the same commit checked on
 * two CI machines gives the same answer).
 */
import { isIsoDate, whyNoDay } from '../date.js';
import { UsageError } from '../errors.js';

export const TODAY_ENV = 'ORGCTL_TODAY';

export function today(configured: string | undefined, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  if (configured !== undefined) return configured;
  const fromEnv = env[TODAY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    // A calendar day, as --as-of checks: 2026-02-30 would otherwise sort between the 28th and March.
    if (!isIsoDate(fromEnv))
      throw new UsageError(`${TODAY_ENV} must be a date YYYY-MM-DD (e.g. 2027-01-01), not '${fromEnv}'${whyNoDay(fromEnv)}`);
    return fromEnv;
  }
  return now().toISOString().slice(0, 10);
}
