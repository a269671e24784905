/** Each department's path of names from its top department (`电商中心/运营部/推广组`), from the one department walk. */
import { departmentOrder } from '../model/hierarchy.js';
import type { OrgModel } from '../model/types.js';

export function departmentPaths(model: OrgModel): Map<string, string[]> {
  const order = departmentOrder(model);
  // A `/` inside a name would read as a level: written as the full-width ／ is not, so it is replaced by a lookalike that is not a separator.
  const nameOf = (name: string) => name.replace(/[/／>＞]/gu, '∕');
  // Sibling departments of one name would be one path, and import would merge them: each of those names carries its id.
  const siblingKey = (parent: string | undefined, name: string) => `${parent ?? ''}\u0000${nameOf(name)}`;
  const named = new Map<string, number>();
  for (const { dept, parent } of order) {
    const key = siblingKey(parent?.id, dept.name);
    named.set(key, (named.get(key) ?? 0) + 1);
  }
  const paths = new Map<string, string[]>();
  for (const { dept, parent } of order) {
    const above = parent ? (paths.get(parent.id) ?? []) : [];
    const shared = named.get(siblingKey(parent?.id, dept.name))! > 1;
    paths.set(dept.id, [...above, shared ? `${nameOf(dept.name)} (${dept.id})` : nameOf(dept.name)]);
  }
  return paths;
}
