import { uncheckable } from './utils/references.js';
import { idHint } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'dotted-line-unknown',
  defaultSeverity: 'error',
  description: 'A `dotted_line` names no role.',
  docs: 'Dotted (matrix / functional) lines point at role ids like `reports_to` does; an id that names no role draws nothing. Fix the id (the message suggests the nearest role id) or remove the entry.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: coo\n    title: 运营总监\n    reports_to: ceo\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    dotted_line: [co0]\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: coo\n    title: 运营总监\n    reports_to: ceo\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    dotted_line: [coo]\n',
  },
  messages: {
    notARole: "role '{{role}}' has a dotted line to '{{target}}', which is not a role{{suggestion}}",
  },
  // Unknown roles stay unknown while no role id comes or goes; the did-you-mean names the roles as they are.
  incremental: { fullIf: (delta, hadFindings) => delta.idsChanged('Role') || (hadFindings && delta.kindChanged('Role')) },
  check(ctx) {
    const { roles } = ctx.model;
    for (const role of subjects(roles)) {
      role.dottedLine.forEach((target, i) => {
        if (roles.has(target) || uncheckable(ctx.model, target)) return;
        const hint = idHint(target, roles);
        ctx.report({
          entity: role,
          path: ['dotted_line', i],
          messageId: 'notARole',
          data: { role: role.id, target, suggestion: hint.text },
          replaceWith: hint.replaceWith,
        });
      });
    }
  },
});
