import { findLoops, loopText } from './utils/loops.js';
import type { Role } from '../../model/types.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'reporting-cycle',
  defaultSeverity: 'error',
  description: 'Following `reports_to` comes back to where it started (self-report included).',
  docs:
    'A reporting line must end at the top; a loop (a role reporting to itself, or a → b → a) has no top, so its roles cannot be placed in the chart, the depth or the handbook. ' +
    'Each loop is reported once, at the `reports_to` of its member that comes first in the org (path order); the message lists the loop. ' +
    "Fix it by pointing one member's `reports_to` at a manager outside the loop.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: coo\n  - id: coo\n    title: 运营总监\n    reports_to: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: coo\n    title: 运营总监\n    reports_to: ceo\n',
  },
  messages: {
    self: "role '{{role}}' reports to itself: {{loop}}: give it its real manager in reports_to",
    inLoop: "role '{{role}}' is in a reporting loop: {{loop}}: change the reports_to of one of them",
  },
  check(ctx) {
    const { roles, hierarchy } = ctx.model;
    const { manager, depth } = hierarchy;
    // A role the walk down from the tops reached (it has a depth) has managers that end at a top, so no loop
    // runs through it: only the others are walked, and a walk stops where it meets a reached role. In a
    // clean org that is no role at all, instead of one walk and two maps keyed by every role.
    const unreached: Role[] = [];
    for (const r of roles.values()) if (!depth.has(r.id)) unreached.push(r);
    // hierarchy.manager holds the lines that resolve (the declared top's own reports_to is not one).
    const loops = findLoops(
      unreached,
      (r) => {
        const m = manager.get(r.id);
        return m && !depth.has(m.id) ? m : undefined;
      },
      (r) => !r.invalid,
    );
    for (const loop of loops) {
      const role = loop[0]!;
      const listed = loopText(loop.map((r) => r.id));
      ctx.report({
        entity: role,
        path: ['reports_to'],
        messageId: loop.length === 1 ? 'self' : 'inLoop',
        data: { role: role.id, loop: listed },
      });
    }
  },
});
