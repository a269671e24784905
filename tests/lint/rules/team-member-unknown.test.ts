import { describe, expect, it } from 'vitest';
import { lint, only } from '../../helpers.js';
import teamMemberUnknown from '../../../src/lint/rules/team-member-unknown.js';
import { ruleTester } from '../ruleTester.js';
import { team, teamOrg } from '../teamFixture.js';

describe('team-member-unknown', () => {
  it('names the team, the member and the nearest role', () => {
    const f = only(lint(teamOrg(team('大促项目组', 'lead: leed\nmembers:\n  - role: planer\n  - role: analyst\n'))), 'team-member-unknown');
    expect(f.map((x) => x.message)).toEqual([
      "team '大促项目组' is led by 'leed', which is not a role (did you mean 'lead'?)",
      "team '大促项目组' member 1 is 'planer', which is not a role (did you mean 'planner'?)",
    ]);
    expect(f.every((x) => x.entity === '大促项目组' && x.severity === 'error')).toBe(true);
  });
});

ruleTester(teamMemberUnknown, {
  valid: [teamOrg(team('t', 'lead: lead\nmembers:\n  - role: planner\n  - role: analyst\n    share: 50\n')), teamOrg(team('t', ''))],
  invalid: [
    {
      code: teamOrg(team('t', 'lead: ghost\nmembers:\n  - role: planner\n  - role: nobody\n    seats: 2\n')),
      errors: [
        { messageId: 'lead', data: { team: 't', target: 'ghost', suggestion: '' }, line: 23, column: 7, endLine: 23, endColumn: 12 },
        {
          messageId: 'member',
          data: { team: 't', n: 2, target: 'nobody', suggestion: '' },
          line: 26,
          column: 11,
          endLine: 26,
          endColumn: 17,
        },
      ],
    },
  ],
});
