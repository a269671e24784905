/** holder-multiple-roles: one person in several roles, unless a role declares it (concurrent / concurrent_holders). */
import { ORG } from '../../helpers.js';
import holderMultipleRoles from '../../../src/lint/rules/holder-multiple-roles.js';
import { ruleTester } from '../ruleTester.js';

/** 人事行政经理 and 出纳, both held by 董芳, with extra lines for each role. */
const org = (hr = '', cashier = '') =>
  ORG +
  `---\nkind: Department\nid: d\nname: 财务部\nhead: hr\nroles:\n  - id: hr\n    title: 人事行政经理\n    holders: [董芳]\n${hr}  - id: cashier\n    title: 出纳\n    reports_to: hr\n    holders: [董芳]\n${cashier}`;

ruleTester(holderMultipleRoles, {
  valid: [
    org().replace('holders: [董芳]\n  - id: cashier', 'holders: [王强]\n  - id: cashier'),
    org('    concurrent: true\n'),
    org('', '    concurrent_holders: [董芳]\n'),
  ],
  invalid: [
    {
      code: org(),
      errors: [
        {
          messageId: 'several',
          message: "'董芳' holds 2 roles ('hr', 'cashier'); if that is intended (兼任), add `concurrent_holders: [董芳]` to role 'cashier'",
          line: 16,
          column: 15,
          endLine: 16,
          endColumn: 17,
        },
      ],
    },
  ],
});
