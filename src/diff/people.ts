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

/** Role ids each person holds, in id order (a person is their name); only the people in `only` when given. */
function rolesByPerson(model: OrgModel, rename: (id: string) => string, only?: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const role of model.roles.values()) {
    for (const h of role.holders ?? []) {
      if (only && !only.has(h.name)) continue;
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
 */
export function peopleChanges(before: OrgModel, after: OrgModel, renamed: ReadonlyMap<string, string> = new Map()): PersonChange[] {
  const back = new Map([...renamed].map(([from, to]) => [to, from]));
  const only = renamed.size ? undefined : holdersOfChangedRoles(before, after);
  const was = rolesByPerson(before, (id) => renamed.get(id) ?? id, only);
  const now = rolesByPerson(after, (id) => id, only);
  const none = new Set<string>();
  const out: PersonChange[] = [];
  const compare = (person: string, a: Set<string>, b: Set<string>) => {
    const from = [...a].filter((id) => !b.has(id));
    const to = [...b].filter((id) => !a.has(id));
    if (!from.length && !to.length) return;
    out.push({
      person,
      change: !a.size ? 'joined' : !b.size ? 'left' : 'moved',
      from: from.map((id) => back.get(id) ?? id).sort(compareStrings),
      to: to.sort(compareStrings),
    });
  };
  for (const [person, a] of was) compare(person, a, now.get(person) ?? none);
  for (const [person, b] of now) if (!was.has(person)) compare(person, none, b);
  // Sorted once, the few who changed, not everyone on both sides.
  return out.sort((x, y) => compareStrings(x.person, y.person));
}

/**
 * The people who may have moved, without renames: holders of a role that is
 * on one side only or was read from different documents on the two sides.
 * Anyone else holds, on both sides, the same roles with the same holders (a
 * role read from one document, a byte-identical file on both sides, has the
 * same id and holders), so only these people's roles are gathered: the few a
 * restructure touches, not everyone in a 100,000-role org.
 */
function holdersOfChangedRoles(before: OrgModel, after: OrgModel): Set<string> {
  const out = new Set<string>();
  const add = (role: Role) => {
    for (const h of role.holders ?? []) out.add(h.name);
  };
  for (const role of after.roles.values()) {
    const was = before.roles.get(role.id);
    if (was?.written === role.written) continue;
    add(role);
    if (was) add(was);
  }
  for (const role of before.roles.values()) if (!after.roles.has(role.id)) add(role);
  return out;
}
