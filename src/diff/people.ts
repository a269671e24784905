/**
 * Who moved, joined and left: the holders of each side, by name. A person
 * holding other roles after the change than before moved (胡军: 仓库主管 →
 * 仓储物流副经理); one only after joined, one only before left. A role renamed
 * with `previously:` is the same role, so its holders did not move. Roles whose
 * holders are not listed (staffing unknown) say nothing about anyone.
 * Linear in the number of holders.
 */
import type { OrgModel } from '../model/types.js';
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
 */
export function peopleChanges(before: OrgModel, after: OrgModel, renamed: ReadonlyMap<string, string> = new Map()): PersonChange[] {
  const back = new Map([...renamed].map(([from, to]) => [to, from]));
  const was = rolesByPerson(before, (id) => renamed.get(id) ?? id);
  const now = rolesByPerson(after, (id) => id);
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
