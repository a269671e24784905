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
    // Each person's first role, and for the few in more than one, all their roles in model order. Most
    // people hold one role: they cost one map entry, not a list.
    const firstRole = new Map<string, Role>();
    const severalRoles = new Map<string, Role[]>();
    for (const role of subjects(ctx.model.roles)) {
      if (!role.holders) continue;
      // Twice in one role is duplicate-holder's finding. A role of one holder (most) needs no set to tell.
      const here = role.holders.length > 1 ? new Set<string>() : undefined;
      for (const h of role.holders) {
        const key = personKey(h);
        if (here) {
          if (here.has(key)) continue;
          here.add(key);
        }
        const first = firstRole.get(key);
        if (first === undefined) firstRole.set(key, role);
        else {
          const list = severalRoles.get(key);
          if (list) list.push(role);
          else severalRoles.set(key, [first, role]);
        }
      }
    }
    for (const [key, roles] of severalRoles) {
      const held = roles.map((role) => ({ role, index: role.holders!.findIndex((h) => personKey(h) === key) }));
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
