import { z } from 'zod';
import type { Role } from '../../model/types.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'max-depth',
  defaultSeverity: 'warning',
  description: 'A role is more than `max` levels below the top (default 8).',
  docs:
    'Every layer between the top and the front line slows decisions and dilutes information; more than `max` layers usually means a chain of one-report managers that could be merged. ' +
    'The top is level 0. Roles not reachable from a top (an unknown manager or a reporting loop upstream) are skipped. ' +
    'Flatten the chain, or configure the limit with `max-depth: [warn, {max: 10}]`.',
  options: z.strictObject({ max: z.number().int().min(1).default(8) }),
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\nrules:\n  max-depth: [warn, {max: 2}]\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n  - id: clerk\n    title: 出纳\n    reports_to: accountant\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\nrules:\n  max-depth: [warn, {max: 2}]\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n  - id: clerk\n    title: 出纳\n    reports_to: cfo\n',
  },
  messages: {
    tooDeep:
      "role '{{role}}' is {{depth}} levels below the top '{{top}}', more than the maximum of {{max}}: hang it higher, or raise max (rules: {max-depth: [warn, {max: N}]})",
  },
  check(ctx) {
    const { max } = ctx.options;
    const { roles, hierarchy } = ctx.model;
    // Most orgs have no role too deep: the depths alone say so, without a lookup per role.
    let deeper = false;
    for (const depth of hierarchy.depth.values())
      if (depth > max) {
        deeper = true;
        break;
      }
    if (!deeper) return;
    // Which top each role hangs under, memoised so deep chains stay linear.
    const topOf = new Map<string, Role>();
    const findTop = (role: Role): Role => {
      const path: Role[] = [];
      let cur: Role = role;
      let top: Role | undefined;
      for (;;) {
        top = topOf.get(cur.id);
        if (top) break;
        const m = hierarchy.manager.get(cur.id); // tops have none
        if (!m) {
          top = cur;
          break;
        }
        path.push(cur);
        cur = m;
      }
      for (const p of path) topOf.set(p.id, top);
      return top;
    };
    for (const role of subjects(roles)) {
      const depth = hierarchy.depth.get(role.id);
      if (depth === undefined || depth <= max) continue;
      ctx.report({
        entity: role,
        messageId: 'tooDeep',
        data: { role: role.id, depth, top: findTop(role).id, max },
      });
    }
  },
});
