/**
 * Writing a generated org as YAML files the way people write them by hand:
 * one file per department (its Department document with inline roles, then
 * standalone Role documents), some roles in files of their own under roles/,
 * and KPIs and workflows grouped per top-level unit. Returns path → text.
 */

/** Strings that YAML 1.2 (core schema) would read as something other than a string. */
const NOT_A_STRING =
  /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|)$/;
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/;

/** A scalar, plain when YAML reads it back as the same string, else double-quoted. */
export function scalar(value, inFlow = false) {
  if (typeof value === 'number') return String(value);
  const s = String(value);
  const unsafe = NOT_A_STRING.test(s) || !PLAIN_START.test(s) || /\s$/.test(s) || /: |:$| #|\n/.test(s) || (inFlow && /[,[\]{}]/.test(s));
  return unsafe ? JSON.stringify(s) : s;
}

function flowItem(item) {
  if (typeof item === 'string' || typeof item === 'number') return scalar(item, true);
  return `{${Object.entries(item)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${scalar(v, true)}`)
    .join(', ')}}`;
}

function flowList(items) {
  return `[${items.map(flowItem).join(', ')}]`;
}

/** Lines of `key:` followed by a block list, at `indent`. */
function blockList(key, items, indent) {
  const pad = ' '.repeat(indent);
  return [`${pad}${key}:`, ...items.map((item) => `${pad}  - ${typeof item === 'object' ? flowItem(item) : scalar(item)}`)];
}

function roleLines(role, { standalone, indent }) {
  const pad = ' '.repeat(indent);
  const lines = [];
  const field = (k, v) => lines.push(`${pad}${k}: ${v}`);
  if (standalone) {
    lines.push('kind: Role');
    field('id', scalar(role.id));
  } else {
    lines.push(`${' '.repeat(indent - 2)}- id: ${scalar(role.id)}`);
  }
  field('title', scalar(role.title));
  if (standalone) field('department', scalar(role.department));
  if (role.reportsTo) field('reports_to', scalar(role.reportsTo));
  if (role.dottedLine.length) field('dotted_line', flowList(role.dottedLine));
  if (role.headcount !== 1) field('headcount', String(role.headcount));
  if (role.holders) field('holders', flowList(role.holders));
  if (role.responsibilities.length) lines.push(...blockList('responsibilities', role.responsibilities, indent));
  if (role.kpis.length) lines.push(...blockList('kpis', role.kpis, indent));
  return lines;
}

function departmentDoc(dept, inlineRoles) {
  const lines = [`# ${dept.name}(${dept.id})`, 'kind: Department', `id: ${scalar(dept.id)}`, `name: ${scalar(dept.name)}`];
  if (dept.parent) lines.push(`parent: ${scalar(dept.parent)}`);
  if (dept.head) lines.push(`head: ${scalar(dept.head)}`);
  if (dept.budget !== undefined) lines.push(`headcount_budget: ${dept.budget}`);
  if (dept.responsibilities.length) lines.push(...blockList('responsibilities', dept.responsibilities, 0));
  if (dept.kpis.length) lines.push(`kpis: ${flowList(dept.kpis)}`);
  if (inlineRoles.length) {
    lines.push('roles:');
    for (const role of inlineRoles) lines.push(...roleLines(role, { standalone: false, indent: 4 }));
  }
  return lines.join('\n');
}

function kpiDoc(kpi, org) {
  const dept = org.departments.get(kpi.department);
  const lines = [
    'kind: KPI',
    `id: ${scalar(kpi.id)}`,
    `name: ${scalar(kpi.name)}`,
    `description: ${scalar(`${dept.name}(${dept.id})的考核指标`)}`,
  ];
  if (kpi.formula) lines.push(`formula: ${scalar(kpi.formula)}`);
  lines.push(`unit: ${kpi.unit}`, `direction: ${kpi.direction}`, `target: ${kpi.target}`);
  if (kpi.range) lines.push(`range: [${kpi.range.join(', ')}]`);
  lines.push(`frequency: ${kpi.frequency}`, `owner: ${scalar(kpi.owner)}`);
  return lines.join('\n');
}

function workflowDoc(wf) {
  const lines = [
    'kind: Workflow',
    `id: ${scalar(wf.id)}`,
    `name: ${scalar(wf.name)}`,
    `owner: ${scalar(wf.owner)}`,
    `trigger: ${scalar(wf.trigger)}`,
    'steps:',
  ];
  for (const step of wf.steps) {
    lines.push(`  - id: ${scalar(step.id)}`, `    role: ${scalar(step.role)}`);
    if (step.accountable) lines.push(`    accountable: ${scalar(step.accountable)}`);
    if (step.consulted) lines.push(`    consulted: ${flowList(step.consulted)}`);
    if (step.informed) lines.push(`    informed: ${flowList(step.informed)}`);
    lines.push(`    sla: ${scalar(step.sla)}`, `    output: ${scalar(step.output)}`);
    if (step.next) lines.push(`    next: ${flowList(step.next)}`);
  }
  return lines.join('\n');
}

function organizationDoc(org, meta) {
  return [
    `# 基准测试用的组织:${meta.roles} 个岗位,seed ${meta.seed}${meta.variant ? `,变体 ${meta.variant}` : ''}(由 bench/generate.mjs 生成)`,
    'kind: Organization',
    'apiVersion: orgctl/v1',
    `id: ${scalar(org.id)}`,
    `name: ${scalar(org.name)}`,
    'locale: zh-CN',
    `top: ${scalar(org.top)}`,
    `description: ${scalar('集团下设各事业部、大区与职能中心;各部门编制、岗位职责、绩效指标与业务流程均按电商运营规范设置')}`,
  ].join('\n');
}

const docs = (list) => `${list.join('\n---\n')}\n`;

/** Files of the org: `{ relativePath: text }`, paths with `/`. */
export function renderOrg(org, meta) {
  const files = new Map();
  files.set('organization.yaml', `${organizationDoc(org, meta)}\n`);

  const folderOf = (dept) => (dept.level === 0 ? 'departments' : `departments/${dept.group}`);
  for (const dept of org.departments.values()) {
    const roles = dept.roles.map((id) => org.roles.get(id));
    const inline = roles.filter((r) => r.inline);
    const standalone = roles.filter((r) => !r.inline).map((r) => roleLines(r, { standalone: true, indent: 0 }).join('\n'));
    const deptText = departmentDoc(dept, inline);
    if (dept.separateRoleFile && standalone.length) {
      files.set(`${folderOf(dept)}/${dept.id}.yaml`, docs([deptText]));
      files.set(`roles/${dept.id}.yaml`, docs([`# ${dept.name}(${dept.id})的岗位\n${standalone[0]}`, ...standalone.slice(1)]));
    } else {
      files.set(`${folderOf(dept)}/${dept.id}.yaml`, docs([deptText, ...standalone]));
    }
  }

  const byGroup = (items, render) => {
    const groups = new Map();
    for (const item of items) {
      const group = org.departments.get(item.department).group;
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push(render(item));
    }
    return groups;
  };
  for (const [group, list] of byGroup(org.kpis, (k) => kpiDoc(k, org))) files.set(`kpis/${group}.yaml`, docs(list));
  for (const [group, list] of byGroup(org.workflows, workflowDoc)) files.set(`workflows/${group}.yaml`, docs(list));
  return files;
}
