import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'team-without-lead',
  defaultSeverity: 'warning',
  description: 'A team has no `lead`.',
  docs: 'A cross-functional team answers to one person: its members keep their solid lines to their home departments, so without a lead nobody arbitrates between them. Name the role that leads it (项目负责人) with `lead: <role id>`.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Team\nid: 上市项目组\nname: 上市筹备项目组\nmembers:\n  - role: cfo\n    share: 50\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Team\nid: 上市项目组\nname: 上市筹备项目组\nlead: ceo\nmembers:\n  - role: cfo\n    share: 50\n',
  },
  messages: {
    noLead: "team '{{team}}' has no lead: name the role that leads it with 'lead: <role id>'",
  },
  check(ctx) {
    for (const team of subjects(ctx.model.teams)) {
      if (team.lead === undefined) ctx.report({ entity: team, messageId: 'noLead', data: { team: team.id } });
    }
  },
});
