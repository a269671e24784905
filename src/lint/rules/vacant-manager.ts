import { managersOfChanged } from '../incremental.js';
import { defineRule, subjects } from '../types.js';
import { subject } from './utils/subject.js';

export default defineRule({
  id: 'vacant-manager',
  defaultSeverity: 'warning',
  description: 'A role with seats and direct reports has `holders: []`.',
  docs:
    'A manager role with people reporting to it but nobody in it leaves those reports without a lead. ' +
    'Only an explicit empty list counts: without `holders` the staffing is unknown, and a role with `headcount: 0` is planned, not vacant. ' +
    'Fill the seat (add the holder) or point the reports at an interim manager.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    holders: []\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    holders: [张伟]\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n',
  },
  messages: {
    vacant:
      '{{role}} has {{reports}} direct report(s) but no holders: name who holds it under holders, or move its reports to a role that is filled',
  },
  // A manager is vacant by its own holders, and has reports when any role reports to it: a role that
  // changes its line, comes or goes changes its managers' findings too.
  incremental: { alsoDirty: managersOfChanged },
  check(ctx) {
    const { roles, hierarchy } = ctx.model;
    for (const role of subjects(roles)) {
      if (role.headcount === 0 || role.holders === undefined || role.holders.length > 0) continue;
      const reports = hierarchy.reports.get(role.id);
      if (!reports?.length) continue;
      ctx.report({
        entity: role,
        path: ['holders'],
        messageId: 'vacant',
        data: { role: subject('role', role.id, role.title), reports: reports.length },
      });
    }
  },
});
