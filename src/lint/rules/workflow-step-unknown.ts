import { idHint } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';
import { stepGraph } from './utils/workflowGraph.js';

export default defineRule({
  id: 'workflow-step-unknown',
  defaultSeverity: 'error',
  description: "A step's `next` names no step of its workflow, or two steps of a workflow share an id.",
  docs: '`next` lists ids of steps of the same workflow (step ids are local to their workflow). Fix the spelling or add the step; `next: []` marks an end. Step ids must be unique within the workflow: a `next` naming a shared id goes to the first such step, so rename the later one. A `next` naming no step counts as an end, so it is not also reported by workflow-no-end.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n    next: [审合]\n  - id: 审核\n    role: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n    next: [审核]\n  - id: 审核\n    role: cfo\n',
  },
  messages: {
    duplicateStep:
      "workflow '{{workflow}}' has two steps with id '{{step}}' (steps {{first}} and {{second}}): rename one of them (step ids must be unique within a workflow)",
    notAStep: "workflow '{{workflow}}' step '{{step}}' goes next to '{{target}}', which is not a step of the workflow{{suggestion}}",
  },
  check(ctx) {
    for (const wf of subjects(ctx.model.workflows)) {
      const { firstIndex } = stepGraph(wf);
      wf.steps.forEach((step, i) => {
        const first = firstIndex.get(step.id)!;
        if (first !== i) {
          ctx.report({
            entity: wf,
            path: ['steps', step.index, 'id'],
            messageId: 'duplicateStep',
            data: { workflow: wf.id, step: step.id, first: first + 1, second: i + 1 },
          });
        }
        step.next?.forEach((id, j) => {
          if (firstIndex.has(id)) return;
          const hint = idHint(id, firstIndex);
          ctx.report({
            entity: wf,
            path: ['steps', step.index, 'next', j],
            messageId: 'notAStep',
            data: { workflow: wf.id, step: step.id, target: id, suggestion: hint.text },
            replaceWith: hint.replaceWith,
          });
        });
      });
    }
  },
});
