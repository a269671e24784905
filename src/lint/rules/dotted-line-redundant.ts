import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'dotted-line-redundant',
  defaultSeverity: 'warning',
  description: 'A dotted line repeats the solid line (or an earlier dotted line), or points at the role itself.',
  docs:
    'A dotted line adds a second, functional manager; one to the solid-line manager, to the role itself or listed twice says nothing and clutters the chart. ' +
    'Remove the entry. (Unknown ids are `dotted-line-unknown` only.)',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: coo\n    title: 运营总监\n    reports_to: ceo\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    dotted_line: [ceo]\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: coo\n    title: 运营总监\n    reports_to: ceo\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    dotted_line: [coo]\n',
  },
  messages: {
    self: "role '{{role}}' has a dotted line to '{{target}}', which is the role itself: remove it from dotted_line",
    solidLine: "role '{{role}}' has a dotted line to '{{target}}', which repeats its solid line (reports_to): remove it from dotted_line",
    repeated: "role '{{role}}' has a dotted line to '{{target}}', which is already listed: remove it from dotted_line",
  },
  // About the role's own lines, as long as the roles they name stay (or stay away).
  incremental: { fullIf: (delta) => delta.idsChanged('Role') },
  check(ctx) {
    const { roles } = ctx.model;
    for (const role of subjects(roles)) {
      if (role.dottedLine.length === 0) continue; // most roles: no set to make
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
