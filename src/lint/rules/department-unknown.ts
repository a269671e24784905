import { uncheckable } from './utils/references.js';
import type { Entity, OrgModel } from '../../model/types.js';
import { idHint } from './utils/suggestId.js';
import { defineRule, subjects, type Replacements } from '../types.js';

/** What the id is instead (" (it is a Role)"), then the nearest department id (or name), and the replacements. */
function hint(model: OrgModel, id: string): { text: string; replaceWith: Replacements } {
  const other: Entity | undefined = model.byId.get(id);
  const what = other ? ` (it is a ${other.kind})` : '';
  const near = idHint(id, model.departments);
  return { text: `${what}${near.text}`, replaceWith: near.replaceWith };
}

export default defineRule({
  id: 'department-unknown',
  defaultSeverity: 'error',
  description: "A role's `department` or a department's `parent` names no department.",
  docs:
    'Roles belong to a department and departments hang under a parent by id; an id that names no department leaves the role or department outside the tree. ' +
    'Fix the id (the message suggests the nearest department id), or add the missing Department document.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Role\nid: cfo\ntitle: 财务总监\ndepartment: ofice\nreports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Role\nid: cfo\ntitle: 财务总监\ndepartment: office\nreports_to: ceo\n',
  },
  messages: {
    roleDepartment: "role '{{role}}' is in department '{{target}}', which is not a department{{hint}}",
    parent: "department '{{department}}' has parent '{{target}}', which is not a department{{hint}}",
  },
  check(ctx) {
    const { model } = ctx;
    // By the departments roles name (the hierarchy's lists), not role by role: one lookup per name.
    for (const [department, members] of model.hierarchy.departmentRoles) {
      if (model.departments.has(department) || uncheckable(model, department)) continue;
      const h = hint(model, department);
      for (const role of members) {
        if (role.invalid) continue; // a role with schema errors is not a rule's subject
        ctx.report({
          entity: role,
          path: ['department'],
          messageId: 'roleDepartment',
          data: { role: role.id, target: department, hint: h.text },
          replaceWith: h.replaceWith,
        });
      }
    }
    for (const dept of subjects(model.departments)) {
      if (dept.parent === undefined || model.departments.has(dept.parent) || uncheckable(model, dept.parent)) continue;
      const h = hint(model, dept.parent);
      ctx.report({
        entity: dept,
        path: ['parent'],
        messageId: 'parent',
        data: { department: dept.id, target: dept.parent, hint: h.text },
        replaceWith: h.replaceWith,
      });
    }
  },
});
