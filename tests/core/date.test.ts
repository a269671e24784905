/** Calendar dates as users write them (`--as-of`, ORGCTL_TODAY, effective_from): a wrong one says what is wrong. */
import { describe, expect, it } from 'vitest';
import { dateMistake, isIsoDate } from '../../src/core/date.js';
import { asOfOption, asOfRangeOption, type AsOfRange } from '../../src/cli/asOf.js';
import { today } from '../../src/core/time/today.js';
import { lint, only, ORG } from '../helpers.js';
import { runMain } from '../support/main.js';

describe('dateMistake', () => {
  it('says why a date written YYYY-MM-DD is no day', () => {
    expect(dateMistake('2026-02-30')).toBe('February 2026 has 28 days');
    expect(dateMistake('2025-02-29')).toBe('February 2025 has 28 days');
    expect(dateMistake('2026-04-31')).toBe('April 2026 has 30 days');
    expect(dateMistake('2026-13-01')).toBe('there is no month 13');
    expect(dateMistake('2026-00-10')).toBe('there is no month 00');
    expect(dateMistake('2026-01-00')).toBe('there is no day 00');
    expect(dateMistake('2024-02-29')).toBeUndefined();
    expect(dateMistake('2026-1-1')).toBe('write it YYYY-MM-DD');
  });

  it('takes the years 0000-0099 as written (not as 1900-1999)', () => {
    expect(isIsoDate('0099-12-31')).toBe(true);
    expect(isIsoDate('0004-02-29')).toBe(true);
  });
});

describe('where users write dates', () => {
  const parse = (value: string) => {
    try {
      asOfOption().parseArg!(value, undefined);
      return 'ok';
    } catch (err) {
      return (err as Error).message;
    }
  };

  it('--as-of, ORGCTL_TODAY and diff FROM..TO say why', () => {
    expect(parse('2026-02-30')).toBe(
      "--as-of must be a day written YYYY-MM-DD (e.g. 2027-01-01), got '2026-02-30': February 2026 has 28 days",
    );
    expect(parse('2026-13-01')).toBe("--as-of must be a day written YYYY-MM-DD (e.g. 2027-01-01), got '2026-13-01': there is no month 13");
    expect(parse('')).toBe("--as-of must be a day written YYYY-MM-DD (e.g. 2027-01-01), got ''");
    expect(() => {
      asOfRangeOption().parseArg!('2026-12-31..2027-02-29', undefined);
    }).toThrow("--as-of TO must be a day written YYYY-MM-DD (e.g. 2027-01-01), got '2027-02-29': February 2027 has 28 days");
    expect(() => today(undefined, { ORGCTL_TODAY: '2026-02-30' })).toThrow("not '2026-02-30': February 2026 has 28 days");
  });
});

describe('diff --as-of FROM..TO', () => {
  it('FROM after TO is refused with exit 2, one line naming both dates and the swap', async () => {
    const r = await runMain(['diff', 'examples/planned-restructure', 'examples/planned-restructure', '--as-of', '2027-01-01..2026-12-31']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(
      '--as-of FROM..TO reads the base as of FROM and the head as of TO, but FROM 2027-01-01 is after TO 2026-12-31: swap them (--as-of 2026-12-31..2027-01-01)',
    );
  });

  it('FROM before or on TO is read as written', () => {
    const range = asOfRangeOption().parseArg as (value: string, previous: unknown) => AsOfRange;
    expect(range('2026-12-31..2027-01-01', undefined)).toEqual({ before: '2026-12-31', after: '2027-01-01' });
    expect(range('2027-01-01..2027-01-01', undefined)).toEqual({ before: '2027-01-01', after: '2027-01-01' });
  });
});

describe('dates in the org files', () => {
  it('effective_from and a Team end say why they are no day', () => {
    const f = only(
      lint(
        `${ORG}---\nkind: Department\nid: ops\nname: 运营部\neffective_from: 2027-02-29\n---\nkind: Team\nid: t\nname: t\nend: 2026-04-31\n`,
      ),
      'schema',
    );
    expect(f.map((x) => x.message)).toEqual([
      "Department 'ops': field 'effective_from': must be a date written YYYY-MM-DD, e.g. 2027-01-01: February 2027 has 28 days",
      "Team 't': field 'end': must be a date written YYYY-MM-DD, e.g. 2027-01-01: April 2026 has 30 days",
    ]);
  });
});
