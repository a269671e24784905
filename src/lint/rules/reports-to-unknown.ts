import { uncheckable } from './utils/references.js';
import { idHint } from './utils/suggestId.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'reports-to-unknown',
  defaultSeverity: 'error',
  description: '`reports_to` (or Organization `top`) names no role.',
  docs: 'A reporting line must point at an existing role id. The role is then drawn as a root and skipped by the depth and cross-department checks until fixed.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ce0\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
  },
  messages: {
    notARole: "role '{{role}}' reports to '{{target}}', which is not a role{{suggestion}}",
    topNotARole: "Organization top '{{top}}' is not a role{{suggestion}}",
  },
  check(ctx) {
    const { roles, organization, hierarchy } = ctx.model;
    // The roles whose reports_to did not resolve, as the hierarchy found them (no lookup per role here),
    // and the declared top, whose own reports_to the hierarchy does not follow.
    const top = organization?.top !== undefined ? roles.get(organization.top) : undefined;
    const candidates = top?.reportsTo !== undefined && !roles.has(top.reportsTo) ? [top, ...hierarchy.dangling] : hierarchy.dangling;
    for (const role of candidates) {
      if (role.invalid || role.reportsTo === undefined || uncheckable(ctx.model, role.reportsTo)) continue;
      const hint = idHint(role.reportsTo, roles);
      ctx.report({
        entity: role,
        path: ['reports_to'],
        messageId: 'notARole',
        data: { role: role.id, target: role.reportsTo, suggestion: hint.text },
        replaceWith: hint.replaceWith,
      });
    }
    if (
      organization &&
      !organization.invalid &&
      organization.top !== undefined &&
      !roles.has(organization.top) &&
      !uncheckable(ctx.model, organization.top)
    ) {
      const hint = idHint(organization.top, roles);
      ctx.report({
        entity: organization,
        path: ['top'],
        messageId: 'topNotARole',
        data: { top: organization.top, suggestion: hint.text },
        replaceWith: hint.replaceWith,
      });
    }
  },
});
