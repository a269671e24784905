/**
 * The diff policy gates: the base side's `diff_policy` (src/model/diffPolicy.ts)
 * applied to a change. Read from the base on purpose — a pull request must not
 * loosen its own gate; a new policy takes effect once it is merged.
 */
import type { Finding } from '../../load/types.js';
import type { OrgModel } from '../../model/types.js';
import type { Change } from '../types.js';
import { departmentGrowth } from './growth.js';
import { protectedChanges } from './protectedEntities.js';
import { rolesRemoved, seatsRemoved } from './removals.js';

export { POLICY_RULE } from './finding.js';

/**
 * `renamed` maps a before-side id to its after-side id (`previously:`): a
 * renamed role is not removed, a renamed department does not grow from 0, and
 * a protected one stays protected under its new id.
 */
export function checkPolicy(
  before: OrgModel,
  after: OrgModel,
  changes: readonly Change[],
  labels: readonly string[] = [],
  renamed: ReadonlyMap<string, string> = new Map(),
): Finding[] {
  const org = before.organization;
  const policy = org?.diffPolicy;
  if (!org || !policy) return [];
  const now = (id: string) => renamed.get(id) ?? id;
  return [
    ...(policy.rolesRemoved ? rolesRemoved(org, before, after, policy.rolesRemoved, now) : []),
    ...(policy.seatsRemoved ? seatsRemoved(org, before, after, policy.seatsRemoved, now) : []),
    ...(policy.departmentGrowth ? departmentGrowth(org, before, after, policy.departmentGrowth, now) : []),
    ...protectedChanges(org, policy.protected, changes, { before, after }, labels, now),
  ];
}
