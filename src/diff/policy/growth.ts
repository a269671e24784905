/**
 * `max_department_growth`: the seats one department's own roles may gain in
 * one change (a department new in HEAD grows from 0). Own roles, not the
 * subtree: a growing team is reported once, on its department, not again on
 * every department above it.
 */
import { compareStrings } from '../fields.js';
import type { PolicyLimit } from '../../model/diffPolicy.js';
import type { OrgModel, Organization } from '../../model/types.js';
import type { Finding } from '../../load/types.js';
import { policyFinding } from './finding.js';

/** Seats of each department's own roles, keyed by `key(department id)`. */
function ownSeats(model: OrgModel, key: (id: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const role of model.roles.values()) {
    if (role.department === undefined) continue;
    const dept = key(role.department);
    out.set(dept, (out.get(dept) ?? 0) + role.headcount);
  }
  return out;
}

/** `renamedTo` gives a before-side id's after-side id: a renamed department is compared with itself, not grown from 0. */
export function departmentGrowth(
  org: Organization,
  before: OrgModel,
  after: OrgModel,
  limit: PolicyLimit,
  renamedTo = (id: string) => id,
): Finding[] {
  const was = ownSeats(before, renamedTo);
  const now = ownSeats(after, (id) => id);
  const out: Finding[] = [];
  for (const id of [...now.keys()].sort(compareStrings)) {
    const from = was.get(id) ?? 0;
    const to = now.get(id)!;
    if (to - from <= limit.max) continue;
    out.push(policyFinding(org, limit, 'maxDepartmentGrowth', { department: id, from, to, max: limit.written }, id));
  }
  return out;
}
