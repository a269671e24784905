import type { Role } from '../../model/types.js';
import { pushTo } from '../../core/multimap.js';
import { personKey } from './utils/holders.js';
import { defineRule, subjects, type AnyRuleContext } from '../types.js';

/** What a check keeps for checking again after a change (see `incremental`). */
interface Kept {
  firstRole: Map<string, Role>;
  severalRoles: Map<string, Role[]>;
}

/** The people a role lists, each once (twice in one role is duplicate-holder's finding). */
function peopleOf(role: Role): string[] {
  const holders = role.holders;
  if (!holders?.length) return [];
  // A role of one holder (most) needs no set to tell.
  if (holders.length === 1) return [personKey(holders[0]!)];
  return [...new Set(holders.map(personKey))];
}

/** One person's finding, given all their roles in model order (two or more). */
function reportPerson(ctx: AnyRuleContext, key: string, roles: readonly Role[]): void {
  const held = roles.map((role) => ({ role, index: role.holders!.findIndex((h) => personKey(h) === key) }));
  const name = held[0]!.role.holders![held[0]!.index]!.name;
  const allows = (r: Role) => r.concurrent || r.concurrentHolders.some((n) => n.normalize('NFC').trim() === name.normalize('NFC').trim());
  // Every role but one allowing it says the person is meant to hold them all.
  const unmarked = held.filter((h) => !allows(h.role));
  if (unmarked.length < 2) return;
  const last = unmarked[unmarked.length - 1]!;
  ctx.report({
    entity: last.role,
    path: ['holders', last.index],
    messageId: 'several',
    data: { name, count: held.length, roles: held.map((h) => `'${h.role.id}'`).join(', '), role: last.role.id },
  });
}

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
    for (const role of subjects(ctx.model.roles))
      for (const key of peopleOf(role)) {
        const first = firstRole.get(key);
        if (first === undefined) firstRole.set(key, role);
        else {
          const list = severalRoles.get(key);
          if (list) list.push(role);
          else severalRoles.set(key, [first, role]);
        }
      }
    for (const [key, roles] of severalRoles) reportPerson(ctx, key, roles);
    ctx.keep?.({ firstRole, severalRoles } satisfies Kept);
  },
  incremental: {
    // After a change, only the people of the roles that changed: each one's roles are the base's, less
    // those that changed, plus those that hold them now, in this model's order.
    recheck(ctx, delta, before, kept) {
      const { firstRole, severalRoles } = kept as Kept;
      const dirty = new Set<string>();
      const holdingNow = new Map<string, Role[]>();
      for (const id of [...delta.changed, ...delta.removed]) {
        const was = delta.before(id);
        if (was?.kind === 'Role' && !was.invalid) for (const key of peopleOf(was)) dirty.add(key);
        const now = ctx.model.roles.get(id);
        if (now && !now.invalid)
          for (const key of peopleOf(now)) {
            dirty.add(key);
            pushTo(holdingNow, key, now);
          }
      }
      for (const args of before) {
        const index = args.path?.[1];
        const role = args.entity as Role;
        const holder = typeof index === 'number' ? role.holders?.[index] : undefined;
        const now = ctx.model.byId.get(role.id);
        if (holder && now && !dirty.has(personKey(holder))) ctx.report({ ...args, entity: now });
      }
      for (const key of dirty) {
        const roles: Role[] = [];
        for (const was of severalRoles.get(key) ?? (firstRole.has(key) ? [firstRole.get(key)!] : []))
          if (!delta.changed.has(was.id) && !delta.removed.has(was.id)) roles.push(ctx.model.roles.get(was.id)!);
        roles.push(...(holdingNow.get(key) ?? []));
        if (roles.length < 2) continue;
        const order = delta.headOrder();
        roles.sort((a, b) => order.get(a)! - order.get(b)!);
        reportPerson(ctx, key, roles);
      }
    },
  },
});
