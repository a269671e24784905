import type { PathSegment } from '../../load/positions.js';
import { didYouMeanId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'workflow-role-unknown',
  defaultSeverity: 'error',
  description: "A workflow's `owner`, or a step's `role`, `accountable`, `consulted` or `informed`, names no role.",
  docs: 'Workflows assign work to positions, by role id: the owner of the process and, per step, who is responsible (R), accountable (A), consulted (C) and informed (I). An id that names no role leaves a hole in the RACI matrix. Fix the spelling, or add the role.',
  check(ctx) {
    const { roles } = ctx.model;
    for (const wf of subjects(ctx.model.workflows.values())) {
      const check = (id: string, path: PathSegment[], what: string) => {
        if (roles.has(id)) return;
        ctx.report({ entity: wf, path, message: `${what} '${id}', which is not a role${didYouMeanId(id, roles)}` });
      };
      if (wf.owner !== undefined) check(wf.owner, ['owner'], `workflow '${wf.id}' is owned by`);
      for (const step of wf.steps) {
        const at = (...rest: PathSegment[]) => ['steps', step.index, ...rest];
        const names = (as: string) => `workflow '${wf.id}' step '${step.id}' names as ${as}`;
        check(step.role, at('role'), names('responsible'));
        // A defaulted `accountable` is the role itself: already checked, nothing to point at.
        if (step.accountableGiven) check(step.accountable, at('accountable'), names('accountable'));
        step.consulted.forEach((id, j) => check(id, at('consulted', j), names('consulted')));
        step.informed.forEach((id, j) => check(id, at('informed', j), names('informed')));
      }
    }
  },
});
