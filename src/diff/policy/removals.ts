/**
 * `max_roles_removed` and `max_seats_removed`: peribolos's guard against a
 * sync that removes too many members, for roles and seats. Seats removed are
 * counted gross — a removed role's seats plus every head-count cut — so seats
 * added elsewhere do not hide a cut.
 */
import { compareStrings } from '../fields.js';
import type { PolicyLimit } from '../../model/diffPolicy.js';
import type { OrgModel, Organization } from '../../model/types.js';
import type { Finding } from '../../load/types.js';
import { percent, policyFinding, someIds } from './finding.js';

/** Over the limit: more than `max` items, or (a share) more than `max` of the base's `whole`. */
export function overLimit(limit: PolicyLimit, count: number, whole: number): boolean {
  return limit.share ? count > limit.max * whole + 1e-9 : count > limit.max;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function rolesRemoved(org: Organization, before: OrgModel, after: OrgModel, limit: PolicyLimit): Finding[] {
  const gone = [...before.roles.keys()].filter((id) => !after.roles.has(id)).sort(compareStrings);
  if (!overLimit(limit, gone.length, before.roles.size)) return [];
  const share = limit.share ? `, ${percent(gone.length, before.roles.size)} of ${before.roles.size}` : '';
  const message =
    `the change removes ${plural(gone.length, 'role', 'roles')} (${someIds(gone)}${share}), more than the base's ` +
    `diff_policy.max_roles_removed (${limit.written}) allows: keep them, or change the policy in a pull request of its own first`;
  return [policyFinding(org, limit, 'maxRolesRemoved', message, { removed: gone.length, max: limit.written })];
}

export function seatsRemoved(org: Organization, before: OrgModel, after: OrgModel, limit: PolicyLimit): Finding[] {
  let removed = 0;
  let total = 0;
  const cut: string[] = [];
  for (const [id, role] of before.roles) {
    total += role.headcount;
    const lost = role.headcount - (after.roles.get(id)?.headcount ?? 0);
    if (lost > 0) {
      removed += lost;
      cut.push(id);
    }
  }
  if (!overLimit(limit, removed, total)) return [];
  cut.sort(compareStrings);
  const message =
    `the change removes ${plural(removed, 'seat', 'seats')} (${percent(removed, total)} of ${total}; from ${someIds(cut)}), more than the base's ` +
    `diff_policy.max_seats_removed (${limit.written}) allows: keep them, or change the policy in a pull request of its own first`;
  return [policyFinding(org, limit, 'maxSeatsRemoved', message, { removed, total, max: limit.written })];
}
