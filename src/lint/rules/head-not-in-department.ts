import { didYouMean } from '../../core/text/suggest.js';
import { didYouMeanId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'head-not-in-department',
  defaultSeverity: 'error',
  description: "A department's `head` is not one of its roles, or names no role.",
  docs:
    "A department's head leads it, so `head` must name a role whose `department` is that department (a head of a sub-department does not count). " +
    "Fix the id (an unknown id gets the nearest role id, preferring the department's own roles), or move the role into the department, or name one of its roles.",
  check(ctx) {
    const { roles, departments, hierarchy } = ctx.model;
    for (const dept of subjects(departments.values())) {
      if (dept.head === undefined) continue;
      const head = roles.get(dept.head);
      if (!head) {
        // Suggest the department's own roles first: that is what a head must be.
        const own = (hierarchy.departmentRoles.get(dept.id) ?? []).map((r) => r.id);
        const hint = didYouMean(dept.head, own) || didYouMeanId(dept.head, roles);
        ctx.report({ entity: dept, path: ['head'], message: `department '${dept.id}' has head '${dept.head}', which is not a role${hint}` });
      } else if (head.department !== dept.id) {
        const where = head.department === undefined ? 'in no department' : `in department '${head.department}'`;
        ctx.report({ entity: dept, path: ['head'], message: `department '${dept.id}' has head '${head.id}', but role '${head.id}' is ${where}, not in '${dept.id}'` });
      }
    }
  },
});
