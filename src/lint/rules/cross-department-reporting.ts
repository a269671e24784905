import type { Department, Role } from '../../model/types.js';
import { departmentOrder, departmentTreeIndex } from '../../model/hierarchy.js';
import { pushTo } from '../../core/multimap.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'cross-department-reporting',
  defaultSeverity: 'warning',
  description:
    'A role reports to a manager who is neither in its own department, nor the head of one of its ancestor departments, nor the top role.',
  docs:
    "A solid line that leaves the department (other than up to a parent department's head or to the top) usually means the role sits in the wrong department, or the line should be a `dotted_line`. " +
    "The head named by the role's own department also counts (a wrong head is `head-not-in-department`). Roles whose manager or department is unknown are skipped (they have their own findings). " +
    'Fix it by moving the role, pointing `reports_to` at a manager in its department chain, or making the line a `dotted_line`.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Department\nid: finance\nname: 财务部\nparent: office\nhead: cfo\nroles:\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Department\nid: sales\nname: 销售部\nparent: office\nhead: cso\nroles:\n  - id: cso\n    title: 销售总监\n    reports_to: ceo\n  - id: sales-rep\n    title: 销售代表\n    reports_to: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Department\nid: finance\nname: 财务部\nparent: office\nhead: cfo\nroles:\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Department\nid: sales\nname: 销售部\nparent: office\nhead: cso\nroles:\n  - id: cso\n    title: 销售总监\n    reports_to: ceo\n  - id: sales-rep\n    title: 销售代表\n    reports_to: cso\n',
  },
  messages: {
    outsideChain:
      "role '{{role}}' (department '{{department}}') reports to '{{manager}}' {{managerPlace}}, which is neither its department, the head of a parent department, nor the top: make it report within its department or to a parent department's head, and draw the other line as a dotted_line",
  },
  check(ctx) {
    const { model } = ctx;
    const { roles, departments, hierarchy } = model;
    const tops = new Set(hierarchy.tops.map((t) => t.id));
    // The lines that leave the department, other than to the top: few in any org. Only these need the walk.
    const leaving: Array<{ role: Role; manager: Role }> = [];
    const leavingByDepartment = new Map<string, Array<{ role: Role; manager: Role }>>();
    // From the managers' report lists (the lines that resolve; the declared top's own reports_to is not one):
    // one lookup per manager, not one per role.
    for (const [managerId, reports] of hierarchy.reports) {
      if (tops.has(managerId)) continue;
      const manager = roles.get(managerId)!;
      for (const role of reports) {
        if (role.invalid || role.department === undefined || manager.department === role.department) continue;
        if (!departments.has(role.department)) continue;
        const line = { role, manager };
        leaving.push(line);
        pushTo(leavingByDepartment, role.department, line);
      }
    }
    if (!leaving.length) return;
    // A role may report to the head of its department or of an ancestor. Collecting each department's
    // ancestors' heads is O(n · depth); one walk down the tree counting the heads on the path is linear.
    // Below a parent loop every member of the loop is an ancestor: they stay counted for the whole tree.
    const headsOnPath = new Map<string, number>();
    const allowed = new Set<Role>(); // roles whose manager heads their department or an ancestor
    const count = (d: Department, by: number) => {
      if (d.head !== undefined) headsOnPath.set(d.head, (headsOnPath.get(d.head) ?? 0) + by);
    };
    const { loopAt } = departmentTreeIndex(model);
    const path: { depth: number; counted?: Department }[] = []; // the visits above this one
    let loop = new Set<Department>();
    for (const visit of departmentOrder(model)) {
      while (path.length && path[path.length - 1]!.depth >= visit.depth) {
        const left = path.pop()!.counted;
        if (left) count(left, -1);
      }
      if (visit.depth === 0) {
        for (const d of loop) count(d, -1);
        loop = new Set(loopAt.get(visit.dept));
        for (const d of loop) count(d, 1);
      }
      const counted = loop.has(visit.dept) ? undefined : visit.dept;
      if (counted) count(counted, 1);
      path.push({ depth: visit.depth, counted });
      for (const { role, manager } of leavingByDepartment.get(visit.dept.id) ?? [])
        if ((headsOnPath.get(manager.id) ?? 0) > 0) allowed.add(role);
    }
    for (const { role, manager } of leaving) {
      if (allowed.has(role)) continue;
      const managerPlace = manager.department === undefined ? 'in no department' : `of department '${manager.department}'`;
      ctx.report({
        entity: role,
        path: ['reports_to'],
        messageId: 'outsideChain',
        data: { role: role.id, department: role.department!, manager: manager.id, managerPlace }, // leaving: it has one
      });
    }
  },
});
