/**
 * A department's page (部门职能): where it sits, its head, its charter
 * (responsibilities), sub-departments, roles with seats and holders, the KPIs
 * it is measured on and the workflows its roles take part in.
 */
import { seatsInSubtree } from '../../model/hierarchy.js';
import type { Department, Workflow } from '../../model/types.js';
import { breadcrumbAncestors, totalsOf } from '../facts.js';
import { code, joinInline, type Block, type Inline, type Page, type PageHead } from '../ir.js';
import { departmentRef, holdersText, kpiTableHead, kpiTableRows, roleRef, vacantText, workflowRef, type PageContext } from './context.js';

export function departmentPage(ctx: PageContext, dept: Department): Page {
  const { model, msg } = ctx;
  const roles = model.hierarchy.departmentRoles.get(dept.id) ?? [];
  const subs = model.hierarchy.subDepartments.get(dept.id) ?? [];
  const blocks: Block[] = [];
  if (dept.description) blocks.push({ type: 'prose', text: dept.description });

  const fields: { label: string; value: Inline[] }[] = [{ label: msg.id, value: [code(dept.id)] }];
  if (dept.parent !== undefined) fields.push({ label: msg.parentDepartment, value: departmentRef(ctx, dept.parent) });
  fields.push({ label: msg.head, value: dept.head === undefined ? [msg.none] : roleRef(ctx, dept.head) });
  const t = totalsOf(roles);
  const allSeats = seatsInSubtree(model, dept.id);
  fields.push({ label: msg.seats, value: [subs.length ? msg.seatsIncludingSubs(t.seats, allSeats) : String(t.seats)] });
  if (dept.headcountBudget !== undefined)
    fields.push({ label: msg.headcountBudget, value: [msg.budgetUse(allSeats, dept.headcountBudget)] });
  blocks.push({ type: 'fields', fields });

  if (dept.responsibilities.length) {
    blocks.push(
      { type: 'heading', level: 2, content: [msg.departmentResponsibilities] },
      { type: 'list', ordered: true, items: dept.responsibilities.map((r) => ({ content: [r] })) },
    );
  }
  if (subs.length) {
    const items = subs.map((sub) => {
      const content = departmentRef(ctx, sub.id);
      if (sub.head !== undefined) content.push(' — ', msg.head, msg.colon, ...roleRef(ctx, sub.head));
      return { content };
    });
    blocks.push({ type: 'heading', level: 2, content: [msg.subDepartments] }, { type: 'list', items });
  }
  if (roles.length) {
    blocks.push(
      { type: 'heading', level: 2, content: [msg.roles] },
      {
        type: 'table',
        head: [[msg.role], [msg.reportsTo], [msg.seats], [msg.holders], [msg.vacancies]],
        rows: roles.map((r) => [
          roleRef(ctx, r.id),
          r.reportsTo === undefined ? [msg.none] : roleRef(ctx, r.reportsTo),
          [String(r.headcount)],
          [holdersText(ctx, r)],
          [vacantText(ctx, r)],
        ]),
        align: ['left', 'left', 'right', 'left', 'right'],
      },
    );
  }
  if (dept.kpis.length) {
    blocks.push(
      { type: 'heading', level: 2, content: [msg.kpis] },
      { type: 'table', head: kpiTableHead(msg), rows: kpiTableRows(ctx, dept.kpis) },
    );
  }
  const workflows = workflowsOf(ctx, dept);
  if (workflows.length) {
    blocks.push(
      { type: 'heading', level: 2, content: [msg.workflowsInvolved] },
      { type: 'list', items: workflows.map((wf) => ({ content: workflowRef(ctx, wf.id) })) },
    );
  }
  return { ...departmentPageHead(dept), subtitle: breadcrumb(ctx, dept), blocks };
}

/** What links to a department's page and lists it: its target and title. */
export function departmentPageHead(dept: Department): PageHead {
  return { target: { kind: 'department', id: dept.id }, title: [dept.name] };
}

/** "电子商务部 › 运营客服中心": the department's ancestors, outermost first (bounded: see breadcrumbAncestors). */
function breadcrumb(ctx: PageContext, dept: Department): Inline[] | undefined {
  const ancestors = breadcrumbAncestors(ctx.model, ctx.facts, dept);
  if (!ancestors.length) return undefined;
  return joinInline([...ancestors.map((a) => (a === '…' ? [a] : departmentRef(ctx, a.id))), [dept.name]], ' › ');
}

/** Workflows in which any role of the department is R, A, C or I (model order). */
function workflowsOf(ctx: PageContext, dept: Department): Workflow[] {
  const ids = new Set<string>();
  for (const role of ctx.model.hierarchy.departmentRoles.get(dept.id) ?? []) {
    for (const p of ctx.facts.participation.get(role.id) ?? []) ids.add(p.workflow.id);
  }
  return [...ctx.model.workflows.values()].filter((wf) => ids.has(wf.id));
}
