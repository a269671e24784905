import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'team-without-lead',
  defaultSeverity: 'warning',
  description: 'A team has no `lead`.',
  docs: 'A cross-functional team answers to one person: its members keep their solid lines to their home departments, so without a lead nobody arbitrates between them. Name the role that leads it (项目负责人) with `lead: <role id>`.',
  messages: {
    noLead: "team '{{team}}' has no lead: name the role that leads it with 'lead: <role id>'",
  },
  check(ctx) {
    for (const team of subjects(ctx.model.teams.values())) {
      if (team.lead === undefined) ctx.report({ entity: team, messageId: 'noLead', data: { team: team.id } });
    }
  },
});
