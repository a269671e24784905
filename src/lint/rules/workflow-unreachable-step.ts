import { defineRule, subjects } from '../types.js';
import { loopsAndReach, stepGraph } from './utils/workflowGraph.js';

export default defineRule({
  id: 'workflow-unreachable-step',
  defaultSeverity: 'warning',
  description: 'A workflow step cannot be reached from the first step.',
  docs: "The first step is the entry; from there the process follows `next` (or, without `next`, the following step in the list). A step no path leads to is never done: add it to the `next` of the step that should come before it, or remove it. A common cause is an earlier step whose `next` skips over it. A step reached only through a misspelt `next` (one did-you-mean away) is not reported: the misspelling is `workflow-step-unknown`'s finding. Nor is a step cut off by a loop with no way out (`审核: next: [提交]` with 付款 after it in the list): the loop is the mistake, and `workflow-no-end`'s finding names the steps it cuts off and the `next` to add. A step that stays unreachable once that `next` is added (nothing leads to it) is still reported.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n    next: []\n  - id: 审核\n    role: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n    next: [审核]\n  - id: 审核\n    role: cfo\n',
  },
  messages: {
    unreachable:
      "workflow '{{workflow}}' step '{{step}}' cannot be reached from the first step '{{entry}}': name it in an earlier step's next, or remove it",
  },
  check(ctx) {
    for (const wf of subjects(ctx.model.workflows)) {
      // Misspelt next are followed (workflow-step-unknown's finding), and each loop with no way out takes the
      // way out workflow-no-end's finding proposes: a step left unreachable by one of those is that finding's.
      const { reached } = loopsAndReach(stepGraph(wf));
      wf.steps.forEach((step, i) => {
        if (reached[i]) return;
        ctx.report({
          entity: wf,
          path: ['steps', step.index, 'id'],
          messageId: 'unreachable',
          data: { workflow: wf.id, step: step.id, entry: wf.steps[0]!.id },
        });
      });
    }
  },
});
