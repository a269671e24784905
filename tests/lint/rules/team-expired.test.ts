import { afterEach, describe, expect, it, vi } from 'vitest';
import { ORG } from '../../helpers.js';
import teamExpired from '../../../src/lint/rules/team-expired.js';
import { today } from '../../../src/core/time/today.js';
import { UsageError } from '../../../src/core/errors.js';
import { lint, only } from '../../helpers.js';
import { ruleTester } from '../ruleTester.js';
import { team, teamOrg } from '../teamFixture.js';

/** The org with `team-expired` pinned to a date (the Organization gets a `rules:` entry: lines shift by 2). */
const on = (date: string, ...teams: string[]) => teamOrg(...teams).replace(ORG, `${ORG}rules:\n  team-expired: [warn, {today: ${date}}]\n`);

ruleTester(teamExpired, {
  valid: [
    on('2026-11-20', team('t', 'lead: lead\nend: 2026-11-20\n')), // the end day itself is still on
    on('2030-01-01', team('t', 'lead: lead\n')), // no end date: a standing team
  ],
  invalid: [
    {
      code: on('2026-11-21', team('大促项目组', 'lead: lead\nstart: 2026-10-10\nend: 2026-11-20\n')),
      errors: [
        {
          messageId: 'expired',
          data: { team: '大促项目组', end: '2026-11-20', today: '2026-11-21' },
          line: 27,
          column: 6,
          endLine: 27,
          endColumn: 16,
        },
      ],
    },
  ],
});

describe('team-expired: today', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes ORGCTL_TODAY when the option is not set, and names it in the message', () => {
    vi.stubEnv('ORGCTL_TODAY', '2027-01-01');
    const f = only(lint(teamOrg(team('t', 'lead: lead\nend: 2026-12-31\n'))), 'team-expired');
    expect(f.map((x) => x.message)).toEqual([
      "team 't' ended on 2026-12-31, before today (2027-01-01): delete the Team, or move its end date if the project runs on",
    ]);
    vi.stubEnv('ORGCTL_TODAY', '2026-12-31');
    expect(only(lint(teamOrg(team('t', 'lead: lead\nend: 2026-12-31\n'))), 'team-expired')).toEqual([]);
  });

  it('prefers the option, then the variable, then the UTC date of the clock', () => {
    const clock = () => new Date('2026-03-04T23:30:00-05:00'); // 2026-03-05 in UTC
    expect(today('2020-01-01', { ORGCTL_TODAY: '2021-01-01' }, clock)).toBe('2020-01-01');
    expect(today(undefined, { ORGCTL_TODAY: '2021-01-01' }, clock)).toBe('2021-01-01');
    expect(today(undefined, {}, clock)).toBe('2026-03-05');
    expect(() => today(undefined, { ORGCTL_TODAY: 'tomorrow' }, clock)).toThrow(UsageError);
  });

  it('refuses an ORGCTL_TODAY or a today option that is no calendar day, as --as-of does', () => {
    const clock = () => new Date('2026-03-04T12:00:00Z');
    expect(() => today(undefined, { ORGCTL_TODAY: '2026-02-30' }, clock)).toThrow(
      "ORGCTL_TODAY must be a date YYYY-MM-DD (e.g. 2027-01-01), not '2026-02-30'",
    );
    expect(() => today(undefined, { ORGCTL_TODAY: '2025-02-29' }, clock)).toThrow(UsageError);
    expect(today(undefined, { ORGCTL_TODAY: '2024-02-29' }, clock)).toBe('2024-02-29');
    const f = lint(on('2026-02-30', team('t', 'lead: lead\nend: 2026-12-31\n')));
    expect(only(f, 'schema').map((x) => x.message)).toEqual([expect.stringContaining("'team-expired'")]);
    expect(only(f, 'schema')[0]!.message).toContain('a calendar date');
  });
});

describe('team dates', () => {
  it('a start or end that is no calendar day (2026-02-30) is a schema finding, as effective dates are', () => {
    const f = only(lint(teamOrg(team('t', 'lead: lead\nstart: 2026-02-01\nend: 2026-02-30\n'))), 'schema');
    expect(f.map((x) => x.message)).toEqual([
      "Team 't': field 'end': must be a date written YYYY-MM-DD, e.g. 2027-01-01: February 2026 has 28 days",
    ]);
  });
});
