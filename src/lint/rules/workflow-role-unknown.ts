import { uncheckable } from './utils/references.js';
import type { PathSegment } from '../../load/positions.js';
import { idHint } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'workflow-role-unknown',
  defaultSeverity: 'error',
  description: "A workflow's `owner`, or a step's `role`, `accountable`, `consulted` or `informed`, names no role.",
  docs: 'Workflows assign work to positions, by role id: the owner of the process and, per step, who is responsible (R), accountable (A), consulted (C) and informed (I). An id that names no role leaves a hole in the RACI matrix. Fix the spelling, or add the role.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: acountant\n  - id: 审核\n    role: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n  - id: accountant\n    title: 会计\n    reports_to: cfo\n---\nkind: Workflow\nid: reimburse\nname: 费用报销\nowner: cfo\nsteps:\n  - id: 提交\n    role: accountant\n  - id: 审核\n    role: cfo\n',
  },
  messages: {
    owner: "workflow '{{workflow}}' is owned by '{{target}}', which is not a role{{suggestion}}",
    stepRole: "workflow '{{workflow}}' step '{{step}}' names as {{raci}} '{{target}}', which is not a role{{suggestion}}",
  },
  check(ctx) {
    const { roles } = ctx.model;
    for (const wf of subjects(ctx.model.workflows)) {
      if (wf.owner !== undefined && !roles.has(wf.owner) && !uncheckable(ctx.model, wf.owner)) {
        const hint = idHint(wf.owner, roles);
        ctx.report({
          entity: wf,
          path: ['owner'],
          messageId: 'owner',
          data: { workflow: wf.id, target: wf.owner, suggestion: hint.text },
          replaceWith: hint.replaceWith,
        });
      }
      for (const step of wf.steps) {
        const check = (id: string, raci: 'responsible' | 'accountable' | 'consulted' | 'informed', ...rest: PathSegment[]) => {
          if (roles.has(id) || uncheckable(ctx.model, id)) return;
          const hint = idHint(id, roles);
          const data = { workflow: wf.id, step: step.id, raci, target: id, suggestion: hint.text };
          ctx.report({ entity: wf, path: ['steps', step.index, ...rest], messageId: 'stepRole', data, replaceWith: hint.replaceWith });
        };
        check(step.role, 'responsible', 'role');
        // A defaulted `accountable` is the role itself: already checked, nothing to point at.
        if (step.accountableGiven) check(step.accountable, 'accountable', 'accountable');
        step.consulted.forEach((id, j) => {
          check(id, 'consulted', 'consulted', j);
        });
        step.informed.forEach((id, j) => {
          check(id, 'informed', 'informed', j);
        });
      }
    }
  },
});
