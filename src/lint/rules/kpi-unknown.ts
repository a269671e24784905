import { uncheckable } from './utils/references.js';
import { idHint } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'kpi-unknown',
  defaultSeverity: 'error',
  description: 'A role or department lists a KPI id that no KPI defines.',
  docs: "Every entry of a role's or department's `kpis` must be the id of a `kind: KPI` document (or `{id, target}` with such an id). Fix the spelling, or add the KPI definition. A misspelt KPI is otherwise silently missing from job descriptions and the KPI dictionary.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    kpis: [gross-margn]\n---\nkind: KPI\nid: gross-margin\nname: 毛利率\nunit: percent\ntarget: 35\nowner: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    kpis: [gross-margin]\n---\nkind: KPI\nid: gross-margin\nname: 毛利率\nunit: percent\ntarget: 35\nowner: cfo\n',
  },
  messages: {
    notAKpi: "{{holderKind}} '{{holder}}' lists KPI '{{kpi}}', which is not a KPI{{suggestion}}",
  },
  // Unknown KPIs stay unknown while no KPI id comes or goes; the did-you-mean names the KPIs as they are.
  incremental: { fullIf: (delta, hadFindings) => delta.idsChanged('KPI') || (hadFindings && delta.kindChanged('KPI')) },
  check(ctx) {
    const { kpis, roles, departments } = ctx.model;
    for (const holders of [subjects(departments), subjects(roles)])
      for (const holder of holders) {
        const what = holder.kind === 'Role' ? 'role' : 'department';
        for (const ref of holder.kpis) {
          if (kpis.has(ref.id) || uncheckable(ctx.model, ref.id)) continue;
          const hint = idHint(ref.id, kpis);
          ctx.report({
            entity: holder,
            // For a bare id the scalar itself, for `{id, target}` its `id` (findNode stops at the scalar).
            path: ['kpis', ref.index, 'id'],
            messageId: 'notAKpi',
            data: { holderKind: what, holder: holder.id, kpi: ref.id, suggestion: hint.text },
            replaceWith: hint.replaceWith,
          });
        }
      }
  },
});
