import { describe, expect, it } from 'vitest';
import { lint, only } from '../../helpers.js';
import teamOvercommitted from '../../../src/lint/rules/team-overcommitted.js';
import { ruleTester } from '../ruleTester.js';
import { team, teamOrg } from '../teamFixture.js';

const a = (members: string, dates = '') => team('a', `lead: lead\n${dates}members:\n${members}`);
const b = (members: string, dates = '') => team('b', `lead: lead\n${dates}members:\n${members}`);

describe('team-overcommitted', () => {
  it('adds up seats × share across overlapping teams and names them and the date it tips over', () => {
    const f = only(
      lint(
        teamOrg(
          a('  - role: analyst\n    share: 60\n', 'start: 2026-10-01\nend: 2026-11-20\n'),
          b('  - role: analyst\n    share: 50\n', 'start: 2026-11-01\n'),
        ),
      ),
      'team-overcommitted',
    );
    expect(f.map((x) => x.message)).toEqual([
      "role 'analyst' is given 110% of a seat to teams 'a', 'b' from 2026-11-01, more than its 1 seat(s) hold (100%): lower a share or seats, stagger the teams, or add headcount",
    ]);
  });

  it('reports a role once however many teams over-commit it', () => {
    const member = '  - role: analyst\n';
    const f = only(lint(teamOrg(a(member), b(member), team('c', `lead: lead\nmembers:\n${member}`))), 'team-overcommitted');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("teams 'a', 'b'");
  });
});

ruleTester(teamOvercommitted, {
  valid: [
    // planner has 2 seats: two full-time teams fit.
    teamOrg(a('  - role: planner\n'), b('  - role: planner\n')),
    // Halves of one seat fit exactly.
    teamOrg(a('  - role: analyst\n    share: 50\n'), b('  - role: analyst\n    share: 50\n')),
    // Teams one after the other do not add up (end days are inclusive: b starts the day after a ends).
    teamOrg(a('  - role: analyst\n', 'start: 2026-01-01\nend: 2026-03-31\n'), b('  - role: analyst\n', 'start: 2026-04-01\n')),
    // The lead is not counted unless listed; unknown roles are team-member-unknown's.
    teamOrg(team('a', 'lead: analyst\nmembers:\n  - role: analyst\n  - role: ghost\n    seats: 9\n')),
  ],
  invalid: [
    {
      // Three seats of a two-seat role, in one team.
      code: teamOrg(a('  - role: planner\n    seats: 3\n')),
      errors: [
        {
          messageId: 'overcommitted',
          data: { role: 'planner', committed: 300, teams: "'a'", when: '', seats: 2, capacity: 200 },
          line: 26,
          column: 12,
          endLine: 26,
          endColumn: 13,
        },
      ],
    },
    {
      // Same-day overlap: b starts on a's last day. Points at the member without seats or share: its role.
      code: teamOrg(a('  - role: analyst\n', 'end: 2026-03-31\n'), b('  - role: analyst\n', 'start: 2026-03-31\n')),
      errors: [
        {
          messageId: 'overcommitted',
          data: { role: 'analyst', committed: 200, teams: "'a', 'b'", when: ' from 2026-03-31', seats: 1, capacity: 100 },
          line: 34,
          column: 11,
          endLine: 34,
          endColumn: 18,
        },
      ],
    },
  ],
});
