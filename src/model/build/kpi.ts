/** Building a KPI from its document. */
import { KpiSchema, type KpiDoc } from '../schema.js';
import type { Kpi } from '../types.js';
import { entityBase, nfcOpt, type Checked, type DocSource, type KindSchema } from './check.js';
import { quickChecker } from './quickCheck.js';

export const KPI: KindSchema<KpiDoc> = {
  full: KpiSchema,
  partial: KpiSchema.partial(),
  shape: KpiSchema.shape,
  quick: quickChecker(KpiSchema),
};

export function buildKpi(checked: Checked<KpiDoc>, from: DocSource): Kpi {
  const d = checked.data;
  return {
    kind: 'KPI',
    ...entityBase(checked, from),
    name: d.name ?? d.id,
    formula: d.formula,
    unit: d.unit,
    direction: d.direction,
    target: d.target,
    range: d.range,
    frequency: d.frequency,
    owner: nfcOpt(d.owner),
  };
}
