/** Building a Role, standalone or declared inline in a Department. */
import { InlineRoleSchema, RoleSchema, type InlineRoleDoc, type RoleDoc } from '../schema.js';
import type { Role } from '../types.js';
import { entityBase, holders, kpiAssignments, nfcList, nfcOpt, type Checked, type DocSource, type KindSchema } from './check.js';
import { quickChecker } from './quickCheck.js';

export const ROLE: KindSchema<RoleDoc> = {
  full: RoleSchema,
  partial: RoleSchema.partial(),
  shape: RoleSchema.shape,
  quick: quickChecker(RoleSchema),
};
export const INLINE_ROLE: KindSchema<InlineRoleDoc> = {
  full: InlineRoleSchema,
  partial: InlineRoleSchema.partial(),
  shape: InlineRoleSchema.shape,
  quick: quickChecker(InlineRoleSchema),
};

/**
 * An inline role's department is the enclosing one (`department`), whatever it names.
 *
 * The role is written out key by key rather than spread from entityBase: an org is mostly roles, and a
 * spread into the middle of an object literal takes V8's slow path (about half of building one at 100k
 * roles). The keys keep the spread's order, `effective` (dated roles only) after `extensions`: key order
 * is output order wherever an entity is printed whole.
 */
export function buildRole(
  checked: Checked<RoleDoc> | Checked<InlineRoleDoc>,
  from: DocSource,
  inline?: { department: string; invalid: boolean },
): Role {
  const d = checked.data;
  const base = entityBase(checked, from, inline ? inline.invalid : checked.invalid);
  const role: Role = {
    kind: 'Role',
    id: base.id,
    description: base.description,
    previously: base.previously,
    source: base.source,
    node: base.node,
    written: base.written,
    invalid: base.invalid,
    extensions: base.extensions,
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
  return base.effective === undefined ? role : withKeyAfter(role, 'extensions', 'effective', base.effective);
}

/** `entity` with `key: value` placed right after `after` (a new object: the keys in that order). */
function withKeyAfter<T extends object>(entity: T, after: string, key: string, value: unknown): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entity)) {
    out[k] = v;
    if (k === after) out[key] = value;
  }
  return out as T;
}
