import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'kpi-unused',
  defaultSeverity: 'warning',
  description: 'A KPI has no `owner` and no role or department lists it.',
  docs: 'A KPI nobody answers for is not measured. Give it an `owner` (a role or department id), or list it in the `kpis` of the roles or departments that carry it; delete it if it is obsolete.',
  messages: {
    unused: "KPI '{{kpi}}' has no owner and no role or department lists it",
  },
  check(ctx) {
    const { kpis, roles, departments } = ctx.model;
    // Every listing counts, also from entities with schema errors: they still exist, and
    // reporting the KPI as unused would multiply one broken entity's findings.
    const listed = new Set<string>();
    for (const holder of [...departments.values(), ...roles.values()]) for (const ref of holder.kpis) listed.add(ref.id);
    for (const kpi of subjects(kpis.values())) {
      if (kpi.owner !== undefined || listed.has(kpi.id)) continue;
      ctx.report({ entity: kpi, messageId: 'unused', data: { kpi: kpi.id } });
    }
  },
});
