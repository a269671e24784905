/** Building a Team (项目组) and its members. */
import { TeamSchema, type TeamDoc } from '../schema.js';
import type { Team, TeamMember } from '../types.js';
import { isPlainObject } from '../validateDoc.js';
import { entityBase, nfc, nfcOpt, type Checked, type DocSource, type KindSchema } from './check.js';
import { quickChecker } from './quickCheck.js';

export const TEAM: KindSchema<TeamDoc> = {
  full: TeamSchema,
  partial: TeamSchema.partial(),
  shape: TeamSchema.shape,
  quick: quickChecker(TeamSchema),
};

/**
 * The members that name a role. When the list is invalid as a whole, its
 * mappings as written are read field by field (their problems are schema
 * findings already), so a member's role is still counted and checked.
 */
function members(list: readonly unknown[]): TeamMember[] {
  const out: TeamMember[] = [];
  list.forEach((m, index) => {
    if (!isPlainObject(m) || typeof m.role !== 'string') return;
    const seats = typeof m.seats === 'number' ? m.seats : undefined;
    const share = typeof m.share === 'number' ? m.share : undefined;
    out.push({ role: nfc(m.role), ...(seats !== undefined ? { seats } : {}), ...(share !== undefined ? { share } : {}), index });
  });
  return out;
}

/** What a member takes from its role, in percent of one seat: seats (default 1) × share of each seat's time (default 100%). */
export function memberLoad(m: TeamMember): number {
  return (m.seats ?? 1) * (m.share ?? 100);
}

export function buildTeam(checked: Checked<TeamDoc>, raw: Record<string, unknown>, from: DocSource): Team {
  const d = checked.data;
  const written: readonly unknown[] = d.members ?? (Array.isArray(raw.members) ? raw.members : []);
  return {
    kind: 'Team',
    ...entityBase(checked, from),
    name: d.name ?? d.id,
    purpose: d.purpose,
    lead: nfcOpt(d.lead),
    members: members(written),
    start: d.start,
    end: d.end,
  };
}
