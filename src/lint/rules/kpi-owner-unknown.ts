import { uncheckable } from './utils/references.js';
import { idHint } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'kpi-owner-unknown',
  defaultSeverity: 'error',
  description: "A KPI's `owner` is not the id of a role or department.",
  docs: '`owner` says who answers for a KPI; it must be a role id or a department id. Fix the spelling, or remove `owner` and list the KPI in the `kpis` of the roles or departments that carry it.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: KPI\nid: gross-margin\nname: 毛利率\nunit: percent\ntarget: 35\nowner: cf0\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: KPI\nid: gross-margin\nname: 毛利率\nunit: percent\ntarget: 35\nowner: cfo\n',
  },
  messages: {
    notAnOwner: "KPI '{{kpi}}' is owned by '{{owner}}', which is not a role or department{{suggestion}}",
  },
  check(ctx) {
    const { kpis, roles, departments } = ctx.model;
    for (const kpi of subjects(kpis)) {
      if (kpi.owner === undefined || roles.has(kpi.owner) || departments.has(kpi.owner) || uncheckable(ctx.model, kpi.owner)) continue;
      const hint = idHint(kpi.owner, roles, departments);
      ctx.report({
        entity: kpi,
        path: ['owner'],
        messageId: 'notAnOwner',
        data: { kpi: kpi.id, owner: kpi.owner, suggestion: hint.text },
        replaceWith: hint.replaceWith,
      });
    }
  },
});
