import type { PathSegment } from '../../load/positions.js';
import { memberLoad } from '../../model/build/team.js';
import type { Team, TeamMember } from '../../model/types.js';
import { defineRule, subjects } from '../types.js';

/** One member entry: what it takes from its role, and when (a team without dates is always on). */
interface Commitment {
  team: Team;
  member: TeamMember;
  load: number;
  from: string;
  until: string;
}

/** A date below and one above every `YYYY-MM-DD`, for open-ended teams. */
const EVER = '0000-00-00';
const NEVER = '9999-99-99';

export default defineRule({
  id: 'team-overcommitted',
  defaultSeverity: 'error',
  description: "A role gives more than its seats (or more than 100% of one seat's time) to teams running at the same time.",
  docs: "Each team member takes seats of its role (default 1) times a share of each seat's time (default 100%). Teams whose dates overlap (a team without dates is always on) add up; more than the role's headcount × 100% means the same people are promised twice. Lower a `share` or `seats`, stagger the teams' dates, or add headcount to the role. A lead is not counted unless also listed as a member.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Team\nid: 上市项目组\nname: 上市筹备项目组\nlead: ceo\nmembers:\n  - role: cfo\n    share: 60\n---\nkind: Team\nid: 并购项目组\nname: 并购项目组\nlead: ceo\nmembers:\n  - role: cfo\n    share: 60\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n---\nkind: Team\nid: 上市项目组\nname: 上市筹备项目组\nlead: ceo\nmembers:\n  - role: cfo\n    share: 50\n---\nkind: Team\nid: 并购项目组\nname: 并购项目组\nlead: ceo\nmembers:\n  - role: cfo\n    share: 50\n',
  },
  messages: {
    overcommitted:
      "role '{{role}}' is given {{committed}}% of a seat to teams {{teams}}{{when}}, more than its {{seats}} seat(s) hold ({{capacity}}%): lower a share or seats, stagger the teams, or add headcount",
  },
  check(ctx) {
    const { roles } = ctx.model;
    const byRole = new Map<string, Commitment[]>();
    for (const team of subjects(ctx.model.teams)) {
      for (const member of team.members) {
        if (!roles.has(member.role)) continue; // team-member-unknown
        let list = byRole.get(member.role);
        if (!list) byRole.set(member.role, (list = []));
        list.push({ team, member, load: memberLoad(member), from: team.start ?? EVER, until: team.end ?? NEVER });
      }
    }
    for (const [roleId, list] of byRole) {
      const role = roles.get(roleId)!;
      const capacity = role.headcount * 100;
      if (list.reduce((n, c) => n + c.load, 0) <= capacity) continue;
      // Sweep the teams' start and end dates (end days inclusive: on one date, starts come before ends).
      const events = list.flatMap((c, i) => [
        { date: c.from, start: true, c, i },
        { date: c.until, start: false, c, i },
      ]);
      events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start !== b.start ? (a.start ? -1 : 1) : a.i - b.i));
      const active = new Set<Commitment>();
      let load = 0;
      for (const e of events) {
        if (!e.start) {
          active.delete(e.c);
          load -= e.c.load;
          continue;
        }
        active.add(e.c);
        load += e.c.load;
        if (load <= capacity) continue;
        const { team, member } = e.c;
        const field: PathSegment = member.share !== undefined ? 'share' : member.seats !== undefined ? 'seats' : 'role';
        const teams = [...new Set([...active].map((c) => `'${c.team.id}'`))].join(', ');
        ctx.report({
          entity: team,
          path: ['members', member.index, field],
          messageId: 'overcommitted',
          data: {
            role: roleId,
            committed: load,
            teams,
            when: e.date === EVER ? '' : ` from ${e.date}`,
            seats: role.headcount,
            capacity,
          },
        });
        break;
      }
    }
  },
});
