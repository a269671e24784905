import { personKey } from './utils/holders.js';
import { defineRule, subjects } from '../types.js';
import { subject } from './utils/subject.js';

export default defineRule({
  id: 'overfilled-role',
  defaultSeverity: 'error',
  description: 'A role has more holders than seats (`headcount`).',
  docs: 'Each holder sits in one seat, so `holders` cannot be longer than `headcount` (default 1). Raise `headcount`, or move the extra people to another role.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    holders: [张伟, 李娜]\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    headcount: 2\n    holders: [张伟, 李娜]\n',
  },
  messages: {
    overfilled:
      '{{role}} has {{holders}} holders but only {{seats}} seat(s) (headcount): raise headcount to {{holders}}, or remove a holder',
  },
  // Each role's finding is about its own holders and headcount.
  incremental: {},
  check(ctx) {
    for (const role of subjects(ctx.model.roles)) {
      // No more entries than seats cannot be more people than seats: most roles stop here.
      if (!role.holders || role.holders.length <= role.headcount) continue;
      // A name listed twice is duplicate-holder's finding: count people, not entries.
      const people = new Set(role.holders.map(personKey)).size;
      if (people <= role.headcount) continue;
      ctx.report({
        entity: role,
        path: ['holders'],
        messageId: 'overfilled',
        data: { role: subject('role', role.id, role.title), holders: people, seats: role.headcount },
      });
    }
  },
});
