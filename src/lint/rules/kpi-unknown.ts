import { didYouMeanId, replaceId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'kpi-unknown',
  defaultSeverity: 'error',
  description: 'A role or department lists a KPI id that no KPI defines.',
  docs: "Every entry of a role's or department's `kpis` must be the id of a `kind: KPI` document (or `{id, target}` with such an id). Fix the spelling, or add the KPI definition. A misspelt KPI is otherwise silently missing from job descriptions and the KPI dictionary.",
  messages: {
    notAKpi: "{{holderKind}} '{{holder}}' lists KPI '{{kpi}}', which is not a KPI{{suggestion}}",
  },
  check(ctx) {
    const { kpis, roles, departments } = ctx.model;
    for (const holder of [...subjects(departments.values()), ...subjects(roles.values())]) {
      const what = holder.kind === 'Role' ? 'role' : 'department';
      for (const ref of holder.kpis) {
        if (kpis.has(ref.id)) continue;
        ctx.report({
          entity: holder,
          // For a bare id the scalar itself, for `{id, target}` its `id` (findNode stops at the scalar).
          path: ['kpis', ref.index, 'id'],
          messageId: 'notAKpi',
          data: { holderKind: what, holder: holder.id, kpi: ref.id, suggestion: didYouMeanId(ref.id, kpis) },
          replace: replaceId(ref.id, kpis),
        });
      }
    }
  },
});
