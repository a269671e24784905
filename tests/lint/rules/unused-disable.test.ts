/** unused-disable: its findings come with its exact span (ruleTester). */
import { ORG } from '../../helpers.js';
import unusedDisable from '../../../src/lint/rules/unused-disable.js';
import { ruleTester } from '../ruleTester.js';

ruleTester(unusedDisable, {
  valid: [ORG + '# a comment, not a directive\n'],
  invalid: [
    {
      // A directive is a comment: it has a start only.
      code: ORG + '# orgctl-disable-next-line kpi-unused\n---\nkind: Department\nid: d\nname: D\n',
      errors: [
        {
          message: "unused orgctl-disable-next-line directive (no 'kpi-unused' finding to silence)",
          line: 4,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
        },
      ],
    },
    {
      code: ORG + '# orgctl-disable-next-line kpi-unusd\n',
      errors: [
        {
          message: "orgctl-disable-next-line names unknown rule 'kpi-unusd' (did you mean 'kpi-unused'?)",
          line: 4,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
        },
      ],
    },
  ],
});
