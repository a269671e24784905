import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'workflow-unstaffed-step',
  defaultSeverity: 'warning',
  description: "A workflow step's responsible role has `headcount: 0`.",
  docs: 'A role with `headcount: 0` is planned but unfunded: nobody can do the step until it gets seats. Fund the role (raise its `headcount`), or give the step to a role that has seats.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n    headcount: 0\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n  - id: 审核\n    role: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n  - id: 审核\n    role: cfo\n',
  },
  messages: {
    unfunded:
      "workflow '{{workflow}}' step '{{step}}' is the responsibility of role '{{role}}', which has headcount 0 (no funded seats): give the role headcount, or make another role responsible",
  },
  check(ctx) {
    const { roles } = ctx.model;
    for (const wf of subjects(ctx.model.workflows)) {
      for (const step of wf.steps) {
        const role = roles.get(step.role); // an unknown role is workflow-role-unknown's finding
        if (!role || role.headcount !== 0) continue;
        ctx.report({
          entity: wf,
          path: ['steps', step.index, 'role'],
          messageId: 'unfunded',
          data: { workflow: wf.id, step: step.id, role: role.id },
        });
      }
    }
  },
});
