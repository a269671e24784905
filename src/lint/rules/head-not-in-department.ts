import { uncheckable } from './utils/references.js';
import { suggest } from '../../core/text/suggest.js';
import { didYouMeanIds, idHint } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'head-not-in-department',
  defaultSeverity: 'error',
  description: "A department's `head` is not one of its roles, or names no role.",
  docs:
    "A department's head leads it, so `head` must name a role whose `department` is that department (a head of a sub-department does not count). " +
    "Fix the id (an unknown id gets the nearest role id, preferring the department's own roles), or move the role into the department, or name one of its roles.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ce0\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
  },
  messages: {
    notARole: "department '{{department}}' has head '{{head}}', which is not a role{{suggestion}}",
    elsewhere:
      "department '{{department}}' has head '{{head}}', but role '{{head}}' is in department '{{headDepartment}}', not in '{{department}}': make a role of '{{department}}' its head, or move role '{{head}}' into it",
    inNoDepartment:
      "department '{{department}}' has head '{{head}}', but role '{{head}}' is in no department, not in '{{department}}': put role '{{head}}' in department '{{department}}', or make one of its roles the head",
  },
  check(ctx) {
    const { roles, departments, hierarchy } = ctx.model;
    for (const dept of subjects(departments)) {
      if (dept.head === undefined) continue;
      const head = roles.get(dept.head);
      if (!head) {
        if (uncheckable(ctx.model, dept.head)) continue;
        // Suggest the department's own roles first: that is what a head must be.
        const own = (hierarchy.departmentRoles.get(dept.id) ?? []).map((r) => r.id);
        const ownNear = suggest(dept.head, own);
        const hint = ownNear !== undefined ? { text: didYouMeanIds([{ id: ownNear }]), replaceWith: [ownNear] } : idHint(dept.head, roles);
        ctx.report({
          entity: dept,
          path: ['head'],
          messageId: 'notARole',
          data: { department: dept.id, head: dept.head, suggestion: hint.text },
          replaceWith: hint.replaceWith,
        });
      } else if (head.department !== dept.id) {
        if (head.department === undefined)
          ctx.report({ entity: dept, path: ['head'], messageId: 'inNoDepartment', data: { department: dept.id, head: head.id } });
        else
          ctx.report({
            entity: dept,
            path: ['head'],
            messageId: 'elsewhere',
            data: { department: dept.id, head: head.id, headDepartment: head.department },
          });
      }
    }
  },
});
