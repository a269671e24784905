/**
 * The index of job descriptions: every role, grouped by department in tree
 * order, with its manager, seats and holders.
 */
import type { Role } from '../../model/types.js';
import { code, em, type Block, type Inline, type Page } from '../ir.js';
import { departmentRef, holdersText, roleRef, type PageContext } from './context.js';

export function rolesIndexPage(ctx: PageContext): Page {
  const { model, msg, facts } = ctx;
  const blocks: Block[] = [];
  for (const { dept } of facts.departmentOrder) {
    const roles = model.hierarchy.departmentRoles.get(dept.id) ?? [];
    if (roles.length) blocks.push(...group(ctx, departmentRef(ctx, dept.id), roles));
  }
  if (facts.homelessRoles.length) blocks.push(...group(ctx, [em(msg.noDepartment)], facts.homelessRoles));
  if (!blocks.length) blocks.push({ type: 'paragraph', content: [msg.none] });
  return { target: { page: 'roles' }, title: [msg.jobDescriptions], blocks };
}

function group(ctx: PageContext, heading: Inline[], roles: Role[]): Block[] {
  const { msg } = ctx;
  return [
    { type: 'heading', level: 2, content: heading },
    {
      type: 'table',
      head: [[msg.role], [msg.id], [msg.reportsTo], [msg.seats], [msg.holders]],
      rows: roles.map((r) => [
        roleRef(ctx, r.id),
        [code(r.id)],
        r.reportsTo === undefined ? [msg.none] : roleRef(ctx, r.reportsTo),
        [String(r.headcount)],
        [holdersText(ctx, r)],
      ]),
      align: ['left', 'left', 'left', 'right', 'left'],
    },
  ];
}
