import { seatsInSubtree } from '../../model/hierarchy.js';
import { defineRule, subjects } from '../types.js';
import { subject } from './utils/subject.js';

export default defineRule({
  id: 'headcount-over-budget',
  defaultSeverity: 'error',
  description: 'Seats in a department and its sub-departments exceed its `headcount_budget`.',
  docs:
    "`headcount_budget` caps the seats (the sum of the roles' `headcount`, planned seats with holders or not) in a department and all its sub-departments. " +
    'Lower some headcounts, move roles elsewhere, or raise the budget.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nheadcount_budget: 2\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    headcount: 2\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nheadcount_budget: 3\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    headcount: 2\n',
  },
  messages: {
    overBudget:
      '{{department}} has {{seats}} seats with its sub-departments, over its headcount_budget of {{budget}}: raise headcount_budget, or cut seats (headcount) in it',
  },
  check(ctx) {
    const { model } = ctx;
    for (const dept of subjects(model.departments)) {
      if (dept.headcountBudget === undefined) continue;
      const seats = seatsInSubtree(model, dept.id);
      if (seats <= dept.headcountBudget) continue;
      ctx.report({
        entity: dept,
        path: ['headcount_budget'],
        messageId: 'overBudget',
        data: { department: subject('department', dept.id, dept.name), seats, budget: dept.headcountBudget },
      });
    }
  },
});
