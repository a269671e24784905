/**
 * A role's staffing, the one definition `orgctl stats` (and so `diff`'s figures) and the handbook
 * use. As the format says: `headcount` is the role's seats, `holders` the people named in them, and
 * seats − holders are its vacancies. A role that names more people than it has seats (an error of
 * its own, overfilled-role) counts every person named — no one listed disappears from the figures —
 * and no vacancy, never a negative one. A role without `holders` has unknown staffing: its seats are
 * neither held nor vacant.
 */
import type { Role } from './types.js';

export interface RoleStaffing {
  seats: number;
  /** People named in `holders`; undefined when the role does not list them. */
  holders?: number;
  /** Seats without a holder; undefined when the role does not list its holders. */
  vacant?: number;
}

export function roleStaffing(role: Role): RoleStaffing {
  if (!role.holders) return { seats: role.headcount };
  const holders = role.holders.length;
  return { seats: role.headcount, holders, vacant: Math.max(0, role.headcount - holders) };
}
