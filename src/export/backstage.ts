/**
 * `export --format backstage`: the org as Backstage catalog entities (YAML,
 * one document per entity): a Group of type `organization` for the org, a
 * Group per department (type `department` when it has sub-departments or is
 * at the top, `team` for the others) with `parent`, `children` and
 * `profile.displayName`, and a User per person holding a seat, `memberOf` the
 * groups of the departments of their roles. Names follow backstageName.ts;
 * the orgctl id is kept in the annotation `orgctl.dev/id`.
 */
import { yamlText } from '../core/escape/yaml.js';
import { departmentOrder } from '../model/hierarchy.js';
import type { OrgModel } from '../model/types.js';
import { BackstageNames } from './backstageName.js';
import { exportedEmail } from './email.js';

const ANNOTATION = 'orgctl.dev/id';
/**
 * The organization's key among the group names: not its id, which a department may share (without an
 * Organization document the org is `org`, a valid department id), and two groups would get one name.
 */
const ORGANIZATION_KEY = '\u0000organization';

export function exportBackstage(model: OrgModel): string {
  const groups = new BackstageNames();
  const users = new BackstageNames();
  const orgId = model.organization?.id ?? 'org';
  const orgName = groups.name(ORGANIZATION_KEY, orgId);
  const entities: Record<string, unknown>[] = [];
  const order = departmentOrder(model);
  groups.assign(order.map(({ dept }) => [dept.id, dept.id] as const));

  const topChildren: string[] = [];
  const deptEntities: Record<string, unknown>[] = [];
  for (const { dept, parent } of order) {
    const subs = model.hierarchy.subDepartments.get(dept.id) ?? [];
    const children = subs.filter((s) => s !== parent).map((s) => groups.name(s.id));
    if (!parent) topChildren.push(groups.name(dept.id));
    deptEntities.push(
      entity('Group', groups.name(dept.id), dept.id, dept.name, {
        type: subs.length > 0 || !parent ? 'department' : 'team',
        profile: { displayName: dept.name },
        parent: parent ? groups.name(parent.id) : orgName,
        children,
      }),
    );
  }
  entities.push(
    entity('Group', orgName, orgId, model.organization?.name ?? orgId, {
      type: 'organization',
      profile: { displayName: model.organization?.name ?? orgId },
      children: topChildren,
    }),
    ...deptEntities,
  );

  // A person is one User however many seats they hold: the same e-mail (as JSON-LD reads it), or the same name without one.
  const people = new Map<string, { name: string; email?: string; groups: Set<string> }>();
  for (const role of model.roles.values()) {
    for (const h of role.holders ?? []) {
      const email = h.email !== undefined ? exportedEmail(h.email) : undefined;
      const key = email !== undefined ? `email:${email}` : `name:${h.name}`;
      let p = people.get(key);
      if (!p) {
        p = { name: h.name, ...(email !== undefined ? { email } : {}), groups: new Set() };
        people.set(key, p);
      }
      if (role.department !== undefined && model.departments.has(role.department)) p.groups.add(groups.name(role.department));
    }
  }
  users.assign([...people].map(([key, p]) => [key, p.email !== undefined ? p.email.replace(/@.*$/u, '') : p.name] as const));
  for (const [key, p] of people) {
    const name = users.name(key);
    entities.push(
      entity('User', name, p.email ?? p.name, p.name, {
        profile: { displayName: p.name, ...(p.email !== undefined ? { email: p.email } : {}) },
        memberOf: [...p.groups],
      }),
    );
  }
  // yamlText: no raw DEL or C1 (js-yaml, Backstage's reader, refuses them), no raw bidi control on a terminal.
  return entities.map((e) => yamlText(e, { lineWidth: 0 })).join('---\n');
}

function entity(kind: 'Group' | 'User', name: string, id: string, title: string, spec: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, title, annotations: { [ANNOTATION]: id } },
    spec,
  };
}
