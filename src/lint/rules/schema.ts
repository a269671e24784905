import { forwardBuildFindings } from './utils/fromBuild.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'schema',
  defaultSeverity: 'error',
  description: 'A document does not fit the format: unknown kind or field, wrong type, missing required field, bad id.',
  docs: 'Each document is one entity with a `kind` (Organization, Department, Role, KPI, Workflow, Team). Unknown fields are errors unless they start with `x-`. The entity still exists so references to it resolve, but it is not checked by other rules until it is fixed. `orgctl schema` prints the JSON Schema; add `# yaml-language-server: $schema=…` to get completion in editors.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    headcount: 两\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    headcount: 2\n',
  },
  // The text is made while loading (load/, model/): nothing to template here.
  messages: {},
  check: forwardBuildFindings('schema'),
});
