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

function describe(b: Bounds): string {
  if (b.unit === undefined) return `outside its range [${b.min}, ${b.max}]`;
  if (b.max === undefined) return `below ${b.min}, the minimum for unit '${b.unit}'`;
  return `outside [${b.min}, ${b.max}], the default range for unit '${b.unit}'`;
}

export default defineRule({
  id: 'kpi-target-out-of-range',
  defaultSeverity: 'error',
  description: "A KPI target (the KPI's own or an override) is outside the KPI's `range`, or outside the default for its unit.",
  docs: "Targets are checked against the KPI's `range: [min, max]` when given; otherwise by unit: `percent` 0–100, `ratio` 0–1, `count`, `currency`, `duration`, `score` at least 0. A KPI without `unit` and without `range` accepts any target. Overrides (`kpis: [{id, target}]` on a role or department) are checked against the same bounds. A percent written as a ratio (0.95 for 95 %) is the usual mistake; if negative values are meant (a decline, a loss), declare a `range`.",
  check(ctx) {
    const { kpis, roles, departments } = ctx.model;
    for (const kpi of subjects(kpis.values())) {
      const bounds = targetBounds(kpi);
      if (kpi.target === undefined || !bounds || !outside(kpi.target, bounds)) continue;
      ctx.report({ entity: kpi, path: ['target'], message: `KPI '${kpi.id}' has target ${kpi.target}, ${describe(bounds)}` });
    }
    for (const holder of [...subjects(departments.values()), ...subjects(roles.values())]) {
      const what = holder.kind === 'Role' ? 'role' : 'department';
      for (const ref of holder.kpis) {
        const kpi = kpis.get(ref.id); // an unknown KPI is kpi-unknown's finding
        const bounds = kpi && targetBounds(kpi);
        if (ref.target === undefined || !bounds || !outside(ref.target, bounds)) continue;
        ctx.report({
          entity: holder,
          path: ['kpis', ref.index, 'target'],
          message: `${what} '${holder.id}' sets target ${ref.target} for KPI '${ref.id}', ${describe(bounds)}`,
        });
      }
    }
  },
});
