/**
 * Who moved, joined and left: the holders of each side, by name. A person
 * holding other roles after the change than before moved (胡军: 仓库主管 →
 * 仓储物流副经理); one only after joined, one only before left. A role renamed
 * with `previously:` is the same role, so its holders did not move. Roles whose
 * holders are not listed (staffing unknown) say nothing about anyone.
 * Linear in the number of holders.
 */
import type { OrgModel, Role } from '../model/types.js';
import { compareStrings } from './fields.js';
import type { PersonChange } from './types.js';

/** Role ids each person holds, in id order (a person is their name). */
function rolesByPerson(model: OrgModel, rename: (id: string) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const role of model.roles.values()) {
    for (const h of role.holders ?? []) {
      const set = out.get(h.name) ?? new Set<string>();
      set.add(rename(role.id));
      out.set(h.name, set);
    }
  }
  return out;
}

/**
 * `renamed` maps a before-side role id to its after-side id. Each change's
 * `from` holds before-side ids (as written before), `to` after-side ids.
 * `touched` (without renames): the role ids not read from the same document on
 * both sides; see peopleOfTouchedRoles.
 */
export function peopleChanges(
  before: OrgModel,
  after: OrgModel,
  renamed: ReadonlyMap<string, string> = new Map(),
  touched?: ReadonlySet<string>,
): PersonChange[] {
  if (touched && !renamed.size) return peopleOfTouchedRoles(before, after, touched);
  const back = new Map([...renamed].map(([from, to]) => [to, from]));
  const was = rolesByPerson(before, (id) => renamed.get(id) ?? id);
  const now = rolesByPerson(after, (id) => id);
  const out: PersonChange[] = [];
  for (const [person, a] of was) compare(out, person, a, now.get(person) ?? NONE, (id) => back.get(id) ?? id);
  for (const [person, b] of now) if (!was.has(person)) compare(out, person, NONE, b, (id) => id);
  // Sorted once, the few who changed, not everyone on both sides.
  return out.sort((x, y) => compareStrings(x.person, y.person));
}

const NONE: ReadonlySet<string> = new Set();

/** One person's change, when the roles they hold differ (`a` before, `b` after; `held`: whether they hold any at all). */
function compare(
  out: PersonChange[],
  person: string,
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  asBefore: (id: string) => string,
  held: { before: boolean; after: boolean } = { before: a.size > 0, after: b.size > 0 },
): void {
  const from = [...a].filter((id) => !b.has(id));
  const to = [...b].filter((id) => !a.has(id));
  if (!from.length && !to.length) return;
  out.push({
    person,
    change: !held.before ? 'joined' : !held.after ? 'left' : 'moved',
    from: from.map(asBefore).sort(compareStrings),
    to: to.sort(compareStrings),
  });
}

/**
 * The same answer from the touched roles alone. A role outside `touched` was
 * read from the same document on both sides: same id, same holders. So it is
 * in both of a person's sets and drops out of `from` and `to`; it only decides
 * whether someone whose touched roles are all on one side held anything on the
 * other (moved, not joined or left). Only for those few is the whole org
 * looked at, once: a restructure that names no one new costs nothing here.
 */
function peopleOfTouchedRoles(before: OrgModel, after: OrgModel, touched: ReadonlySet<string>): PersonChange[] {
  const was = new Map<string, Set<string>>();
  const now = new Map<string, Set<string>>();
  for (const id of touched) {
    addHolders(was, before.roles.get(id));
    addHolders(now, after.roles.get(id));
  }
  const people = [...was.keys(), ...[...now.keys()].filter((p) => !was.has(p))];
  const moving = people.filter((p) => {
    const a = was.get(p) ?? NONE;
    const b = now.get(p) ?? NONE;
    return [...a].some((id) => !b.has(id)) || [...b].some((id) => !a.has(id));
  });
  const unsure = new Set(moving.filter((p) => !was.has(p) || !now.has(p)));
  const holdsOther = new Set<string>();
  if (unsure.size) {
    for (const role of after.roles.values()) {
      if (touched.has(role.id)) continue;
      for (const h of role.holders ?? []) if (unsure.has(h.name)) holdsOther.add(h.name);
    }
  }
  const out: PersonChange[] = [];
  for (const p of moving) {
    const other = holdsOther.has(p);
    const a = was.get(p) ?? NONE;
    const b = now.get(p) ?? NONE;
    compare(out, p, a, b, (id) => id, { before: a.size > 0 || other, after: b.size > 0 || other });
  }
  return out.sort((x, y) => compareStrings(x.person, y.person));
}

function addHolders(into: Map<string, Set<string>>, role: Role | undefined): void {
  for (const h of role?.holders ?? []) {
    const set = into.get(h.name) ?? new Set<string>();
    set.add(role!.id);
    into.set(h.name, set);
  }
}
