import type { PathSegment } from '../../load/positions.js';
import { didYouMeanId, replaceId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'workflow-role-unknown',
  defaultSeverity: 'error',
  description: "A workflow's `owner`, or a step's `role`, `accountable`, `consulted` or `informed`, names no role.",
  docs: 'Workflows assign work to positions, by role id: the owner of the process and, per step, who is responsible (R), accountable (A), consulted (C) and informed (I). An id that names no role leaves a hole in the RACI matrix. Fix the spelling, or add the role.',
  messages: {
    owner: "workflow '{{workflow}}' is owned by '{{target}}', which is not a role{{suggestion}}",
    stepRole: "workflow '{{workflow}}' step '{{step}}' names as {{raci}} '{{target}}', which is not a role{{suggestion}}",
  },
  check(ctx) {
    const { roles } = ctx.model;
    for (const wf of subjects(ctx.model.workflows.values())) {
      if (wf.owner !== undefined && !roles.has(wf.owner)) {
        ctx.report({
          entity: wf,
          path: ['owner'],
          messageId: 'owner',
          data: { workflow: wf.id, target: wf.owner, suggestion: didYouMeanId(wf.owner, roles) },
          replace: replaceId(wf.owner, roles),
        });
      }
      for (const step of wf.steps) {
        const check = (id: string, raci: 'responsible' | 'accountable' | 'consulted' | 'informed', ...rest: PathSegment[]) => {
          if (roles.has(id)) return;
          const data = { workflow: wf.id, step: step.id, raci, target: id, suggestion: didYouMeanId(id, roles) };
          ctx.report({ entity: wf, path: ['steps', step.index, ...rest], messageId: 'stepRole', data, replace: replaceId(id, roles) });
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
