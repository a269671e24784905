/**
 * The KPI dictionary (绩效指标词典): a summary table, then each KPI with its
 * definition (formula, unit, direction, target, range, frequency, owner) and
 * who carries it with which target.
 */
import type { Kpi } from '../../model/types.js';
import { formatRange, formatTarget } from '../facts.js';
import { code, link, type Block, type Inline, type Page } from '../ir.js';
import { departmentRef, ownerRef, roleRef, type PageContext } from './context.js';

export function kpiDictionaryPage(ctx: PageContext): Page {
  const { model, msg } = ctx;
  const kpis = [...model.kpis.values()];
  const blocks: Block[] = [];
  if (!kpis.length) blocks.push({ type: 'paragraph', content: [msg.none] });
  else blocks.push(summaryTable(ctx, kpis));
  for (const kpi of kpis) blocks.push(...entry(ctx, kpi));
  return { target: { page: 'kpis' }, title: [msg.kpiDictionary], blocks };
}

function summaryTable(ctx: PageContext, kpis: Kpi[]): Block {
  const { msg } = ctx;
  return {
    type: 'table',
    head: [[msg.kpi], [msg.unit], [msg.direction], [msg.target], [msg.frequency], [msg.owner]],
    rows: kpis.map((k) => [
      [link({ kind: 'kpi', id: k.id }, k.name)],
      [k.unit ? msg.unitNames[k.unit] : msg.none],
      [k.direction ? msg.directionNames[k.direction] : msg.none],
      [formatTarget(k.target, k, msg)],
      [k.frequency ? msg.frequencyNames[k.frequency] : msg.none],
      k.owner === undefined ? [msg.none] : ownerRef(ctx, k.owner),
    ]),
  };
}

function entry(ctx: PageContext, kpi: Kpi): Block[] {
  const { msg } = ctx;
  const blocks: Block[] = [{ type: 'heading', level: 2, content: [kpi.name], anchor: { kind: 'kpi', id: kpi.id } }];
  if (kpi.description) blocks.push({ type: 'prose', text: kpi.description });
  const fields: { label: string; value: Inline[] }[] = [{ label: msg.id, value: [code(kpi.id)] }];
  if (kpi.formula !== undefined) fields.push({ label: msg.formula, value: [kpi.formula] });
  fields.push(
    { label: msg.unit, value: [kpi.unit ? msg.unitNames[kpi.unit] : msg.none] },
    { label: msg.direction, value: [kpi.direction ? msg.directionNames[kpi.direction] : msg.none] },
    { label: msg.target, value: [formatTarget(kpi.target, kpi, msg)] },
  );
  if (kpi.range) fields.push({ label: msg.range, value: [formatRange(kpi, msg)] });
  fields.push(
    { label: msg.frequency, value: [kpi.frequency ? msg.frequencyNames[kpi.frequency] : msg.none] },
    { label: msg.owner, value: kpi.owner === undefined ? [msg.none] : ownerRef(ctx, kpi.owner) },
  );
  blocks.push({ type: 'fields', fields });

  const carriers = ctx.facts.kpiCarriers.get(kpi.id) ?? [];
  blocks.push({ type: 'heading', level: 3, content: [msg.carriedBy] });
  if (!carriers.length) {
    blocks.push({ type: 'paragraph', content: [msg.notCarried] });
  } else {
    blocks.push({
      type: 'table',
      head: [[msg.name], [msg.kind], [msg.target]],
      rows: carriers.map((c) => [
        c.entity.kind === 'Role' ? roleRef(ctx, c.entity.id) : departmentRef(ctx, c.entity.id),
        [c.entity.kind === 'Role' ? msg.role : msg.departmentKind],
        [formatTarget(c.target, kpi, msg)],
      ]),
      align: ['left', 'left', 'right'],
    });
  }
  return blocks;
}
