/** yaml-syntax: its findings come with its exact span (ruleTester). */
import { ORG } from '../../helpers.js';
import yamlSyntax from '../../../src/lint/rules/yaml-syntax.js';
import { ruleTester } from '../ruleTester.js';

ruleTester(yamlSyntax, {
  valid: [ORG],
  invalid: [
    {
      // Found by the parser, which gives a start only.
      code: ORG + 'name: Again\n',
      errors: [
        {
          message: "duplicate key 'name': keys must be unique in a mapping (YAML would silently keep only one)",
          line: 4,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
        },
      ],
    },
  ],
});
