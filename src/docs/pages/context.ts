/**
 * What every page builder gets, and the small pieces they share: references
 * to other entities (a link when the id resolves, the id marked unknown when
 * it does not — the findings list says why) and the KPI table rows.
 */
import type { Locale } from '../../core/locale.js';
import type { KpiAssignment, OrgModel, Role } from '../../model/types.js';
import { effectiveTarget, formatTarget, type DocFacts } from '../facts.js';
import { roleStaffing } from '../../model/staffing.js';
import { link, type Inline } from '../ir.js';
import type { DocsWords } from '../../i18n/index.js';

export type DocsFormat = 'markdown' | 'html';

export interface PageContext {
  model: OrgModel;
  msg: DocsWords;
  /** The handbook's language (findings are re-worded in it). */
  locale: Locale;
  facts: DocFacts;
  format: DocsFormat;
  /** An SVG org chart is available (written as chart.svg / inlined). */
  hasChart: boolean;
  /** The HTML handbook's workflow flowcharts (SVG) by workflow id. */
  workflowSvgs?: ReadonlyMap<string, string>;
}

function unknown(ctx: PageContext, id: string): Inline[] {
  return [id, ctx.msg.unknownSuffix];
}

export function roleRef(ctx: PageContext, id: string): Inline[] {
  const role = ctx.model.roles.get(id);
  return role ? [link({ kind: 'role', id }, role.title)] : unknown(ctx, id);
}

/** A role with its seat count when it has more than one ("推广专员 ×2"). */
export function roleRefWithSeats(ctx: PageContext, role: Role): Inline[] {
  return role.headcount === 1 ? roleRef(ctx, role.id) : [...roleRef(ctx, role.id), ` ×${role.headcount}`];
}

export function departmentRef(ctx: PageContext, id: string): Inline[] {
  const dept = ctx.model.departments.get(id);
  return dept ? [link({ kind: 'department', id }, dept.name)] : unknown(ctx, id);
}

export function kpiRef(ctx: PageContext, id: string): Inline[] {
  const kpi = ctx.model.kpis.get(id);
  return kpi ? [link({ kind: 'kpi', id }, kpi.name)] : unknown(ctx, id);
}

export function workflowRef(ctx: PageContext, id: string): Inline[] {
  const wf = ctx.model.workflows.get(id);
  return wf ? [link({ kind: 'workflow', id }, wf.name)] : unknown(ctx, id);
}

/** A KPI owner: a role or a department. */
export function ownerRef(ctx: PageContext, id: string): Inline[] {
  if (ctx.model.roles.has(id)) return roleRef(ctx, id);
  return departmentRef(ctx, id);
}

export function kpiTableHead(msg: DocsWords): Inline[][] {
  return [[msg.kpi], [msg.target], [msg.unit], [msg.direction], [msg.frequency]];
}

/** One row per KPI a role or department carries, with the target it is measured against. */
export function kpiTableRows(ctx: PageContext, assignments: KpiAssignment[]): Inline[][][] {
  const { msg } = ctx;
  return assignments.map((a) => {
    const kpi = ctx.model.kpis.get(a.id);
    return [
      kpiRef(ctx, a.id),
      [formatTarget(effectiveTarget(a, kpi), kpi, msg)],
      [kpi?.unit ? msg.unitNames[kpi.unit] : msg.none],
      [kpi?.direction ? msg.directionNames[kpi.direction] : msg.none],
      [kpi?.frequency ? msg.frequencyNames[kpi.frequency] : msg.none],
    ];
  });
}

/** Holder names (with e-mail addresses when asked), or "not recorded" when the role does not list its holders. */
export function holdersText(ctx: PageContext, role: Role, withEmail = false): string {
  const { msg } = ctx;
  if (!role.holders) return msg.staffingUnknown;
  if (!role.holders.length) return msg.none;
  return role.holders.map((h) => (withEmail && h.email ? `${h.name}${msg.parenthesised(h.email)}` : h.name)).join(msg.listSep);
}

export function vacantText(ctx: PageContext, role: Role): string {
  const { vacant } = roleStaffing(role);
  return vacant === undefined ? ctx.msg.none : String(vacant);
}
