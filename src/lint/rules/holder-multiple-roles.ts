import type { Role } from '../../model/types.js';
import { personKey } from './utils/holders.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'holder-multiple-roles',
  defaultSeverity: 'warning',
  description: 'One person holds several roles, and no role says that is intended (`concurrent`, `concurrent_holders`).',
  docs: 'A person in two roles (兼任, e.g. 人事行政经理 and 出纳) is sometimes intended and sometimes a copy-paste slip. When it is intended, say so on the role: `concurrent: true` (any of its holders may hold other roles) or `concurrent_holders: [董芳]`. The warning is given once per person, at their entry in the last role that does not allow it.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    holders: [董芳]\n  - id: cashier\n    title: 出纳\n    reports_to: cfo\n    holders: [董芳]\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    holders: [董芳]\n  - id: cashier\n    title: 出纳\n    reports_to: cfo\n    concurrent: true\n    holders: [董芳]\n',
  },
  messages: {
    several:
      "'{{name}}' holds {{count}} roles ({{roles}}); if that is intended (兼任), add `concurrent_holders: [{{name}}]` to role '{{role}}'",
  },
  check(ctx) {
    /** Each person's roles, in model order, with the index of their entry. */
    const byPerson = new Map<string, Array<{ role: Role; index: number }>>();
    for (const role of subjects(ctx.model.roles)) {
      const here = new Set<string>();
      role.holders?.forEach((h, index) => {
        const key = personKey(h);
        if (here.has(key)) return; // twice in one role is duplicate-holder's finding
        here.add(key);
        const list = byPerson.get(key);
        if (list) list.push({ role, index });
        else byPerson.set(key, [{ role, index }]);
      });
    }
    for (const held of byPerson.values()) {
      if (held.length < 2) continue;
      const name = held[0]!.role.holders![held[0]!.index]!.name;
      const allows = (r: Role) =>
        r.concurrent || r.concurrentHolders.some((n) => n.normalize('NFC').trim() === name.normalize('NFC').trim());
      // Every role but one allowing it says the person is meant to hold them all.
      const unmarked = held.filter((h) => !allows(h.role));
      if (unmarked.length < 2) continue;
      const last = unmarked[unmarked.length - 1]!;
      ctx.report({
        entity: last.role,
        path: ['holders', last.index],
        messageId: 'several',
        data: { name, count: held.length, roles: held.map((h) => `'${h.role.id}'`).join(', '), role: last.role.id },
      });
    }
  },
});
