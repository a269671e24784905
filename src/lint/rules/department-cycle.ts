import type { Department } from '../../model/types.js';
import { findLoops, loopText } from './utils/loops.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'department-cycle',
  defaultSeverity: 'error',
  description: 'Department `parent` links loop (a department that is its own parent included).',
  docs:
    'Departments form a tree: following `parent` must end at a top-level department. In a loop none of them has a place in the tree, and seats cannot be summed for head-count budgets. ' +
    'Each loop is reported once, at the `parent` of its member that comes first in the org (path order); the message lists the loop. ' +
    "Fix it by removing one member's `parent` or pointing it at a department outside the loop.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Department\nid: finance\nname: 财务部\nparent: sales\nhead: cfo\nroles:\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Department\nid: sales\nname: 销售部\nparent: finance\nhead: cso\nroles:\n  - id: cso\n    title: 销售总监\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Department\nid: finance\nname: 财务部\nparent: office\nhead: cfo\nroles:\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Department\nid: sales\nname: 销售部\nparent: office\nhead: cso\nroles:\n  - id: cso\n    title: 销售总监\n    reports_to: ceo\n',
  },
  messages: {
    ownParent: "department '{{department}}' is its own parent: {{loop}}: give it its real parent, or none",
    inLoop: "department '{{department}}' is in a parent loop: {{loop}}: change the parent of one of them",
  },
  check(ctx) {
    const { departments } = ctx.model;
    const parentOf = (d: Department) => (d.parent === undefined ? undefined : departments.get(d.parent));
    for (const loop of findLoops([...departments.values()], parentOf, (d) => !d.invalid)) {
      const dept = loop[0]!;
      const listed = loopText(loop.map((d) => d.id));
      ctx.report({
        entity: dept,
        path: ['parent'],
        messageId: loop.length === 1 ? 'ownParent' : 'inLoop',
        data: { department: dept.id, loop: listed },
      });
    }
  },
});
