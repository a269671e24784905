/** schema: its findings come with its exact span (ruleTester). */
import { ORG } from '../../helpers.js';
import schema from '../../../src/lint/rules/schema.js';
import { ruleTester } from '../ruleTester.js';

ruleTester(schema, {
  valid: [ORG + '---\nkind: Department\nid: d\nname: D\nx-colour: red\n'],
  invalid: [
    {
      // An unknown field is reported at its key (line 8).
      code: ORG + '---\nkind: Department\nid: d\nname: D\ncolour: red\n',
      errors: [{ message: "Department 'd': unknown field 'colour'", line: 8, column: 1, endLine: 8, endColumn: 7 }],
    },
  ],
});
