import { didYouMeanId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'team-member-unknown',
  defaultSeverity: 'error',
  description: "A team's `lead` or a member's `role` names no role.",
  docs: 'A project team (Team) borrows positions from the functional departments, by role id: its lead and each member. An id that names no role is a seat nobody can fill, and it is left out of the over-commitment count. Fix the spelling, or add the role.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Team\nid: 上市项目组\nname: 上市筹备项目组\nlead: ceo\nmembers:\n  - role: cf0\n    share: 50\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Team\nid: 上市项目组\nname: 上市筹备项目组\nlead: ceo\nmembers:\n  - role: cfo\n    share: 50\n',
  },
  messages: {
    lead: "team '{{team}}' is led by '{{target}}', which is not a role{{suggestion}}",
    member: "team '{{team}}' member {{n}} is '{{target}}', which is not a role{{suggestion}}",
  },
  check(ctx) {
    const { roles } = ctx.model;
    for (const team of subjects(ctx.model.teams)) {
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
