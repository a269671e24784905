import { z } from 'zod';
import { isIsoDate } from '../../core/date.js';
import { today } from '../../core/time/today.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'team-expired',
  defaultSeverity: 'warning',
  description: "A team's `end` date is past: the project is over but the team is still listed.",
  docs: 'A project team (项目组) is dissolved when its project ends; still listed, it keeps counting its members’ time as taken. Delete the Team, or move its `end` date if the project runs on. "Today" is the UTC date, or the ORGCTL_TODAY environment variable, or the date given with `--as-of`, or the rule’s `today` option (`team-expired: [warn, {today: 2026-11-30}]`), so a CI run can be pinned.',
  options: z.strictObject({
    today: z.string().refine(isIsoDate, { error: 'must be a calendar date YYYY-MM-DD, e.g. 2026-12-01' }).optional(),
  }),
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\nrules:\n  team-expired: [warn, {today: 2026-12-01}]\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Team\nid: 年终审计项目组\nname: 年终审计项目组\nlead: cfo\nmembers:\n  - role: cfo\n    share: 50\nstart: 2026-10-01\nend: 2026-11-30\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\nrules:\n  team-expired: [warn, {today: 2026-12-01}]\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Team\nid: 年终审计项目组\nname: 年终审计项目组\nlead: cfo\nmembers:\n  - role: cfo\n    share: 50\nstart: 2026-10-01\nend: 2027-01-31\n',
  },
  messages: {
    expired: "team '{{team}}' ended on {{end}}, before today ({{today}}): delete the Team, or move its end date if the project runs on",
  },
  check(ctx) {
    let now: string | undefined;
    for (const team of subjects(ctx.model.teams)) {
      if (team.end === undefined) continue;
      now ??= today(ctx.options.today ?? ctx.model.asOf);
      if (team.end < now)
        ctx.report({ entity: team, path: ['end'], messageId: 'expired', data: { team: team.id, end: team.end, today: now } });
    }
  },
});
