/** missing-organization: its findings come with its exact span (ruleTester). */
import { ORG } from '../../helpers.js';
import missingOrganization from '../../../src/lint/rules/missing-organization.js';
import { ruleTester } from '../ruleTester.js';

ruleTester(missingOrganization, {
  valid: [ORG],
  invalid: [
    {
      // About the whole org: no file, no position.
      code: 'kind: Department\nid: d\nname: D\n',
      errors: [
        {
          message: 'no Organization document: an org needs exactly one (kind: Organization, with id and name)',
          file: undefined,
          line: undefined,
          column: undefined,
          endLine: undefined,
          endColumn: undefined,
        },
      ],
    },
    {
      code: ORG + '---\nkind: Organization\nid: other\nname: Other\n',
      errors: [
        {
          message: "more than one Organization: 'other' and 'acme' (org.yaml:2:5); an org has exactly one",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
        },
      ],
    },
  ],
});
