import { didYouMeanId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'team-member-unknown',
  defaultSeverity: 'error',
  description: "A team's `lead` or a member's `role` names no role.",
  docs: 'A project team (Team) borrows positions from the functional departments, by role id: its lead and each member. An id that names no role is a seat nobody can fill, and it is left out of the over-commitment count. Fix the spelling, or add the role.',
  messages: {
    lead: "team '{{team}}' is led by '{{target}}', which is not a role{{suggestion}}",
    member: "team '{{team}}' member {{n}} is '{{target}}', which is not a role{{suggestion}}",
  },
  check(ctx) {
    const { roles } = ctx.model;
    for (const team of subjects(ctx.model.teams.values())) {
      if (team.lead !== undefined && !roles.has(team.lead)) {
        const data = { team: team.id, target: team.lead, suggestion: didYouMeanId(team.lead, roles) };
        ctx.report({ entity: team, path: ['lead'], messageId: 'lead', data });
      }
      for (const m of team.members) {
        if (roles.has(m.role)) continue;
        const data = { team: team.id, n: m.index + 1, target: m.role, suggestion: didYouMeanId(m.role, roles) };
        ctx.report({ entity: team, path: ['members', m.index, 'role'], messageId: 'member', data });
      }
    }
  },
});
