/**
 * The handbook's project teams (项目组, 项目型架构): one entry per Team in the
 * overview, after the workflows — purpose, lead, dates, seats lent, and a
 * table of members with their home departments, seats and share of time.
 * Teams are temporary and borrow people, so they sit beside the department
 * tree rather than in it.
 */
import { memberLoad } from '../../model/build/team.js';
import type { Team } from '../../model/types.js';
import { code, link, type Block, type Inline } from '../ir.js';
import { departmentRef, roleRef, type PageContext } from './context.js';

export function teamSection(ctx: PageContext): Block[] {
  const { msg, model } = ctx;
  if (!model.teams.size) return [];
  const blocks: Block[] = [
    { type: 'heading', level: 2, content: [msg.teams], anchor: { page: 'overview', section: 'teams' } },
    { type: 'paragraph', content: [msg.teamsIntro] },
  ];
  for (const team of model.teams.values()) blocks.push(...teamEntry(ctx, team));
  return blocks;
}

function teamEntry(ctx: PageContext, team: Team): Block[] {
  const { msg, model } = ctx;
  const blocks: Block[] = [{ type: 'heading', level: 3, content: [team.name] }];
  if (team.description) blocks.push({ type: 'prose', text: team.description });
  const known = team.members.filter((m) => model.roles.has(m.role));
  const seats = known.reduce((n, m) => n + (m.seats ?? 1), 0);
  const fte = known.reduce((n, m) => n + memberLoad(m), 0) / 100;
  const fields: { label: string; value: Inline[] }[] = [{ label: msg.id, value: [code(team.id)] }];
  if (team.purpose !== undefined) fields.push({ label: msg.teamPurpose, value: [team.purpose] });
  fields.push({ label: msg.teamLead, value: team.lead === undefined ? [msg.none] : roleRef(ctx, team.lead) });
  if (team.start !== undefined || team.end !== undefined)
    fields.push({ label: msg.teamPeriod, value: [`${team.start ?? '…'} — ${team.end ?? '…'}`] });
  fields.push({ label: msg.teamSeats, value: [msg.teamSize(seats, fte)] });
  blocks.push({ type: 'fields', fields });
  if (team.members.length) {
    blocks.push({
      type: 'table',
      head: [[msg.role], [msg.department], [msg.teamSeats], [msg.teamShare]],
      rows: team.members.map((m) => {
        const dept = model.roles.get(m.role)?.department;
        return [
          roleRef(ctx, m.role),
          dept === undefined ? [msg.none] : departmentRef(ctx, dept),
          [String(m.seats ?? 1)],
          [`${m.share ?? 100}%`],
        ];
      }),
      align: ['left', 'left', 'right', 'right'],
    });
  }
  return blocks;
}

/** The teams each role leads or lends seats to, in model order (built once per model: linear). */
const byRoleCache = new WeakMap<PageContext['model'], Map<string, Team[]>>();

export function teamsOfRole(ctx: PageContext, roleId: string): Team[] {
  let byRole = byRoleCache.get(ctx.model);
  if (!byRole) {
    byRole = new Map();
    for (const team of ctx.model.teams.values()) {
      const ids = new Set([...(team.lead !== undefined ? [team.lead] : []), ...team.members.map((m) => m.role)]);
      for (const id of ids) {
        const list = byRole.get(id);
        if (list) list.push(team);
        else byRole.set(id, [team]);
      }
    }
    byRoleCache.set(ctx.model, byRole);
  }
  return byRole.get(roleId) ?? [];
}

/** "大促项目组(项目负责人)、新品上线项目组", each a link to the overview's team section. */
export function roleTeamsValue(ctx: PageContext, roleId: string): Inline[] {
  const { msg } = ctx;
  const out: Inline[] = [];
  teamsOfRole(ctx, roleId).forEach((team, i) => {
    if (i) out.push(msg.listSep);
    out.push(link({ page: 'overview', section: 'teams' }, team.name));
    if (team.lead === roleId) out.push(msg.parenthesised(msg.teamLead));
  });
  return out;
}
