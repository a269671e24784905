/** unchecked-references: one finding per file that does not parse, counting the references it leaves unchecked. */
import { ORG } from '../../helpers.js';
import uncheckedReferences from '../../../src/lint/rules/unchecked-references.js';
import { ruleTester } from '../ruleTester.js';

const BROKEN =
  'kind: Department\nid: finance\nname: 财务部\nroles:\n  - id: cashier\n    title: 出纳\n  reports_to: cfo\n    holders: [董芳]\n';

ruleTester(uncheckedReferences, {
  valid: [
    ORG,
    // A syntax error in a file nobody refers to: nothing is unchecked.
    { files: { 'org.yaml': ORG, 'finance.yaml': BROKEN } },
  ],
  invalid: [
    {
      files: {
        'org.yaml': ORG,
        'finance.yaml': BROKEN,
        'roles.yaml':
          'kind: Role\nid: clerk\ntitle: 会计\ndepartment: finance\nreports_to: cashier\n---\nkind: KPI\nid: cash\nname: 现金\nowner: cashier\n',
      },
      errors: [
        {
          messageId: 'unchecked',
          data: { count: '3 references', file: 'finance.yaml' },
          message: '3 references could not be checked because finance.yaml does not parse (fix its syntax error first)',
          file: 'finance.yaml',
          line: 1,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
        },
      ],
    },
  ],
});
