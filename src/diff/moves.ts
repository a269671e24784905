/**
 * Reading a list of changes the way a reviewer thinks about a restructure:
 * "this manager moved with their whole team" rather than one change per role,
 * and "this removal and that addition are probably one rename". These are
 * extras for the human formats; the JSON keeps every change on its entity.
 */
import type { OrgModel, Role } from '../model/types.js';
import { seatsOf } from '../model/hierarchy.js';
import { compareStrings } from './fields.js';
import type { Change, ChangeKind, PossibleRename, SubtreeMove } from './types.js';
import { belowMarked, subtreeSums } from '../core/tree/forest.js';
import { pushTo } from '../core/multimap.js';

/** Changed field names of each entity present on both sides, for one kind. */
function changedFields(changes: readonly Change[], kind: ChangeKind): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of changes) {
    if (c.kind !== kind || c.change === 'added' || c.change === 'removed') continue;
    let set = out.get(c.id);
    if (!set) out.set(c.id, (set = new Set()));
    set.add(c.change);
  }
  return out;
}

/** Everyone below `rootId` on the solid lines (loop-safe). */
function descendants(model: OrgModel, rootId: string): Set<string> {
  const out = new Set<string>();
  const stack: Role[] = [...(model.hierarchy.reports.get(rootId) ?? [])];
  while (stack.length) {
    const r = stack.pop()!;
    if (r.id === rootId || out.has(r.id)) continue;
    out.add(r.id);
    for (const c of model.hierarchy.reports.get(r.id) ?? []) stack.push(c);
  }
  return out;
}

/**
 * The roles with a flagged role somewhere below them, found by walking up
 * from each flagged role until a role already found: linear in the roles
 * walked, which for a restructure are the few changed roles and their
 * managers, not the org. Undefined when a walk meets a reporting loop (the
 * caller then sums over the whole forest, which knows what "below" means on
 * a loop).
 */
function aboveFlagged(flagged: readonly Role[], managerOf: (r: Role) => Role | undefined): Set<Role> | undefined {
  const out = new Set<Role>();
  for (const r of flagged) {
    const walked = new Set<Role>([r]);
    for (let m = managerOf(r); m; m = managerOf(m)) {
      if (walked.has(m)) return undefined;
      if (out.has(m)) break;
      walked.add(m);
      out.add(m);
    }
  }
  return out;
}

/**
 * Of `starts`, those with a `marked` role somewhere above them. Each walk up
 * stops at a marked role or at one whose answer is known, and leaves the
 * answer on every role it passed: linear. Undefined on a reporting loop.
 */
function belowAnyOf(starts: Iterable<Role>, marked: ReadonlySet<Role>, managerOf: (r: Role) => Role | undefined): Set<Role> | undefined {
  const known = new Map<Role, boolean>();
  const out = new Set<Role>();
  for (const s of starts) {
    const path: Role[] = [];
    const walked = new Set<Role>([s]);
    let below = false;
    for (let m = managerOf(s); m; m = managerOf(m)) {
      if (marked.has(m)) {
        below = true;
        break;
      }
      const answer = known.get(m);
      if (answer !== undefined) {
        below = answer;
        break;
      }
      if (walked.has(m)) return undefined;
      walked.add(m);
      path.push(m);
    }
    for (const p of path) known.set(p, below);
    if (below) out.add(s);
  }
  return out;
}

/**
 * A manager whose department or manager changed, whose team (everyone below
 * it) is the same before and after, and whose team members changed nothing
 * but their department. Moves nested in a larger move are folded into it.
 *
 * A team is the same on both sides exactly when no one in it changed manager
 * on either side (given that no one in it changed reports_to, which is the
 * first condition). Worked out by walking up from the few roles that changed
 * (aboveFlagged), not down each candidate's team: on a chain 20,000 deep that
 * moved department, every manager is a candidate and those walks were
 * quadratic; and not with sums over both whole forests either, which cost a
 * 100k-role diff seconds for a handful of changes. An org with a reporting
 * loop gets the sums (core/tree/forest.ts).
 */
export function findSubtreeMoves(
  before: OrgModel,
  after: OrgModel,
  changes: readonly Change[],
  touched?: ReadonlySet<string>,
): SubtreeMove[] {
  const changed = changedFields(changes, 'role');
  const candidates = [...changed.entries()]
    .filter(([, fields]) => fields.has('department') || fields.has('reports_to'))
    .map(([id]) => id)
    .sort(compareStrings);
  if (!candidates.length) return [];
  const managerIn = (m: OrgModel) => (r: Role) => m.hierarchy.manager.get(r.id);
  const managerChanged = (id: string) => before.hierarchy.manager.get(id)?.id !== after.hierarchy.manager.get(id)?.id;
  const spoils = (id: string) => !before.roles.has(id) || [...(changed.get(id) ?? [])].some((f) => f !== 'department');
  const teamChanged = changedTeams(before, after, {
    managerIn,
    managerChanged,
    spoils,
    mayFlag: touched && mayBeFlagged(before, after, touched),
  });

  const valid = new Set<Role>();
  for (const root of candidates) {
    if (!after.hierarchy.reports.get(root)?.length) continue;
    const a = after.roles.get(root)!;
    if (!teamChanged(a, before.roles.get(root)!)) valid.add(a);
  }
  const folded = belowAnyOf(valid, valid, managerIn(after)) ?? belowMarked(after.roles.values(), managerIn(after), (r) => valid.has(r));
  const moves: SubtreeMove[] = [];
  for (const root of candidates) {
    const a = after.roles.get(root);
    if (!a || !valid.has(a) || folded.has(a)) continue;
    // Teams of the moves kept are disjoint, so walking them is linear.
    const team = descendants(after, root);
    const seats = seatsOf([a, ...[...team].map((id) => after.roles.get(id)!)]);
    moves.push({ root, members: [...team].sort(compareStrings), seats });
  }
  return moves;
}

/** Whether anyone below a role (after, or before) spoils its team's move: changed more than department, or changed manager. */
function changedTeams(
  before: OrgModel,
  after: OrgModel,
  t: {
    managerIn: (m: OrgModel) => (r: Role) => Role | undefined;
    managerChanged: (id: string) => boolean;
    spoils: (id: string) => boolean;
    /** The only role ids that can be flagged (see mayBeFlagged); every role when not given. */
    mayFlag?: ReadonlySet<string> | undefined;
  },
): (a: Role, b: Role) => boolean {
  const among = (m: OrgModel): Iterable<Role> => (t.mayFlag ? [...t.mayFlag].flatMap((id) => m.roles.get(id) ?? []) : m.roles.values());
  const flaggedAfter = [...among(after)].filter((r) => t.spoils(r.id) || t.managerChanged(r.id));
  const flaggedBefore = [...among(before)].filter((r) => t.managerChanged(r.id));
  const busyAfter = aboveFlagged(flaggedAfter, t.managerIn(after));
  const busyBefore = aboveFlagged(flaggedBefore, t.managerIn(before));
  if (busyAfter && busyBefore) return (a, b) => busyAfter.has(a) || busyBefore.has(b);
  // A reporting loop: sums over the whole forests, less the role's own flag.
  const flag = (test: (id: string) => boolean) => (r: Role) => (test(r.id) ? 1 : 0);
  const spoiledAfter = subtreeSums(after.roles.values(), t.managerIn(after), flag(t.spoils));
  const movedAfter = subtreeSums(after.roles.values(), t.managerIn(after), flag(t.managerChanged));
  const movedBefore = subtreeSums(before.roles.values(), t.managerIn(before), flag(t.managerChanged));
  return (a, b) => {
    const own = (test: (id: string) => boolean) => (test(a.id) ? 1 : 0);
    return (
      spoiledAfter.get(a)! - own(t.spoils) > 0 ||
      movedAfter.get(a)! - own(t.managerChanged) > 0 ||
      movedBefore.get(b)! - own(t.managerChanged) > 0
    );
  };
}

/**
 * The roles that can spoil a team move or have a new manager, given the roles
 * not read from the same document on both sides (`touched`): those, the
 * reports of a role on one side only (their manager appears or goes), and the
 * Organization's `top` on either side (the top has no manager, whatever its
 * reports_to). Any other role has the same reports_to and fields on both sides
 * and a manager with the same id, so neither flag can be set on it: the walks
 * start from these few, not from every role.
 */
function mayBeFlagged(before: OrgModel, after: OrgModel, touched: ReadonlySet<string>): Set<string> {
  const out = new Set(touched);
  for (const id of touched) {
    if (before.roles.has(id) && after.roles.has(id)) continue;
    for (const m of [before, after]) for (const r of m.hierarchy.reports.get(id) ?? []) out.add(r.id);
  }
  for (const top of [before.organization?.top, after.organization?.top]) if (top !== undefined) out.add(top);
  return out;
}

interface Candidate {
  id: string;
  key: string;
}

/** Entities of one kind that were removed / added, with the key that makes two of them "look alike". */
function renameCandidates(
  changes: readonly Change[],
  kind: ChangeKind,
  what: 'added' | 'removed',
  key: (id: string) => string | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of changes) {
    if (c.kind !== kind || c.change !== what) continue;
    const k = key(c.id);
    if (k !== undefined) out.push({ id: c.id, key: k });
  }
  return out;
}

/**
 * A removed and an added entity of the same kind whose title/name and place
 * match (role: title and department; department: name and parent; KPI,
 * workflow and team: name). Paired one to one, in id order.
 */
export function findPossibleRenames(before: OrgModel, after: OrgModel, changes: readonly Change[]): PossibleRename[] {
  const keys: [ChangeKind, (m: OrgModel, id: string) => string | undefined][] = [
    [
      'department',
      (m, id) => {
        const d = m.departments.get(id);
        return d && `${d.name}\u0000${d.parent ?? ''}`;
      },
    ],
    [
      'role',
      (m, id) => {
        const r = m.roles.get(id);
        return r && `${r.title}\u0000${r.department ?? ''}`;
      },
    ],
    ['kpi', (m, id) => m.kpis.get(id)?.name],
    ['workflow', (m, id) => m.workflows.get(id)?.name],
    ['team', (m, id) => m.teams.get(id)?.name],
  ];
  const out: PossibleRename[] = [];
  for (const [kind, key] of keys) {
    const removed = renameCandidates(changes, kind, 'removed', (id) => key(before, id));
    if (!removed.length) continue;
    const pool = new Map<string, string[]>();
    for (const r of removed) {
      pushTo(pool, r.key, r.id);
    }
    for (const a of renameCandidates(changes, kind, 'added', (id) => key(after, id))) {
      const from = pool.get(a.key)?.shift();
      if (from !== undefined) out.push({ kind, from, to: a.id });
    }
  }
  return out;
}
