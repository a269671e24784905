import { defineRule, subjects } from '../types.js';
import { subject } from './utils/subject.js';

export default defineRule({
  id: 'empty-department',
  defaultSeverity: 'warning',
  description: 'A department has no roles and no sub-departments.',
  docs: 'An empty department is usually left over from a restructure or a typo in a `department`/`parent` id. Add its roles, or delete it.',
  messages: {
    empty: '{{department}} has no roles and no sub-departments',
  },
  check(ctx) {
    const { departments, hierarchy } = ctx.model;
    for (const dept of subjects(departments.values())) {
      if (hierarchy.departmentRoles.get(dept.id)?.length || hierarchy.subDepartments.get(dept.id)?.length) continue;
      ctx.report({ entity: dept, messageId: 'empty', data: { department: subject('department', dept.id, dept.name) } });
    }
  },
});
