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
    {
      // 1e400 and .inf are numbers to YAML but Infinity to JavaScript: not "must be a number, got number Infinity".
      code: ORG + '---\nkind: Department\nid: d\nname: D\nheadcount_budget: 1e400\n',
      errors: [
        {
          message:
            "Department 'd': field 'headcount_budget' must be a finite number, got one too large to hold (infinite): write the number meant",
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 24,
        },
      ],
    },
    {
      // YAML reads 2024 and true as a number and a boolean: the message says how to make them text.
      code: ORG + '---\nkind: Department\nid: d\nname: 2024\nparent: true\n',
      errors: [
        {
          message:
            "Department 'd': field 'name' must be a string, got number 2024: put it in quotes (name: \"2024\") so YAML reads it as text",
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 11,
        },
        {
          message:
            "Department 'd': field 'parent' must be a string, got boolean true: put it in quotes (parent: \"true\") so YAML reads it as text",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 13,
        },
      ],
    },
  ],
});
