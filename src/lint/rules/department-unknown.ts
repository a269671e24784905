import type { Entity, OrgModel } from '../../model/types.js';
import { didYouMeanId, replaceId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

/** What the id is instead (" (it is a Role)"), then the nearest department id. */
function hint(model: OrgModel, id: string): string {
  const other: Entity | undefined = model.byId.get(id);
  const what = other ? ` (it is a ${other.kind})` : '';
  return `${what}${didYouMeanId(id, model.departments)}`;
}

export default defineRule({
  id: 'department-unknown',
  defaultSeverity: 'error',
  description: "A role's `department` or a department's `parent` names no department.",
  docs:
    'Roles belong to a department and departments hang under a parent by id; an id that names no department leaves the role or department outside the tree. ' +
    'Fix the id (the message suggests the nearest department id), or add the missing Department document.',
  messages: {
    roleDepartment: "role '{{role}}' is in department '{{target}}', which is not a department{{hint}}",
    parent: "department '{{department}}' has parent '{{target}}', which is not a department{{hint}}",
  },
  check(ctx) {
    const { model } = ctx;
    for (const role of subjects(model.roles.values())) {
      if (role.department === undefined || model.departments.has(role.department)) continue;
      ctx.report({
        entity: role,
        path: ['department'],
        messageId: 'roleDepartment',
        data: { role: role.id, target: role.department, hint: hint(model, role.department) },
        replace: replaceId(role.department, model.departments),
      });
    }
    for (const dept of subjects(model.departments.values())) {
      if (dept.parent === undefined || model.departments.has(dept.parent)) continue;
      ctx.report({
        entity: dept,
        path: ['parent'],
        messageId: 'parent',
        data: { department: dept.id, target: dept.parent, hint: hint(model, dept.parent) },
        replace: replaceId(dept.parent, model.departments),
      });
    }
  },
});
