import { departmentAncestors } from '../model/hierarchy.js';
import { defineRule, subjects } from './types.js';

export default defineRule({
  id: 'cross-department-reporting',
  defaultSeverity: 'warning',
  description: 'A role reports to a manager who is neither in its own department, nor the head of one of its ancestor departments, nor the top role.',
  docs:
    'A solid line that leaves the department (other than up to a parent department\'s head or to the top) usually means the role sits in the wrong department, or the line should be a `dotted_line`. ' +
    'The head named by the role\'s own department also counts (a wrong head is `head-not-in-department`). Roles whose manager or department is unknown are skipped (they have their own findings). ' +
    'Fix it by moving the role, pointing `reports_to` at a manager in its department chain, or making the line a `dotted_line`.',
  check(ctx) {
    const { model } = ctx;
    const { roles, departments, hierarchy } = model;
    const tops = new Set(hierarchy.tops.map((t) => t.id));
    // Per department: the heads a role in it may report to across departments (its own and its ancestors').
    const headsByDept = new Map<string, Set<string>>();
    const allowedHeads = (deptId: string): Set<string> => {
      let heads = headsByDept.get(deptId);
      if (!heads) {
        heads = new Set<string>();
        for (const d of [departments.get(deptId)!, ...departmentAncestors(model, deptId)]) if (d.head !== undefined) heads.add(d.head);
        headsByDept.set(deptId, heads);
      }
      return heads;
    };
    for (const role of subjects(roles.values())) {
      const manager = hierarchy.manager.get(role.id); // absent: no reports_to, unknown manager, or the declared top
      if (!manager || role.department === undefined || !departments.has(role.department)) continue;
      if (manager.department === role.department || tops.has(manager.id) || allowedHeads(role.department).has(manager.id)) continue;
      const managerPlace = manager.department === undefined ? 'in no department' : `of department '${manager.department}'`;
      ctx.report({
        entity: role,
        path: ['reports_to'],
        message: `role '${role.id}' (department '${role.department}') reports to '${manager.id}' ${managerPlace}, which is neither its department, the head of a parent department, nor the top`,
      });
    }
  },
});
