/**
 * A job description (岗位说明书): department, reporting lines (solid and
 * dotted, both ways), seats and holders, responsibilities, KPIs with the
 * targets this role is measured against, and its part in each workflow.
 */
import type { Role } from '../../model/types.js';
import { roleTeamsValue } from './teams.js';
import { breadcrumbAncestors } from '../facts.js';
import { roleStaffing } from '../../model/staffing.js';
import { code, joinInline, link, type Block, type Inline, type Page, type PageHead } from '../ir.js';
import { departmentRef, holdersText, kpiRef, kpiTableHead, kpiTableRows, roleRef, roleRefWithSeats, type PageContext } from './context.js';

export function rolePage(ctx: PageContext, role: Role): Page {
  const { msg } = ctx;
  const blocks: Block[] = [];
  if (role.description) blocks.push({ type: 'prose', text: role.description });
  blocks.push({ type: 'fields', fields: roleFields(ctx, role) });
  if (role.responsibilities.length) {
    blocks.push(
      { type: 'heading', level: 2, content: [msg.roleResponsibilities] },
      { type: 'list', ordered: true, items: role.responsibilities.map((r) => ({ content: [r] })) },
    );
  }
  blocks.push(...qualificationsAndCompetencies(ctx, role));
  const owned = (ctx.facts.kpisOwnedBy.get(role.id) ?? []).map((k) => kpiRef(ctx, k.id));
  // A department's KPIs are what its head answers for (绩效考核 of a 部门负责人), so the head's job description shows them too.
  const headed = [...(ctx.facts.headOf.get(role.id) ?? [])].filter((d) => d.kpis.length);
  if (role.kpis.length || owned.length || headed.length) {
    blocks.push({ type: 'heading', level: 2, content: [msg.kpis] });
    if (role.kpis.length) {
      if (headed.length) blocks.push({ type: 'heading', level: 3, content: [msg.roleKpis] });
      blocks.push({ type: 'table', head: kpiTableHead(msg), rows: kpiTableRows(ctx, role.kpis) });
    }
    for (const dept of headed) {
      blocks.push(
        { type: 'heading', level: 3, content: [msg.headOfKpis(dept.name)] },
        { type: 'table', head: kpiTableHead(msg), rows: kpiTableRows(ctx, dept.kpis) },
      );
    }
    if (owned.length) blocks.push({ type: 'paragraph', content: [msg.kpisOwned, msg.colon, ...joinInline(owned, msg.listSep)] });
  }
  blocks.push(...participation(ctx, role));
  return { ...rolePageHead(role), subtitle: subtitle(ctx, role), blocks };
}

/** What links to a job description and lists it: its target and title. */
export function rolePageHead(role: Role): PageHead {
  return { target: { kind: 'role', id: role.id }, title: [role.title] };
}

function roleFields(ctx: PageContext, role: Role): { label: string; value: Inline[] }[] {
  const { model, msg, facts } = ctx;
  const fields: { label: string; value: Inline[] }[] = [{ label: msg.id, value: [code(role.id)] }];
  fields.push({ label: msg.department, value: role.department === undefined ? [msg.none] : departmentRef(ctx, role.department) });

  const isTop = model.hierarchy.tops.includes(role);
  const manager: Inline[] = isTop ? [msg.topRole] : role.reportsTo === undefined ? [msg.none] : roleRef(ctx, role.reportsTo);
  fields.push({ label: msg.reportsTo, value: manager });
  const reports = model.hierarchy.reports.get(role.id) ?? [];
  fields.push({
    label: msg.directReports,
    value: reports.length
      ? joinInline(
          reports.map((r) => roleRefWithSeats(ctx, r)),
          msg.listSep,
        )
      : [msg.none],
  });

  const dottedTo = [...new Set(role.dottedLine)].filter((id) => id !== role.id);
  if (dottedTo.length)
    fields.push({
      label: msg.dottedLineTo,
      value: joinInline(
        dottedTo.map((id) => roleRef(ctx, id)),
        msg.listSep,
      ),
    });
  const dottedFrom = facts.dottedFrom.get(role.id) ?? [];
  if (dottedFrom.length)
    fields.push({
      label: msg.dottedLineFrom,
      value: joinInline(
        dottedFrom.map((r) => roleRef(ctx, r.id)),
        msg.listSep,
      ),
    });

  const staffing = roleStaffing(role);
  fields.push({ label: msg.seats, value: [String(staffing.seats)] });
  fields.push({ label: msg.holders, value: [holdersText(ctx, role, true)] });
  if (staffing.vacant !== undefined) fields.push({ label: msg.vacancies, value: [String(staffing.vacant)] });
  const teams = roleTeamsValue(ctx, role.id);
  if (teams.length) fields.push({ label: msg.roleTeams, value: teams });
  return fields;
}

/** "岗位说明书 · 电子商务部 › 运营客服中心 › 客服组". */
function subtitle(ctx: PageContext, role: Role): Inline[] {
  const { model, msg } = ctx;
  const dept = role.department === undefined ? undefined : model.departments.get(role.department);
  if (!dept) return [msg.jobDescription];
  const chain = [...breadcrumbAncestors(model, ctx.facts, dept), dept];
  return [
    msg.jobDescription,
    ' · ',
    ...joinInline(
      chain.map((d) => (d === '…' ? [d] : departmentRef(ctx, d.id))),
      ' › ',
    ),
  ];
}

function participation(ctx: PageContext, role: Role): Block[] {
  const { msg } = ctx;
  const parts = ctx.facts.participation.get(role.id) ?? [];
  if (!parts.length) return [];
  const rows = parts.map((p) => [
    [link({ kind: 'workflow', id: p.workflow.id }, p.workflow.name)],
    [`${p.workflow.steps.indexOf(p.step) + 1}. ${p.step.name}`],
    [p.letters.map((l) => `${l} ${msg.raciNames[l]}`).join(msg.listSep)],
  ]);
  return [
    { type: 'heading', level: 2, content: [msg.participation] },
    { type: 'table', head: [[msg.workflow], [msg.step], ['RACI']], rows },
  ];
}

/** 任职资格 (a list) and 能力模型 (competency, level, what it means here), as the seeds write a job description. */
function qualificationsAndCompetencies(ctx: PageContext, role: Role): Block[] {
  const { msg } = ctx;
  const blocks: Block[] = [];
  if (role.qualifications.length) {
    blocks.push(
      { type: 'heading', level: 2, content: [msg.qualifications] },
      { type: 'list', items: role.qualifications.map((q) => ({ content: [q] })) },
    );
  }
  if (role.competencies.length) {
    blocks.push(
      { type: 'heading', level: 2, content: [msg.competencies] },
      {
        type: 'table',
        head: [[msg.competency], [msg.competencyLevel], [msg.description]],
        rows: role.competencies.map((c) => [
          [c.name],
          [c.level === undefined ? msg.none : msg.competencyLevelName(c.level)],
          [c.description ?? msg.none],
        ]),
      },
    );
  }
  return blocks;
}
