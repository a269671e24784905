import { personKey } from './utils/holders.js';
import { subject } from './utils/subject.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'duplicate-holder',
  defaultSeverity: 'error',
  description: 'The same person is listed twice in one role’s `holders`.',
  docs: 'One person fills one seat of a role: listing them twice counts a seat as filled that is not. Remove the repeated entry (two people with the same name are told apart by their `email`).',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    headcount: 2\n    holders: [张伟, 张伟]\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    headcount: 2\n    holders: [张伟, 李娜]\n',
  },
  messages: {
    twice: "{{role}} lists holder '{{name}}' twice (items {{first}} and {{second}}): remove one",
  },
  // Each role's findings are about its own holders.
  incremental: {},
  check(ctx) {
    for (const role of subjects(ctx.model.roles)) {
      if (!role.holders || role.holders.length < 2) continue; // one entry cannot repeat (most roles)
      const seen = new Map<string, number>();
      role.holders.forEach((h, i) => {
        const key = personKey(h);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          return;
        }
        ctx.report({
          entity: role,
          path: ['holders', i],
          messageId: 'twice',
          data: { role: subject('role', role.id, role.title), name: h.name, first: first + 1, second: i + 1 },
        });
      });
    }
  },
});
