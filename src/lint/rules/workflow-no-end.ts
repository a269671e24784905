import { defineRule, subjects } from '../types.js';
import { loopsAndReach, stepGraph } from './utils/workflowGraph.js';

/** How many step ids a message names before "and N more". */
const MAX_NAMED = 8;

function quoted(ids: string[]): string {
  const shown = ids
    .slice(0, MAX_NAMED)
    .map((id) => `'${id}'`)
    .join(', ');
  return ids.length > MAX_NAMED ? `${shown} and ${ids.length - MAX_NAMED} more` : shown;
}

export default defineRule({
  id: 'workflow-no-end',
  defaultSeverity: 'error',
  description: 'From some step of a workflow no end can be reached: a loop with no way out.',
  docs: "An end is a step with `next: []`, or the last step without `next`. A loop (a rework cycle, say) needs at least one step with a way out of it, e.g. `next: [rework, ship]`. Each loop with no way out is reported once, at its first step in list order, naming the steps in the loop; steps that only lead into it are fixed with it. When a step of the loop has a `next` that skips the step following it in the list (`审核: next: [提交]` with 付款 after it), that step is taken as the way out the loop lacks: the finding names the steps the loop leaves unreachable and the `next` to add (`next: [提交, 付款]`), and those steps are not also reported by `workflow-unreachable-step` (one mistake, one finding: the loop's finding is the one kept because its fix, one `next`, both ends the loop and reaches those steps, where naming each of them in some earlier `next` would leave the loop). A step that stays unreachable once that `next` is added, or a following step that only leads back into the loop, is still `workflow-unreachable-step`'s finding.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n  - id: 审核\n    role: cfo\n    next: [提交]\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n  - id: 审核\n    role: cfo\n    next: [提交, 付款]\n  - id: 付款\n    role: accountant\n',
  },
  messages: {
    selfLoop:
      "workflow '{{workflow}}' never ends once it reaches step '{{step}}': step '{{step}}' only leads back to itself: give it a next step that leads on, or next: [] to end there",
    loop: "workflow '{{workflow}}' never ends once it reaches step '{{step}}': steps {{steps}} form a loop with no way out: give one of them a next step out of the loop, or next: [] to end there",
    selfLoopCutOff:
      "workflow '{{workflow}}' never ends once it reaches step '{{step}}': step '{{step}}' only leads back to itself, so {{cutOff}} cannot be reached: add '{{exit}}' to its next to go on after it",
    loopCutOff:
      "workflow '{{workflow}}' never ends once it reaches step '{{step}}': steps {{steps}} form a loop with no way out, so {{cutOff}} cannot be reached: add '{{exit}}' to the next of step '{{from}}' to go on after the loop",
  },
  check(ctx) {
    for (const wf of subjects(ctx.model.workflows)) {
      const { traps, exits, cutOff } = loopsAndReach(stepGraph(wf));
      traps.forEach((members, t) => {
        const first = wf.steps[members[0]!]!;
        const path = ['steps', first.index, 'id'];
        const data = { workflow: wf.id, step: first.id };
        // One mistake, one finding. A loop that also cuts off the steps after it is one mistake: the step whose
        // next loops back lacks the way on. This finding, not workflow-unreachable-step's, is the one that says
        // the fix (add the way out: the loop ends and those steps are reached), so it names them, and that rule
        // leaves them out (loopsAndReach). A step the way out does not reach is still that rule's.
        const exit = exits[t];
        const lost = cutOff[t]!;
        if (exit && lost.length) {
          const cut = { cutOff: quoted(lost.map((i) => wf.steps[i]!.id)), exit: wf.steps[exit.to]!.id };
          if (members.length === 1) ctx.report({ entity: wf, path, messageId: 'selfLoopCutOff', data: { ...data, ...cut } });
          else
            ctx.report({
              entity: wf,
              path,
              messageId: 'loopCutOff',
              data: { ...data, ...cut, steps: quoted(members.map((i) => wf.steps[i]!.id)), from: wf.steps[exit.from]!.id },
            });
        } else if (members.length === 1) ctx.report({ entity: wf, path, messageId: 'selfLoop', data });
        else ctx.report({ entity: wf, path, messageId: 'loop', data: { ...data, steps: quoted(members.map((i) => wf.steps[i]!.id)) } });
      });
    }
  },
});
