import { forwardBuildFindings } from './utils/fromBuild.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Two entities share an id (ids are unique across all kinds).',
  docs: 'Ids are how entities refer to each other, so they must be unique across departments, roles, KPIs, workflows and the organization. The first in path order is used; each later copy is reported and ignored.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: cfo\n    title: 会计\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n',
  },
  // The text is made while loading (load/, model/): nothing to template here.
  messages: {},
  check: forwardBuildFindings('duplicate-id'),
});
