/** duplicate-id: its findings come with its exact span (ruleTester). */
import { ORG } from '../../helpers.js';
import duplicateId from '../../../src/lint/rules/duplicate-id.js';
import { ruleTester } from '../ruleTester.js';

ruleTester(duplicateId, {
  valid: [ORG + '---\nkind: Department\nid: d\nname: D\n---\nkind: Department\nid: e\nname: E\n'],
  invalid: [
    {
      code: ORG + '---\nkind: Department\nid: d\nname: D\n---\nkind: Department\nid: d\nname: E\n',
      errors: [
        {
          message: "duplicate id 'd': Department 'd' reuses the id of Department 'd' (org.yaml:6:5)",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 6,
        },
      ],
    },
  ],
});
