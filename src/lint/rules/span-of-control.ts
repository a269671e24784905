import { defineRule } from '../types.js';
import { SPAN_OF_CONTROL, spanOfControlOptions } from './utils/spanOfControl.js';

export default defineRule({
  id: SPAN_OF_CONTROL,
  defaultSeverity: 'warning',
  description: "A role's direct solid-line reports, counted in seats (headcount), exceed `max` (default 10).",
  docs: 'A manager with too many direct reports cannot lead them well. Seats count, not roles: a role with headcount 5 is five reports. Dotted lines do not count. Configure with `span-of-control: [warn, {max: 8}]`.',
  options: spanOfControlOptions,
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: assistant\n    title: 总经理助理\n    reports_to: ceo\n    headcount: 11\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: assistant\n    title: 总经理助理\n    reports_to: ceo\n    headcount: 10\n',
  },
  messages: {
    tooWide:
      "role '{{role}}' has {{seats}} direct reports (in seats, over {{roles}} roles), more than the maximum of {{max}}: move some of them under another manager, or raise max (rules: {span-of-control: [warn, {max: N}]})",
  },
  check(ctx) {
    const { max } = ctx.options;
    const { roles, hierarchy } = ctx.model;
    // Managers only, from the reports lists themselves: no lookup for the many roles without reports.
    for (const [id, reports] of hierarchy.reports) {
      const seats = reports.reduce((n, r) => n + r.headcount, 0);
      if (seats <= max) continue;
      const role = roles.get(id);
      if (!role || role.invalid) continue; // a role with schema errors is not a rule's subject
      ctx.report({
        entity: role,
        messageId: 'tooWide',
        data: { role: role.id, seats, roles: reports.length, max },
      });
    }
  },
});
