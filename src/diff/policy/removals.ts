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
import { policyFinding } from './finding.js';
import { idsData } from './message.js';

/** Over the limit: more than `max` items, or (a share) more than `max` of the base's `whole`. */
export function overLimit(limit: PolicyLimit, count: number, whole: number): boolean {
  return limit.share ? count > limit.max * whole + 1e-9 : count > limit.max;
}

/**
 * A removal gate: the base's Organization (where its findings point), both sides, the gate's limit, and
 * `now`, which gives a before-side id's after-side id (itself unless renamed with `previously:`).
 */
type RemovalGate = (org: Organization, before: OrgModel, after: OrgModel, limit: PolicyLimit, now?: (id: string) => string) => Finding[];

const same = (id: string) => id;

export const rolesRemoved: RemovalGate = (org, before, after, limit, now = same) => {
  const gone = [...before.roles.keys()].filter((id) => !after.roles.has(now(id))).sort(compareStrings);
  if (!overLimit(limit, gone.length, before.roles.size)) return [];
  return [
    policyFinding(org, limit, 'maxRolesRemoved', {
      removed: gone.length,
      max: limit.written,
      whole: before.roles.size,
      share: limit.share ? 1 : 0,
      ...idsData(gone),
    }),
  ];
};

export const seatsRemoved: RemovalGate = (org, before, after, limit, now = same) => {
  let removed = 0;
  let total = 0;
  const cut: string[] = [];
  for (const [id, role] of before.roles) {
    total += role.headcount;
    const lost = role.headcount - (after.roles.get(now(id))?.headcount ?? 0);
    if (lost > 0) {
      removed += lost;
      cut.push(id);
    }
  }
  if (!overLimit(limit, removed, total)) return [];
  cut.sort(compareStrings);
  return [policyFinding(org, limit, 'maxSeatsRemoved', { removed, total, max: limit.written, ...idsData(cut) })];
};
