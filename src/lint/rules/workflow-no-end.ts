import { defineRule, subjects } from '../types.js';
import { canFinish, stepGraph, traps } from './utils/workflowGraph.js';

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
  docs: 'An end is a step with `next: []`, or the last step without `next`. A loop (a rework cycle, say) needs at least one step with a way out of it, e.g. `next: [rework, ship]`. Each loop with no way out is reported once, at its first step in list order, naming the steps in the loop; steps that only lead into it are fixed with it.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n  - id: 审核\n    role: cfo\n    next: [提交]\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n  - id: 审核\n    role: cfo\n    next: [提交, 付款]\n  - id: 付款\n    role: accountant\n',
  },
  messages: {
    selfLoop:
      "workflow '{{workflow}}' never ends once it reaches step '{{step}}': step '{{step}}' only leads back to itself: give it a next step that leads on, or next: [] to end there",
    loop: "workflow '{{workflow}}' never ends once it reaches step '{{step}}': steps {{steps}} form a loop with no way out: give one of them a next step out of the loop, or next: [] to end there",
  },
  check(ctx) {
    for (const wf of subjects(ctx.model.workflows)) {
      const g = stepGraph(wf);
      for (const members of traps(g, canFinish(g))) {
        const first = wf.steps[members[0]!]!;
        const ids = members.map((i) => wf.steps[i]!.id);
        const path = ['steps', first.index, 'id'];
        if (members.length === 1) ctx.report({ entity: wf, path, messageId: 'selfLoop', data: { workflow: wf.id, step: first.id } });
        else ctx.report({ entity: wf, path, messageId: 'loop', data: { workflow: wf.id, step: first.id, steps: quoted(ids) } });
      }
    }
  },
});
