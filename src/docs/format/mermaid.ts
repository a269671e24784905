/**
 * Mermaid diagrams for the Markdown pages (GitHub and GitLab draw ```mermaid
 * blocks): each workflow's flowchart, and the org chart when no SVG chart is
 * available. Node ids are generated (`s1`, `r1`), never taken from user text;
 * every label is quoted and escaped.
 */
import type { Department, OrgModel, Role, Workflow } from '../../model/types.js';
import { mermaidLabel } from '../../core/escape/mermaid.js';
import type { DocsWords } from '../../i18n/index.js';
import { stepGraph } from '../../lint/rules/utils/workflowGraph.js';

/** Above this many roles the fallback chart is drawn per department; above it in departments, not at all. */
export const MERMAID_MAX_NODES = 150;

const q = (text: string) => `"${mermaidLabel(text)}"`;
const q2 = (first: string, second: string) => `"${mermaidLabel(first)}<br/>${mermaidLabel(second)}"`;

export function workflowFlowchart(model: OrgModel, workflow: Workflow, msg: DocsWords): string {
  const lines = ['flowchart TD'];
  lines.push(`  start([${q(workflow.trigger ?? msg.start)}])`);
  workflow.steps.forEach((step, i) => {
    const role = model.roles.get(step.role);
    lines.push(`  s${i + 1}[${q2(step.name, role ? role.title : step.role)}]`);
  });
  lines.push(`  stop([${q(msg.end)}])`);
  if (workflow.steps.length) lines.push('  start --> s1');
  const graph = stepGraph(workflow);
  workflow.steps.forEach((_, i) => {
    // An unknown `next` counts as an end (as the rules read it); the steps table shows the bad id.
    if (graph.isEnd[i]) lines.push(`  s${i + 1} --> stop`);
    for (const j of graph.next[i]!) lines.push(`  s${i + 1} --> s${j + 1}`);
  });
  return lines.join('\n');
}

/**
 * The org chart as Mermaid: roles with solid and dotted lines, or, for a large
 * org, departments under their parents. Undefined when even that is too big
 * to be readable.
 */
export function orgChartMermaid(
  model: OrgModel,
  order: { roles: Role[]; departments: Department[] },
): { text: string; level: 'role' | 'department' } | undefined {
  if (order.roles.length > 0 && order.roles.length <= MERMAID_MAX_NODES) return { text: roleChart(model, order.roles), level: 'role' };
  if (order.departments.length > 0 && order.departments.length <= MERMAID_MAX_NODES)
    return { text: departmentChart(model, order.departments), level: 'department' };
  return undefined;
}

/** Roles in the given order (department tree order): Mermaid lays siblings out in the order they are declared. */
function roleChart(model: OrgModel, roles: Role[]): string {
  const lines = ['flowchart TD'];
  const node = new Map<string, string>();
  for (const role of roles) {
    const id = `r${node.size + 1}`;
    node.set(role.id, id);
    const dept = role.department !== undefined ? model.departments.get(role.department) : undefined;
    const title = role.headcount === 1 ? role.title : `${role.title} ×${role.headcount}`;
    lines.push(`  ${id}[${dept ? q2(title, dept.name) : q(title)}]`);
  }
  for (const role of roles) {
    const manager = model.hierarchy.manager.get(role.id);
    if (manager) lines.push(`  ${node.get(manager.id)!} --> ${node.get(role.id)!}`);
  }
  for (const role of roles) {
    for (const to of new Set(role.dottedLine)) {
      if (to !== role.id && node.has(to)) lines.push(`  ${node.get(role.id)!} -.-> ${node.get(to)!}`);
    }
  }
  return lines.join('\n');
}

function departmentChart(model: OrgModel, departments: Department[]): string {
  const lines = ['flowchart TD'];
  const node = new Map<string, string>();
  for (const dept of departments) {
    const id = `d${node.size + 1}`;
    node.set(dept.id, id);
    lines.push(`  ${id}[${q(dept.name)}]`);
  }
  for (const dept of departments) {
    for (const sub of model.hierarchy.subDepartments.get(dept.id) ?? []) lines.push(`  ${node.get(dept.id)!} --> ${node.get(sub.id)!}`);
  }
  return lines.join('\n');
}
