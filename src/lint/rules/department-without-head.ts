import { defineRule, subjects } from '../types.js';
import { subject } from './utils/subject.js';

export default defineRule({
  id: 'department-without-head',
  defaultSeverity: 'warning',
  description: 'A department with roles has no `head`.',
  docs:
    'Without a head nobody is accountable for the department: the handbook cannot name its lead and reports from other departments cannot be checked against it. ' +
    'Set `head:` to the id of the role that leads it (one of its own roles).',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
  },
  messages: {
    noHead: '{{department}} has {{roles}} role(s) but no head: name the role that leads it with head: <role id>',
  },
  check(ctx) {
    const { departments, hierarchy } = ctx.model;
    for (const dept of subjects(departments)) {
      if (dept.head !== undefined) continue;
      const roles = hierarchy.departmentRoles.get(dept.id);
      if (!roles?.length) continue;
      ctx.report({
        entity: dept,
        messageId: 'noHead',
        data: { department: subject('department', dept.id, dept.name), roles: roles.length },
      });
    }
  },
});
