/**
 * `--as-of DATE`, shared by every command that reads an org: which day an effective-dated org is read at
 * (default today). `diff` also takes `FROM..TO`: the base side as of FROM, the head side as of TO, so one
 * revision's planned restructure can be reviewed against the org of today.
 */
import { InvalidArgumentError, Option } from 'commander';
import { isIsoDate, whyNoDay } from '../core/date.js';

export interface AsOfRange {
  before?: string;
  after?: string;
}

function checkDate(value: string, flag: string): string {
  if (!isIsoDate(value))
    throw new InvalidArgumentError(`${flag} must be a day written YYYY-MM-DD (e.g. 2027-01-01), got '${value}'${whyNoDay(value)}`);
  return value;
}

export function asOfOption(): Option {
  return new Option('--as-of <date>', 'read effective-dated entities as of this date, YYYY-MM-DD (default: today)').argParser((v) =>
    checkDate(v, '--as-of'),
  );
}

export function asOfRangeOption(): Option {
  return new Option(
    '--as-of <date|from..to>',
    'read effective-dated entities as of this date (both sides), or FROM..TO (base as of FROM, head as of TO; FROM not after TO); default: today',
  ).argParser((v): AsOfRange => {
    const [from, to, ...rest] = v.split('..');
    if (rest.length) throw new InvalidArgumentError(`--as-of takes DATE or FROM..TO, got '${v}'`);
    if (to === undefined) return { before: checkDate(from!, '--as-of'), after: from };
    const range = { before: checkDate(from!, '--as-of FROM'), after: checkDate(to, '--as-of TO') };
    // Backwards, a planned restructure prints undone (its new departments as removed): a slip. The same
    // comparison the other way round is the sides swapped (`diff HEAD main --as-of TO..FROM`), read forwards.
    if (range.before > range.after)
      throw new InvalidArgumentError(
        `--as-of FROM..TO reads the base as of FROM and the head as of TO, but FROM ${range.before} is after TO ${range.after}: swap them (--as-of ${range.after}..${range.before})`,
      );
    return range;
  });
}
