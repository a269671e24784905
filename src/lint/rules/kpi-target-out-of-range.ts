import type { Kpi } from '../../model/types.js';
import { defineRule, subjects } from '../types.js';

interface Bounds {
  min: number;
  max?: number;
  /** The unit whose default the bounds are; undefined = the KPI's own `range`. */
  unit?: string;
}

/** The KPI's `range`, else the default of its unit; undefined = any target is fine. */
export function targetBounds(kpi: Kpi): Bounds | undefined {
  if (kpi.range) return { min: kpi.range[0], max: kpi.range[1] };
  switch (kpi.unit) {
    case undefined:
      return undefined; // without a unit nothing says what a sensible value is
    case 'percent':
      return { min: 0, max: 100, unit: kpi.unit };
    case 'ratio':
      return { min: 0, max: 1, unit: kpi.unit };
    default:
      return { min: 0, unit: kpi.unit };
  }
}

function outside(target: number, b: Bounds): boolean {
  return target < b.min || (b.max !== undefined && target > b.max);
}

/** Which bounds a target broke, as message data: the KPI's own range, or its unit's default. */
type Broken =
  | { which: 'range'; data: { min: number; max: number } }
  | { which: 'unitMin'; data: { min: number; unit: string } }
  | { which: 'unitRange'; data: { min: number; max: number; unit: string } };

function broken(b: Bounds): Broken {
  if (b.unit === undefined) return { which: 'range', data: { min: b.min, max: b.max! } };
  if (b.max === undefined) return { which: 'unitMin', data: { min: b.min, unit: b.unit } };
  return { which: 'unitRange', data: { min: b.min, max: b.max, unit: b.unit } };
}

/** An achievement rate (销售目标达成率) is a percent that normally goes past 100. */
const ACHIEVEMENT = /达成率|完成率|achievement|attainment/i;

/** The fix when the default percent range is simply too narrow for this KPI. */
function advice(kpi: Kpi): string {
  return kpi.unit === 'percent' && (ACHIEVEMENT.test(kpi.name) || ACHIEVEMENT.test(kpi.id))
    ? `; an achievement rate above 100% is normal: give KPI '${kpi.id}' \`range: [0, 200]\``
    : '';
}

export default defineRule({
  id: 'kpi-target-out-of-range',
  defaultSeverity: 'error',
  description: "A KPI target (the KPI's own or an override) is outside the KPI's `range`, or outside the default for its unit.",
  docs: "Targets are checked against the KPI's `range: [min, max]` when given; otherwise by unit: `percent` 0–100, `ratio` 0–1, `count`, `currency`, `duration`, `score` at least 0. A KPI without `unit` and without `range` accepts any target. Overrides (`kpis: [{id, target}]` on a role or department) are checked against the same bounds. A percent written as a ratio (0.95 for 95 %) is the usual mistake; if negative values are meant (a decline, a loss), declare a `range`.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: KPI\nid: gross-margin\nname: 毛利率\nunit: percent\ntarget: 135\nowner: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: KPI\nid: gross-margin\nname: 毛利率\nunit: percent\ntarget: 35\nowner: cfo\n',
  },
  messages: {
    kpiOutsideRange: "KPI '{{kpi}}' has target {{target}}, outside its range [{{min}}, {{max}}]: correct the target, or widen the range",
    kpiBelowUnitMin:
      "KPI '{{kpi}}' has target {{target}}, below {{min}}, the minimum for unit '{{unit}}': correct the target, or give the KPI a range that allows it",
    kpiOutsideUnitRange:
      "KPI '{{kpi}}' has target {{target}}, outside [{{min}}, {{max}}], the default range for unit '{{unit}}': correct the target, or give the KPI a range that allows it{{advice}}",
    overrideOutsideRange:
      "{{holderKind}} '{{holder}}' sets target {{target}} for KPI '{{kpi}}', outside its range [{{min}}, {{max}}]: correct this target, or widen the KPI's range",
    overrideBelowUnitMin:
      "{{holderKind}} '{{holder}}' sets target {{target}} for KPI '{{kpi}}', below {{min}}, the minimum for unit '{{unit}}': correct this target, or give the KPI a range that allows it",
    overrideOutsideUnitRange:
      "{{holderKind}} '{{holder}}' sets target {{target}} for KPI '{{kpi}}', outside [{{min}}, {{max}}], the default range for unit '{{unit}}': correct this target, or give the KPI a range that allows it{{advice}}",
  },
  // A listing's target is checked against its KPI's range: a changed KPI may move any of them.
  incremental: { fullIf: (delta) => delta.kindChanged('KPI') },
  check(ctx) {
    const { kpis, roles, departments } = ctx.model;
    for (const kpi of subjects(kpis)) {
      const bounds = targetBounds(kpi);
      if (kpi.target === undefined || !bounds || !outside(kpi.target, bounds)) continue;
      const where = { entity: kpi, path: ['target'] };
      const b = broken(bounds);
      const about = { kpi: kpi.id, target: kpi.target };
      if (b.which === 'range') ctx.report({ ...where, messageId: 'kpiOutsideRange', data: { ...about, ...b.data } });
      else if (b.which === 'unitMin') ctx.report({ ...where, messageId: 'kpiBelowUnitMin', data: { ...about, ...b.data } });
      else ctx.report({ ...where, messageId: 'kpiOutsideUnitRange', data: { ...about, ...b.data, advice: advice(kpi) } });
    }
    for (const holders of [subjects(departments), subjects(roles)])
      for (const holder of holders) {
        const what = holder.kind === 'Role' ? 'role' : 'department';
        for (const ref of holder.kpis) {
          if (ref.target === undefined) continue; // most listings take the KPI's own target
          const kpi = kpis.get(ref.id); // an unknown KPI is kpi-unknown's finding
          const bounds = kpi && targetBounds(kpi);
          if (!bounds || !outside(ref.target, bounds)) continue;
          const where = { entity: holder, path: ['kpis', ref.index, 'target'] };
          const b = broken(bounds);
          const about = { holderKind: what, holder: holder.id, target: ref.target, kpi: ref.id };
          if (b.which === 'range') ctx.report({ ...where, messageId: 'overrideOutsideRange', data: { ...about, ...b.data } });
          else if (b.which === 'unitMin') ctx.report({ ...where, messageId: 'overrideBelowUnitMin', data: { ...about, ...b.data } });
          else ctx.report({ ...where, messageId: 'overrideOutsideUnitRange', data: { ...about, ...b.data, advice: advice(kpi) } });
        }
      }
  },
});
