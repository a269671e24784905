import { didYouMeanId, replaceId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'kpi-owner-unknown',
  defaultSeverity: 'error',
  description: "A KPI's `owner` is not the id of a role or department.",
  docs: '`owner` says who answers for a KPI; it must be a role id or a department id. Fix the spelling, or remove `owner` and list the KPI in the `kpis` of the roles or departments that carry it.',
  messages: {
    notAnOwner: "KPI '{{kpi}}' is owned by '{{owner}}', which is not a role or department{{suggestion}}",
  },
  check(ctx) {
    const { kpis, roles, departments } = ctx.model;
    for (const kpi of subjects(kpis.values())) {
      if (kpi.owner === undefined || roles.has(kpi.owner) || departments.has(kpi.owner)) continue;
      ctx.report({
        entity: kpi,
        path: ['owner'],
        messageId: 'notAnOwner',
        data: { kpi: kpi.id, owner: kpi.owner, suggestion: didYouMeanId(kpi.owner, roles, departments) },
        replace: replaceId(kpi.owner, roles, departments),
      });
    }
  },
});
