/** Each department's path of names from its top department (`电商中心/运营部/推广组`), from the one department walk. */
import { departmentOrder } from '../model/hierarchy.js';
import type { OrgModel } from '../model/types.js';

export function departmentPaths(model: OrgModel): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const { dept, parent } of departmentOrder(model)) {
    const above = parent ? (paths.get(parent.id) ?? []) : [];
    // A `/` inside a name would read as a level: written as the full-width ／ is not, so it is replaced by a lookalike that is not a separator.
    paths.set(dept.id, [...above, dept.name.replace(/[/／>＞]/gu, '∕')]);
  }
  return paths;
}
