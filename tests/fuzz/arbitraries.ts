/**
 * fast-check generators for org documents, shared by the fuzz tests:
 * - `doc`: loosely org-shaped documents (random kinds, fields and values), to
 *   shake the loader, the schema and the rules;
 * - `orgFiles`: coherent orgs (departments, roles, KPIs, workflows whose
 *   references mostly resolve) so the renderers get real trees to draw, with
 *   hostile strings mixed into names and titles;
 * - `mutate`: random text edits of a valid org.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { ORG } from '../helpers.js';

export const id = fc.constantFrom('gm', 'ops', 'cs', 'cs-lead', '客服主管', '运营部', 'k1', 'w1', 'x', '-bad', '', 'ops-leed');
const scalar = fc.oneof(id, fc.integer({ min: -5, max: 200 }), fc.boolean(), fc.constant(null), fc.string({ maxLength: 6 }));
export const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('id', 'role', 'target', 'name', 'x-a', 'bogus'), tie('v'), { maxKeys: 3 }),
  ),
})).v;

const kind = fc.constantFrom('Organization', 'Department', 'Role', 'KPI', 'Workflow', 'Departmnet');
const FIELDS = [
  'id',
  'name',
  'title',
  'department',
  'reports_to',
  'parent',
  'head',
  'headcount',
  'holders',
  'dotted_line',
  'kpis',
  'roles',
  'steps',
  'owner',
  'target',
  'unit',
  'range',
  'next',
  'top',
  'rules',
  'headcount_budget',
  'apiVersion',
  'x-note',
  'reprots_to',
];

/** One loosely org-shaped document: a kind and up to 8 random fields. */
export const doc = fc
  .record({ kind, fields: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(id, value), { maxKeys: 8 }) })
  .map(({ kind: k, fields }) => ({ kind: k, ...fields }));

/** Random org-shaped documents as one YAML file's text. */
export const docsText = fc.array(doc, { minLength: 1, maxLength: 8 }).map((docs) => docs.map((d) => stringify(d)).join('---\n'));

/** Strings that break naive escaping in SVG, HTML, Markdown, Mermaid and DOT. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"]]>',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '[点我](javascript:alert(1))',
  '"; } digraph { a -> b',
  '|表格|破坏|',
  '`code` **粗体** # 标题',
  '& &amp; \' "',
  '-->',
  '\u202e反向',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('运营部', '网络客服部', '总经理', '网络售前客服', 'Ops', '仓储物流部', '退换货率') },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A valid-looking id, or now and then a broken reference. */
function ref(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.constantFrom('nobody', 'ops-leed') });
}

const DEPTS = ['d0', 'd1', 'd2', '客服部'] as const;
const ROLES = ['gm', 'r1', 'r2', 'r3', '运营主管', 'r5'] as const;
const KPIS = ['k1', '退货率'] as const;

/** A coherent org of 1–4 departments, 1–6 roles, KPIs and a workflow, as `{ path: yaml }`. */
export const orgFiles: fc.Arbitrary<Record<string, string>> = fc
  .record({
    orgName: text,
    locale: fc.constantFrom('en', 'zh-CN'),
    deptCount: fc.integer({ min: 1, max: DEPTS.length }),
    roleCount: fc.integer({ min: 1, max: ROLES.length }),
    deptNames: fc.array(text, { minLength: DEPTS.length, maxLength: DEPTS.length }),
    deptParents: fc.array(fc.option(ref(DEPTS), { nil: undefined }), { minLength: DEPTS.length, maxLength: DEPTS.length }),
    roleTitles: fc.array(text, { minLength: ROLES.length, maxLength: ROLES.length }),
    roleDepts: fc.array(ref(DEPTS), { minLength: ROLES.length, maxLength: ROLES.length }),
    managers: fc.array(ref(ROLES), { minLength: ROLES.length, maxLength: ROLES.length }),
    headcounts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: ROLES.length, maxLength: ROLES.length }),
    holders: fc.array(fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }), {
      minLength: ROLES.length,
      maxLength: ROLES.length,
    }),
    responsibilities: fc.array(text, { maxLength: 3 }),
    kpiNames: fc.array(text, { minLength: KPIS.length, maxLength: KPIS.length }),
    kpiTarget: fc.integer({ min: -10, max: 150 }),
    stepRoles: fc.array(ref(ROLES), { minLength: 1, maxLength: 4 }),
    workflowName: text,
  })
  .map((g) => {
    const depts = DEPTS.slice(0, g.deptCount);
    const roles = ROLES.slice(0, g.roleCount);
    const docs: unknown[] = [{ kind: 'Organization', id: 'acme', name: g.orgName, locale: g.locale, description: g.orgName }];
    depts.forEach((d, i) => {
      const parent = g.deptParents[i];
      docs.push({
        kind: 'Department',
        id: d,
        name: g.deptNames[i],
        ...(parent !== undefined && parent !== d ? { parent } : {}),
        responsibilities: g.responsibilities,
        kpis: [KPIS[i % KPIS.length]],
      });
    });
    roles.forEach((r, i) => {
      const holders = g.holders[i];
      docs.push({
        kind: 'Role',
        id: r,
        title: g.roleTitles[i],
        department: depts.includes(g.roleDepts[i] as (typeof DEPTS)[number]) ? g.roleDepts[i] : depts[0],
        // The first role is the top; the others report to an earlier role (or, now and then, an unknown one).
        ...(i > 0
          ? {
              reports_to: roles.includes(g.managers[i] as (typeof ROLES)[number])
                ? roles[ROLES.indexOf(g.managers[i] as (typeof ROLES)[number]) % i]
                : g.managers[i],
            }
          : {}),
        headcount: g.headcounts[i],
        ...(holders !== undefined ? { holders } : {}),
        responsibilities: g.responsibilities,
        kpis: [{ id: KPIS[0], target: g.kpiTarget }],
      });
    });
    KPIS.forEach((k, i) =>
      docs.push({
        kind: 'KPI',
        id: k,
        name: g.kpiNames[i],
        unit: 'percent',
        direction: 'lower_is_better',
        target: g.kpiTarget,
        description: g.kpiNames[i],
      }),
    );
    docs.push({
      kind: 'Workflow',
      id: 'w1',
      name: g.workflowName,
      trigger: g.workflowName,
      steps: g.stepRoles.map((role, i) => ({ id: `s${i}`, name: g.roleTitles[i % g.roleTitles.length], role, output: g.workflowName })),
    });
    return { 'org.yaml': docs.map((d) => stringify(d)).join('---\n') };
  });

/** A valid org to mutate: one department, a manager and a team, a two-step workflow. */
export const MUTATION_BASE =
  ORG +
  '---\nkind: Department\nid: cs\nname: 客服部\nhead: lead\nroles:\n  - id: lead\n    title: 主管\n    holders: [张三]\n  - id: agent\n    title: 客服\n    reports_to: lead\n    headcount: 4\n---\nkind: Workflow\nid: w\nname: 流程\nsteps:\n  - {id: a, role: lead, next: [b]}\n  - {id: b, role: agent}\n';

const edit = fc.record({
  at: fc.nat({ max: MUTATION_BASE.length }),
  del: fc.nat({ max: 8 }),
  ins: fc.string({
    maxLength: 6,
    unit: fc.constantFrom(
      ':',
      '-',
      ' ',
      '\n',
      '[',
      ']',
      '{',
      '}',
      '&a',
      '*a',
      '#',
      '"',
      "'",
      'x',
      '客',
      '\t',
      '|',
      '>',
      '!',
      '%',
      '@',
      '\u0000',
      '<',
      '&',
    ),
  }),
});

/** `MUTATION_BASE` after 1–4 random edits. */
export const mutatedText = fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
  let out = MUTATION_BASE;
  for (const e of edits) out = out.slice(0, e.at) + e.ins + out.slice(e.at + e.del);
  return out;
});
