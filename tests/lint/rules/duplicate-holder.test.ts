/** duplicate-holder: a person twice in one role's holders (and not also overfilled-role). */
import { expect, it } from 'vitest';
import { lint, ORG } from '../../helpers.js';
import duplicateHolder from '../../../src/lint/rules/duplicate-holder.js';
import { ruleTester } from '../ruleTester.js';

const role = (holders: string, headcount = 2) =>
  ORG +
  `---\nkind: Department\nid: d\nname: 财务部\nhead: cashier\nroles:\n  - id: cashier\n    title: 出纳\n    headcount: ${headcount}\n    holders: ${holders}\n`;

ruleTester(duplicateHolder, {
  valid: [
    role('[董芳, 王强]'),
    // Two people with the same name, told apart by their email.
    role('[{name: 董芳, email: a@x.cn}, {name: 董芳, email: b@x.cn}]'),
  ],
  invalid: [
    {
      code: role('[董芳, 董芳]'),
      errors: [
        {
          messageId: 'twice',
          message: "role 'cashier' (出纳) lists holder '董芳' twice (items 1 and 2): remove one",
          line: 13,
          column: 19,
          endLine: 13,
          endColumn: 21,
        },
      ],
    },
  ],
});

it('holders: [董芳, 董芳] in one seat is one finding, not also overfilled-role', () => {
  const fs = lint(role('[董芳, 董芳]', 1)).filter((f) => f.severity === 'error');
  expect(fs.map((f) => `${String(f.line)}:${String(f.column)} ${f.rule}`)).toEqual(['13:19 duplicate-holder']);
});
