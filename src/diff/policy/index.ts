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

export function checkPolicy(before: OrgModel, after: OrgModel, changes: readonly Change[], labels: readonly string[] = []): Finding[] {
  const org = before.organization;
  const policy = org?.diffPolicy;
  if (!org || !policy) return [];
  return [
    ...(policy.rolesRemoved ? rolesRemoved(org, before, after, policy.rolesRemoved) : []),
    ...(policy.seatsRemoved ? seatsRemoved(org, before, after, policy.seatsRemoved) : []),
    ...(policy.departmentGrowth ? departmentGrowth(org, before, after, policy.departmentGrowth) : []),
    ...protectedChanges(org, policy.protected, changes, { before, after }, labels),
  ];
}
