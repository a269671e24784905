import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'dotted-line-redundant',
  defaultSeverity: 'warning',
  description: 'A dotted line repeats the solid line (or an earlier dotted line), or points at the role itself.',
  docs:
    'A dotted line adds a second, functional manager; one to the solid-line manager, to the role itself or listed twice says nothing and clutters the chart. ' +
    'Remove the entry. (Unknown ids are `dotted-line-unknown` only.)',
  messages: {
    self: "role '{{role}}' has a dotted line to '{{target}}', which is the role itself",
    solidLine: "role '{{role}}' has a dotted line to '{{target}}', which repeats its solid line (reports_to)",
    repeated: "role '{{role}}' has a dotted line to '{{target}}', which is already listed",
  },
  check(ctx) {
    const { roles } = ctx.model;
    for (const role of subjects(roles.values())) {
      const seen = new Set<string>();
      role.dottedLine.forEach((target, i) => {
        if (!roles.has(target)) return;
        let why: 'self' | 'solidLine' | 'repeated' | undefined;
        if (target === role.id) why = 'self';
        else if (target === role.reportsTo) why = 'solidLine';
        else if (seen.has(target)) why = 'repeated';
        seen.add(target);
        if (why) ctx.report({ entity: role, path: ['dotted_line', i], messageId: why, data: { role: role.id, target } });
      });
    }
  },
});
