import { defineRule, subjects } from '../types.js';
import { subject } from './utils/subject.js';

export default defineRule({
  id: 'empty-department',
  defaultSeverity: 'warning',
  description: 'A department has no roles and no sub-departments.',
  docs: 'An empty department is usually left over from a restructure or a typo in a `department`/`parent` id. Add its roles, or delete it.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Department\nid: research\nname: 研究部\nparent: office\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
  },
  messages: {
    empty: '{{department}} has no roles and no sub-departments: give it roles or sub-departments, or delete it',
  },
  check(ctx) {
    const { departments, hierarchy } = ctx.model;
    for (const dept of subjects(departments)) {
      if (hierarchy.departmentRoles.get(dept.id)?.length || hierarchy.subDepartments.get(dept.id)?.length) continue;
      ctx.report({ entity: dept, messageId: 'empty', data: { department: subject('department', dept.id, dept.name) } });
    }
  },
});
