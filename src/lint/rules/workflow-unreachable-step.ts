import { defineRule, subjects } from '../types.js';
import { idHint } from './utils/suggestId.js';
import { reachableFromEntry, stepGraph, type StepGraph } from './utils/workflowGraph.js';

export default defineRule({
  id: 'workflow-unreachable-step',
  defaultSeverity: 'warning',
  description: 'A workflow step cannot be reached from the first step.',
  docs: "The first step is the entry; from there the process follows `next` (or, without `next`, the following step in the list). A step no path leads to is never done: add it to the `next` of the step that should come before it, or remove it. A common cause is an earlier step whose `next` skips over it. A step reached only through a misspelt `next` (one did-you-mean away) is not reported: the misspelling is `workflow-step-unknown`'s finding.",
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
      const reached = reachableFromEntry(withTyposFollowed(stepGraph(wf)));
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

/**
 * The graph with each `next` that names no step followed to the one step it was surely meant to name
 * (the did-you-mean `--fix` would apply): `next: [审合]` leaves 审核 unreached only through that typo,
 * which is workflow-step-unknown's finding. One mistake, one finding: the step is not reported again here.
 */
function withTyposFollowed(g: StepGraph): StepGraph {
  if (!g.successors.some((list) => list.some(({ at }) => at === undefined))) return g;
  const next = g.successors.map((list, i) => {
    const extra = list.flatMap(({ id, at }) => {
      if (at !== undefined) return [];
      const hint = idHint(id, g.firstIndex);
      const meant = hint.replaceWith.safe && hint.replaceWith.ids.length === 1 ? g.firstIndex.get(hint.replaceWith.ids[0]!) : undefined;
      return meant === undefined ? [] : [meant];
    });
    return extra.length ? [...g.next[i]!, ...extra] : g.next[i]!;
  });
  return { ...g, next };
}
