import teamWithoutLead from '../../../src/lint/rules/team-without-lead.js';
import { ruleTester } from '../ruleTester.js';
import { team, teamOrg } from '../teamFixture.js';

ruleTester(teamWithoutLead, {
  // An unknown lead is team-member-unknown's finding, not this one.
  valid: [teamOrg(team('t', 'lead: lead\n')), teamOrg(team('t', 'lead: ghost\n'))],
  invalid: [
    {
      code: teamOrg(team('新品上线项目组', 'members:\n  - role: planner\n')),
      errors: [{ messageId: 'noLead', data: { team: '新品上线项目组' }, line: 21, column: 5, endLine: 21, endColumn: 12 }],
    },
  ],
});
