/** missing-organization: its findings come with its exact span (ruleTester). */
import { ORG } from '../../helpers.js';
import missingOrganization from '../../../src/lint/rules/missing-organization.js';
import { ruleTester } from '../ruleTester.js';

/** The finding, about the whole org: no file, no position. */
const NO_ORGANIZATION = {
  message: 'no Organization document: an org needs exactly one (kind: Organization, with id and name)',
  file: undefined,
  line: undefined,
  column: undefined,
  endLine: undefined,
  endColumn: undefined,
};

ruleTester(missingOrganization, {
  valid: [
    ORG,
    // One mistake, one finding: the Organization is there but not read, and its own finding says why.
    { name: 'a misspelt kind', code: 'kind: organization\nid: acme\nname: Acme\n' },
    { name: 'a kind spelt the British way', code: 'kind: Organisation\nid: acme\nname: Acme\n' },
    { name: 'a syntax error in the Organization', code: 'kind: Organization\nid: acme\nname: Acme\nname: Other\n' },
    { name: 'a quoted kind in a document that does not parse', code: 'kind: "Organization"\nid: acme\nname: [Acme\n' },
    { name: 'a document without kind that does not parse', code: 'id: acme\nname: [Acme\n' },
    { name: 'an Organization whose id is a number', code: 'kind: Organization\nid: 123\nname: Acme\n' },
    { name: 'an Organization without id', code: 'kind: Organization\nname: Acme\n' },
    { name: 'an Organization whose id is not an id', code: 'kind: Organization\nid: "a b"\nname: Acme\n' },
  ],
  invalid: [
    {
      // About the whole org: no file, no position.
      code: 'kind: Department\nid: d\nname: D\n',
      errors: [NO_ORGANIZATION],
    },
    {
      // A document that does not parse but says it is a Department cannot be the Organization.
      code: 'kind: Department\nid: d\nname: D\nname: E\n',
      errors: [NO_ORGANIZATION],
    },
    {
      // Nor can a document of another kind, misspelt.
      code: 'kind: Departmnet\nid: d\nname: D\n',
      errors: [NO_ORGANIZATION],
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
