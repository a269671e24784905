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
 * A manager whose department or manager changed, whose team (everyone below
 * it) is the same before and after, and whose team members changed nothing
 * but their department. Moves nested in a larger move are folded into it.
 *
 * Worked out with sums over the two reporting forests, not a walk of each
 * candidate's team: on a chain 20,000 deep that moved department, every
 * manager is a candidate and the walks were quadratic. A team is the same on
 * both sides exactly when no one in it changed manager on either side (given
 * that no one in it changed reports_to, which is the first condition).
 */
export function findSubtreeMoves(before: OrgModel, after: OrgModel, changes: readonly Change[]): SubtreeMove[] {
  const changed = changedFields(changes, 'role');
  const candidates = [...changed.entries()]
    .filter(([, fields]) => fields.has('department') || fields.has('reports_to'))
    .map(([id]) => id)
    .sort(compareStrings);
  if (!candidates.length) return [];
  const managerIn = (m: OrgModel) => (r: Role) => m.hierarchy.manager.get(r.id);
  const managerChanged = (id: string) => before.hierarchy.manager.get(id)?.id !== after.hierarchy.manager.get(id)?.id;
  const spoils = (id: string) => !before.roles.has(id) || [...(changed.get(id) ?? [])].some((f) => f !== 'department');
  const flag = (test: (id: string) => boolean) => (r: Role) => (test(r.id) ? 1 : 0);
  const spoiledAfter = subtreeSums(after.roles.values(), managerIn(after), flag(spoils));
  const movedAfter = subtreeSums(after.roles.values(), managerIn(after), flag(managerChanged));
  const movedBefore = subtreeSums(before.roles.values(), managerIn(before), flag(managerChanged));

  const valid = new Set<Role>();
  for (const root of candidates) {
    if (!after.hierarchy.reports.get(root)?.length) continue;
    const a = after.roles.get(root)!;
    const b = before.roles.get(root)!;
    const own = (test: (id: string) => boolean) => (test(root) ? 1 : 0);
    if (spoiledAfter.get(a)! - own(spoils) > 0) continue;
    if (movedAfter.get(a)! - own(managerChanged) > 0 || movedBefore.get(b)! - own(managerChanged) > 0) continue;
    valid.add(a);
  }
  const folded = belowMarked(after.roles.values(), managerIn(after), (r) => valid.has(r));
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
