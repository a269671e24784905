/**
 * The overview (README.md / the handbook's first chapter): what the org is,
 * the validation notice when it has findings, the summary figures, the org
 * chart, the department tree, the head-count and vacancy table, the
 * workflows and the project teams.
 */
import { seatsInSubtree } from '../../model/hierarchy.js';
import type { Finding } from '../../load/types.js';
import { MAX_LISTED_FINDINGS, nestingShown, sortedFindings, subtreeTotalsOf, totalsOf, type Totals } from '../facts.js';
import type { Entity } from '../../model/types.js';
import { findingText } from '../findingText.js';
import { code, em, link, strong, type Block, type Inline, type Page } from '../ir.js';
import { orgChartMermaid } from '../format/mermaid.js';
import { departmentRef, roleRef, type PageContext } from './context.js';
import { teamSection } from './teams.js';

export function overviewPage(ctx: PageContext): Page {
  const { model, msg } = ctx;
  const org = model.organization;
  const blocks: Block[] = [];
  if (org?.description) blocks.push({ type: 'prose', text: org.description });
  if (ctx.facts.findings.length) blocks.push(findingsNotice(ctx));
  if (model.dating) blocks.push({ type: 'note', content: [msg.asOfNote(model.dating.asOf)] });
  if (ctx.format === 'markdown') blocks.push(...contents(ctx));
  blocks.push({ type: 'heading', level: 2, content: [msg.summary] }, summaryTable(ctx));
  blocks.push(...chartSection(ctx));
  blocks.push(...departmentTree(ctx));
  blocks.push(
    { type: 'heading', level: 2, content: [msg.headcountTable], anchor: { page: 'overview', section: 'headcount' } },
    headcountTable(ctx),
    { type: 'note', content: [msg.headcountIncludesSubs] },
  );
  blocks.push(...workflowList(ctx));
  blocks.push(...teamSection(ctx));
  blocks.push(...plannedChanges(ctx));
  return { target: { page: 'overview' }, title: [org?.name ?? msg.handbook], subtitle: org ? [msg.handbook] : undefined, blocks };
}

function findingsNotice(ctx: PageContext): Block {
  const { msg } = ctx;
  const all = sortedFindings(ctx.facts.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const items: Inline[][] = all.slice(0, MAX_LISTED_FINDINGS).map((f) => findingLine(ctx, f));
  if (all.length > MAX_LISTED_FINDINGS) items.push([msg.moreFindings(all.length - MAX_LISTED_FINDINGS)]);
  return { type: 'notice', title: msg.findingsTitle, text: msg.notice(errors, all.length - errors), items };
}

function findingLine(ctx: PageContext, f: Finding): Inline[] {
  const where = f.file === undefined ? '' : `${f.file}${f.line === undefined ? '' : `:${f.line}:${f.column ?? 1}`} — `;
  return [strong(ctx.msg.severityNames[f.severity]), ' ', code(f.rule), ' ', where, findingText(f, ctx.locale)];
}

/** Markdown only: the HTML handbook has its own table of contents. */
function contents(ctx: PageContext): Block[] {
  const { msg, model } = ctx;
  const items = [
    [link({ page: 'overview', section: 'tree' }, msg.departmentTree)],
    [link({ page: 'overview', section: 'headcount' }, msg.headcountTable)],
    [link({ page: 'roles' }, msg.jobDescriptions)],
    [link({ page: 'kpis' }, msg.kpiDictionary)],
  ];
  if (model.workflows.size) items.push([link({ page: 'overview', section: 'workflows' }, msg.workflows)]);
  if (model.teams.size) items.push([link({ page: 'overview', section: 'teams' }, msg.teams)]);
  return [
    { type: 'heading', level: 2, content: [msg.contents] },
    { type: 'list', items: items.map((content) => ({ content })) },
  ];
}

function summaryTable(ctx: PageContext): Block {
  const { model, msg } = ctx;
  const t = totalsOf(model.roles.values());
  return {
    type: 'table',
    head: [
      [msg.departments],
      [msg.roles],
      [msg.seats],
      [msg.holderCount],
      [msg.vacancies],
      [msg.seatsNotRecorded],
      [msg.kpis],
      [msg.workflows],
    ],
    rows: [
      [model.departments.size, t.roles, t.seats, t.holders, t.vacant, t.unknown, model.kpis.size, model.workflows.size].map((n) => [
        String(n),
      ]),
    ],
    align: Array(8).fill('right'),
  };
}

function chartSection(ctx: PageContext): Block[] {
  const { msg, model } = ctx;
  if (model.roles.size === 0 && model.departments.size === 0) return []; // nothing to draw
  const heading: Block = { type: 'heading', level: 2, content: [msg.orgChart], anchor: { page: 'overview', section: 'chart' } };
  if (ctx.hasChart) return [heading, { type: 'chart', alt: msg.orgChartSvgAlt }];
  // Without the SVG chart the HTML handbook relies on the department tree; Markdown can show Mermaid.
  if (ctx.format !== 'markdown') return [];
  const mermaid = orgChartMermaid(model, { roles: ctx.facts.roleOrder, departments: ctx.facts.departmentOrder.map((d) => d.dept) });
  if (!mermaid) return [heading, { type: 'note', content: [msg.orgChartTooLarge(model.roles.size, model.departments.size)] }];
  const blocks: Block[] = [heading];
  if (mermaid.level === 'department') blocks.push({ type: 'note', content: [msg.orgChartDepartmentLevel] });
  blocks.push({ type: 'mermaid', code: mermaid.text });
  return blocks;
}

function departmentTree(ctx: PageContext): Block[] {
  const { msg, facts, model } = ctx;
  const heading: Block = { type: 'heading', level: 2, content: [msg.departmentTree], anchor: { page: 'overview', section: 'tree' } };
  const item = (id: string, depth: number) => {
    const dept = model.departments.get(id)!;
    const { indent, level } = nestingShown(depth);
    const content: Inline[] = [...(level !== undefined ? [level] : []), ...departmentRef(ctx, id)];
    if (dept.head !== undefined) content.push(' — ', msg.head, msg.colon, ...roleRef(ctx, dept.head));
    return { content, depth: indent };
  };
  const looped = new Set(facts.loopedDepartments.map((d) => d.id));
  const blocks: Block[] = [heading];
  const treeItems = facts.departmentOrder.filter(({ dept }) => !looped.has(dept.id)).map(({ dept, depth }) => item(dept.id, depth));
  if (treeItems.length) blocks.push({ type: 'list', items: treeItems });
  else blocks.push({ type: 'paragraph', content: [msg.none] });
  if (looped.size) {
    blocks.push({ type: 'paragraph', content: [em(msg.departmentsOutsideTree)] });
    blocks.push({ type: 'list', items: facts.loopedDepartments.map((d) => item(d.id, 0)) });
  }
  return blocks;
}

function headcountTable(ctx: PageContext): Block {
  const { msg, facts, model } = ctx;
  const numbers = (t: Totals): Inline[][] => [t.roles, t.seats, t.holders, t.vacant, t.unknown].map((n) => [String(n)]);
  const rows: Inline[][][] = facts.departmentOrder.map(({ dept, depth }) => {
    const budget = dept.headcountBudget === undefined ? msg.none : `${seatsInSubtree(model, dept.id)} / ${dept.headcountBudget}`;
    const { indent, level } = nestingShown(depth);
    return [
      ['\u2003'.repeat(indent), ...(level !== undefined ? [level] : []), ...departmentRef(ctx, dept.id)],
      dept.head === undefined ? [msg.none] : roleRef(ctx, dept.head),
      ...numbers(subtreeTotalsOf(model, dept)),
      [budget],
    ];
  });
  if (facts.homelessRoles.length) rows.push([[em(msg.noDepartment)], [msg.none], ...numbers(totalsOf(facts.homelessRoles)), [msg.none]]);
  rows.push([[strong(msg.total)], [''], ...numbers(totalsOf(model.roles.values())).map((cell) => [strong(...cell)]), ['']]);
  return {
    type: 'table',
    head: [
      [msg.departmentKind],
      [msg.head],
      [msg.roles],
      [msg.seats],
      [msg.holderCount],
      [msg.vacancies],
      [msg.seatsNotRecorded],
      [msg.headcountBudget],
    ],
    rows,
    align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  };
}

function workflowList(ctx: PageContext): Block[] {
  const { msg, model } = ctx;
  if (!model.workflows.size) return [];
  const items = [...model.workflows.values()].map((wf) => {
    const content: Inline[] = [link({ kind: 'workflow', id: wf.id }, wf.name)];
    if (wf.owner !== undefined) content.push(' — ', msg.workflowOwner, msg.colon, ...roleRef(ctx, wf.owner));
    return { content };
  });
  return [
    { type: 'heading', level: 2, content: [msg.workflows], anchor: { page: 'overview', section: 'workflows' } },
    { type: 'list', items },
  ];
}

/**
 * An effective-dated org: the changes already decided for after the handbook's date, in date order — what
 * takes effect (versions set aside until then) and what ends (versions in effect now with an end date).
 */
function plannedChanges(ctx: PageContext): Block[] {
  const { model, msg } = ctx;
  if (!model.dating) return [];
  const { asOf, notInEffect } = model.dating;
  // Keyed by date and id: a version ending the day another of the same id begins is one change, not two.
  const changes = new Map<string, { date: string; e: Entity; starts: boolean; ends: boolean }>();
  const note = (date: string, e: Entity, what: 'starts' | 'ends') => {
    const key = `${date}\u0000${e.id}`;
    const entry = changes.get(key) ?? { date, e, starts: false, ends: false };
    entry[what] = true;
    if (what === 'starts') entry.e = e;
    changes.set(key, entry);
  };
  for (const versions of notInEffect.values())
    for (const e of versions) {
      if (e.effective?.from !== undefined && e.effective.from > asOf) note(e.effective.from, e, 'starts');
      if (e.effective?.until !== undefined && e.effective.until > asOf) note(e.effective.until, e, 'ends');
    }
  for (const e of model.byId.values()) if (e.effective?.until !== undefined) note(e.effective.until, e, 'ends');
  if (!changes.size) return [];
  const sorted = [...changes.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // stable: file order within a day
  const label = (e: Entity) => `${nameOf(e)} (${msg.datedKinds[e.kind] ?? e.kind})`;
  const line = ({ date, e, starts, ends }: { date: string; e: Entity; starts: boolean; ends: boolean }): Inline[] => [
    starts && ends ? msg.changesOn(date) : starts ? msg.takesEffect(date) : msg.endsOn(date),
    label(e),
  ];
  return [
    { type: 'heading', level: 2, content: [msg.plannedChanges], anchor: { page: 'overview', section: 'planned' } },
    { type: 'list', items: sorted.map((c) => ({ content: line(c) })) },
  ];
}

function nameOf(e: Entity): string {
  switch (e.kind) {
    case 'Role':
      return e.title;
    case 'Department':
    case 'KPI':
    case 'Workflow':
    case 'Organization':
    case 'Team':
      return e.name;
  }
}
