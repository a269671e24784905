import { listingsChanged } from '../incremental.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'kpi-unused',
  defaultSeverity: 'warning',
  description: 'A KPI has no `owner` and no role or department lists it.',
  docs: 'A KPI nobody answers for is not measured. Give it an `owner` (a role or department id), or list it in the `kpis` of the roles or departments that carry it; delete it if it is obsolete.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: KPI\nid: gross-margin\nname: 毛利率\nunit: percent\ntarget: 35\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: KPI\nid: gross-margin\nname: 毛利率\nunit: percent\ntarget: 35\nowner: cfo\n',
  },
  messages: {
    unused:
      "KPI '{{kpi}}' has no owner and no role or department lists it: give it an owner, or list it under the kpis of the role or department that answers for it",
  },
  // Whether a KPI is listed changes only where a listing came or went.
  incremental: { alsoDirty: listingsChanged },
  check(ctx) {
    const { kpis, roles, departments } = ctx.model;
    // Every listing counts, also from entities with schema errors: they still exist, and
    // reporting the KPI as unused would multiply one broken entity's findings.
    const checked = subjects(kpis);
    if (checked.length === 0) return; // checked again after a change that listed or unlisted no KPI
    const listed = new Set<string>();
    for (const holders of [departments, roles]) for (const holder of holders.values()) for (const ref of holder.kpis) listed.add(ref.id);
    for (const kpi of checked) {
      if (kpi.owner !== undefined || listed.has(kpi.id)) continue;
      ctx.report({ entity: kpi, messageId: 'unused', data: { kpi: kpi.id } });
    }
  },
});
