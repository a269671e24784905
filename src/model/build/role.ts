/** Building a Role, standalone or declared inline in a Department. */
import { InlineRoleSchema, RoleSchema, type InlineRoleDoc, type RoleDoc } from '../schema.js';
import type { Role } from '../types.js';
import { entityBase, holders, kpiAssignments, nfcList, nfcOpt, type Checked, type DocSource, type KindSchema } from './check.js';

export const ROLE: KindSchema<RoleDoc> = { full: RoleSchema, partial: RoleSchema.partial(), shape: RoleSchema.shape };
export const INLINE_ROLE: KindSchema<InlineRoleDoc> = {
  full: InlineRoleSchema,
  partial: InlineRoleSchema.partial(),
  shape: InlineRoleSchema.shape,
};

/** An inline role's department is the enclosing one (`department`), whatever it names. */
export function buildRole(
  checked: Checked<RoleDoc> | Checked<InlineRoleDoc>,
  from: DocSource,
  inline?: { department: string; invalid: boolean },
): Role {
  const d = checked.data;
  return {
    kind: 'Role',
    ...entityBase(checked, from, inline ? inline.invalid : checked.invalid),
    title: d.title ?? d.id,
    department: inline ? inline.department : nfcOpt(d.department),
    inline: inline !== undefined,
    reportsTo: nfcOpt(d.reports_to),
    dottedLine: nfcList(d.dotted_line),
    headcount: d.headcount ?? 1,
    holders: holders(d.holders),
    concurrent: d.concurrent ?? false,
    concurrentHolders: d.concurrent_holders ?? [],
    responsibilities: d.responsibilities ?? [],
    qualifications: d.qualifications ?? [],
    competencies: (d.competencies ?? []).map((c) => (typeof c === 'string' ? { name: c } : c)),
    kpis: kpiAssignments(d.kpis),
    order: d.order,
  };
}
