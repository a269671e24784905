/** empty-department: its findings come with its exact span (ruleTester). */
import { ORG } from '../../helpers.js';
import emptyDepartment from '../../../src/lint/rules/empty-department.js';
import { ruleTester } from '../ruleTester.js';

// The case of a department whose only content is a sub-department is in department-without-head.test.ts.
ruleTester(emptyDepartment, {
  valid: [
    ORG + '---\nkind: Department\nid: d\nname: D\nroles:\n  - id: r\n    title: R\n',
    ORG + '---\nkind: Department\nid: d\nname: D\n---\nkind: Department\nid: e\nname: E\nparent: d\nroles:\n  - id: r\n    title: R\n',
  ],
  invalid: [
    {
      code: ORG + '---\nkind: Department\nid: research\nname: 研究部\n',
      errors: [
        { messageId: 'empty', data: { department: "department 'research' (研究部)" }, line: 6, column: 5, endLine: 6, endColumn: 13 },
      ],
    },
    {
      // A Chinese id that is its name is named once.
      code: ORG + '---\nkind: Department\nid: 研究部\nname: 研究部\n',
      errors: [{ messageId: 'empty', data: { department: "department '研究部'" }, line: 6, column: 5, endLine: 6, endColumn: 8 }],
    },
  ],
});
