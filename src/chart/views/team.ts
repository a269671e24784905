/**
 * The `team` view (`chart --team ID`): a project team (项目型架构) drawn from
 * the functional org. Its lead on top, each member below on a line from the
 * lead (for the project's duration they answer to it; their home reporting
 * lines are not drawn here), every box inside its home department's box so
 * the chart shows which departments lend people.
 * A box's seats are the seats lent; a share of time is written in its title.
 */
import { UsageError } from '../../core/errors.js';
import { didYouMean } from '../../core/text/suggest.js';
import { memberLoad } from '../../model/build/team.js';
import type { Team } from '../../model/types.js';
import { departmentTooltip, roleTooltip } from '../draw/tooltips.js';
import type { ViewContext } from './select.js';
import { enclosingDepartments } from './trees.js';
import type { ChartBox, ChartEdge, ChartGraph, ChartGroup } from '../types.js';

/** What one role gives the team: seats and percent of each seat (members of the same role add up). */
interface Lent {
  seats: number;
  load: number;
}

export function teamOf(ctx: Pick<ViewContext, 'model'>, id: string): Team {
  const team = ctx.model.teams.get(id);
  if (!team) throw new UsageError(`--team '${id}' is not a team${didYouMean(id, ctx.model.teams)}`);
  return team;
}

export function teamLevel(ctx: ViewContext, teamId: string): ChartGraph {
  const { model, locale, words, tree, orgName } = ctx;
  const team = teamOf(ctx, teamId);
  // Roles that do not exist are team-member-unknown findings; the chart draws what it can.
  const lead = team.lead !== undefined && model.roles.has(team.lead) ? team.lead : undefined;
  const lent = new Map<string, Lent>();
  for (const m of team.members) {
    if (!model.roles.has(m.role)) continue;
    const was = lent.get(m.role) ?? { seats: 0, load: 0 };
    lent.set(m.role, { seats: was.seats + (m.seats ?? 1), load: was.load + memberLoad(m) });
  }
  const ids = [...new Set([...(lead !== undefined ? [lead] : []), ...lent.keys()])];
  const roles = ids.map((id) => model.roles.get(id)!);

  const groupIds = enclosingDepartments(
    roles.map((r) => r.department).filter((d): d is string => d !== undefined && model.departments.has(d)),
    tree,
  );
  // The lead is one person even when the team lists no seat of its role.
  const seatsOf = (id: string) => lent.get(id)?.seats ?? 1;
  // Seats per drawn department, its drawn sub-departments included: summed once up the tree (children before parents).
  const seatsIn = new Map<string, number>();
  for (const r of roles) {
    if (r.department !== undefined && groupIds.has(r.department))
      seatsIn.set(r.department, (seatsIn.get(r.department) ?? 0) + seatsOf(r.id));
  }
  for (let i = tree.order.length - 1; i >= 0; i--) {
    const d = tree.order[i]!.id;
    const parent = tree.parent.get(d);
    if (!groupIds.has(d) || parent === undefined || !groupIds.has(parent)) continue;
    seatsIn.set(parent, (seatsIn.get(parent) ?? 0) + (seatsIn.get(d) ?? 0));
  }
  const groups: ChartGroup[] = tree.order
    .filter((d) => groupIds.has(d.id))
    .map((d) => {
      const parent = tree.parent.get(d.id);
      const seats = seatsIn.get(d.id) ?? 0;
      return {
        id: d.id,
        name: d.name,
        ...(parent !== undefined && groupIds.has(parent) ? { parent } : {}),
        seats,
        color: tree.index.get(d.id)!,
        tooltip: departmentTooltip(model, d, seats, words),
      };
    });

  const boxes: ChartBox[] = roles.map((r) => {
    const given = lent.get(r.id);
    const group = r.department !== undefined && groupIds.has(r.department) ? r.department : undefined;
    // A share below whole seats is the point of the box: it goes in the title, where it is read.
    const part = given !== undefined && given.load !== given.seats * 100 ? given.load / given.seats : undefined;
    const title = [r.title, r.id === lead ? words.teamLead : '', part !== undefined ? words.teamShare(part) : '']
      .filter(Boolean)
      .join(' · ');
    const tooltip = roleTooltip(model, r, words);
    if (r.id === lead) tooltip.splice(1, 0, `${words.teamLead}: ${team.name}`);
    return {
      id: r.id,
      kind: 'role' as const,
      title,
      ...(group !== undefined ? { group } : {}),
      seats: seatsOf(r.id),
      hidden: 0,
      hiddenSeats: 0,
      color: group !== undefined ? tree.index.get(group)! : -1,
      tooltip,
    };
  });
  const edges: ChartEdge[] =
    lead === undefined ? [] : roles.filter((r) => r.id !== lead).map((r) => ({ from: lead, to: r.id, style: 'solid' as const }));

  const seats = roles.reduce((n, r) => n + seatsOf(r.id), 0);
  const period = team.start !== undefined || team.end !== undefined ? words.teamPeriod(team.start, team.end) : '';
  const subtitle = [team.name, team.purpose ?? '', period, words.roles(roles.length), words.seats(seats)].filter(Boolean).join(' · ');
  return { level: 'role', locale, title: words.chartTitle(orgName), subtitle, boxes, groups, edges };
}
