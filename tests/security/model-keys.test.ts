/**
 * Mapping keys and ids that collide with what every JS object inherits
 * (`__proto__`, `constructor`, `toString`, `hasOwnProperty`, …) are ordinary
 * user text: unknown fields are reported as unknown, ids are ids, rule names
 * are rule names. Nothing reads an inherited property as if it were written.
 */
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/index.js';
import { diffOrgs, formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../src/diff/index.js';
import { renderDocs } from '../../src/docs/index.js';
import { computeStats, formatStats } from '../../src/stats/index.js';
import { lint, modelOf, only, ORG } from '../helpers.js';
import { bareObject, stripExtensions } from '../../src/model/validateDoc.js';

const TIMEOUT = 60_000;
const BUILT_INS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

const schemaAt = (yaml: string) => only(lint(yaml), 'schema').map((f) => `${f.line ?? '?'}:${f.column ?? '?'} ${f.message}`);

describe('objects built from YAML inherit nothing', () => {
  it('a bare object has no inherited property, and `__proto__` written to it is an own key', () => {
    const o = bareObject();
    for (const name of [...BUILT_INS, '__proto__', '__defineGetter__']) expect(name in o, name).toBe(false);
    o['__proto__'] = { injected: true };
    expect(Object.keys(o)).toEqual(['__proto__']);
    expect('injected' in o).toBe(false);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(o))).toBeNull();
  });

  it('stripExtensions gives objects that inherit nothing, at every depth', () => {
    const value = JSON.parse('{"id":"a","__proto__":{"x":1},"kpis":[{"id":"k","constructor":2}],"x-a":1}') as Record<string, unknown>;
    const { clean, extensions } = stripExtensions(value);
    expect('toString' in clean).toBe(false);
    expect(Object.keys(clean)).toEqual(['id', '__proto__', 'kpis']);
    const kpi = (clean.kpis as Array<Record<string, unknown>>)[0]!;
    expect('hasOwnProperty' in kpi).toBe(false);
    expect(kpi.constructor).toBe(2);
    expect(Object.keys(extensions)).toEqual(['x-a']);
  });
});

describe('__proto__ and other built-in names as mapping keys', () => {
  it('a document holding only `__proto__:` with Role fields is not a role', () => {
    const yaml = `${ORG}---\n__proto__:\n  kind: Role\n  id: evil\n  title: Evil\n  department: d\n`;
    expect(modelOf({ 'org.yaml': yaml }).roles.has('evil')).toBe(false);
    expect(schemaAt(yaml)).toEqual(["5:1 document has no 'kind' (one of Organization, Department, Role, KPI, Workflow, Team)"]);
  });

  it('`__proto__` next to `kind` is an unknown field at its key, and its fields are not read', () => {
    const yaml = `${ORG}---\nkind: Role\n__proto__:\n  id: evil\n  title: Evil\n  department: d\n`;
    expect(modelOf({ 'org.yaml': yaml }).roles.has('evil')).toBe(false);
    expect(schemaAt(yaml)).toEqual([
      "5:1 Role: missing required field 'department'",
      "5:1 Role: missing required field 'id'",
      "5:1 Role: missing required field 'title'",
      "6:1 Role: unknown field '__proto__'",
    ]);
  });

  it('`__proto__`, `constructor` and `prototype` are unknown fields of a role, reported where written', () => {
    const yaml = `${ORG}---\nkind: Department\nid: d\nname: D\nhead: boss\nroles:\n  - id: boss\n    title: Boss\n  - id: a\n    title: A\n    __proto__: {reports_to: boss}\n    constructor: x\n    prototype: {headcount: 5}\n`;
    const model = modelOf({ 'org.yaml': yaml });
    const a = model.roles.get('a')!;
    expect(a.reportsTo).toBeUndefined();
    expect(a.headcount).toBe(1);
    expect(schemaAt(yaml)).toEqual([
      "14:5 Role 'a': unknown field '__proto__'",
      "15:5 Role 'a': unknown field 'constructor'",
      "16:5 Role 'a': unknown field 'prototype'",
    ]);
  });

  it('a holder written as `{__proto__: {name: …}}` is not a holder named by its inherited field', () => {
    const yaml = `${ORG}---\nkind: Department\nid: d\nname: D\nhead: boss\nroles:\n  - id: boss\n    title: Boss\n    holders: [{__proto__: {name: Mallory}}]\n`;
    const boss = modelOf({ 'org.yaml': yaml }).roles.get('boss')!;
    expect(boss.holders?.map((h) => h.name) ?? []).not.toContain('Mallory');
    expect(schemaAt(yaml).some((m) => m.startsWith('12:') && m.includes("unknown field 'holders[0].__proto__'"))).toBe(true);
  });

  it('rule names `__proto__`, `constructor`, `toString` in `rules:` are unknown rules, and a `__proto__` option is an unknown option', () => {
    const yaml = `kind: Organization\nid: acme\nname: Acme\nrules:\n  __proto__: off\n  constructor: warn\n  toString: [error, {}]\n  span-of-control: [warn, {__proto__: {max: 1}, max: 3}]\n`;
    expect(schemaAt(yaml)).toEqual([
      "5:3 Organization 'acme': unknown rule '__proto__' in 'rules'",
      "6:3 Organization 'acme': unknown rule 'constructor' in 'rules'",
      "7:3 Organization 'acme': unknown rule 'toString' in 'rules'",
      "8:28 Organization 'acme': rule 'span-of-control': unknown option '__proto__'",
    ]);
  });

  it('a `rules` setting named `__proto__` does not turn rules off or on', () => {
    const team = `---\nkind: Department\nid: d\nname: D\nhead: boss\nroles:\n  - {id: boss, title: Boss}\n  - {id: a, title: A, reports_to: boss, headcount: 3}\n`;
    const yaml = `kind: Organization\nid: acme\nname: Acme\nrules:\n  __proto__: [error, {span-of-control: off}]\n  span-of-control: [warn, {max: 2}]\n${team}`;
    expect(only(lint(yaml), 'span-of-control').map((f) => f.severity)).toEqual(['warning']);
  });
});

/** One org where every id, name and holder is a built-in property name. */
function builtInOrg(): string {
  return `kind: Organization
id: acme
name: constructor
top: hasOwnProperty
rules:
  toString: off
---
kind: Department
id: constructor
name: __proto__
head: hasOwnProperty
kpis: [valueOf]
roles:
  - id: hasOwnProperty
    title: __proto__
    holders: [__proto__, constructor, {name: toString, email: valueOf@example.com}]
  - id: toString
    title: constructor
    reports_to: hasOwnProperty
    headcount: 2
    holders: [hasOwnProperty]
    kpis: [{id: valueOf, target: 3}]
  # orgctl-disable-next-line __proto__, constructor, hasOwnProperty
  - id: isPrototypeOf
    title: prototype
    reports_to: constructor
---
kind: Department
id: prototype
name: toString
parent: constructor
roles:
  - {id: valueOf-role, title: valueOf, reports_to: toString, department: prototype}
---
kind: KPI
id: valueOf
name: hasOwnProperty
unit: count
owner: constructor
---
kind: Workflow
id: toLocaleString
name: constructor
owner: toString
steps:
  - {id: constructor, role: toString, next: [hasOwnProperty]}
  - {id: hasOwnProperty, role: hasOwnProperty, accountable: valueOf-role, next: [__defineGetter__]}
`;
}

describe('built-in property names as ids, names, holders, rule names and suppressions', () => {
  it('resolve as ordinary ids: known ones work, unknown ones are unknown', () => {
    const model = modelOf({ 'org.yaml': builtInOrg() });
    expect([...model.roles.keys()].sort()).toEqual(['hasOwnProperty', 'isPrototypeOf', 'toString', 'valueOf-role']);
    expect(model.hierarchy.manager.get('toString')?.id).toBe('hasOwnProperty');
    expect(model.hierarchy.reports.get('hasOwnProperty')?.map((r) => r.id)).toEqual(['toString']);
    expect(model.hierarchy.departmentRoles.get('constructor')?.map((r) => r.id)).toEqual(['hasOwnProperty', 'toString', 'isPrototypeOf']);
    expect(model.hierarchy.subDepartments.get('constructor')?.map((d) => d.id)).toEqual(['prototype']);
    expect(model.roles.get('hasOwnProperty')!.holders!.map((h) => h.name)).toEqual(['__proto__', 'constructor', 'toString']);

    const findings = lint(builtInOrg()).map((f) => `${f.rule}@${f.line ?? '?'}:${f.column ?? '?'} ${f.message}`);
    expect(findings).toEqual([
      "schema@6:3 Organization 'acme': unknown rule 'toString' in 'rules'",
      "overfilled-role@16:14 role 'hasOwnProperty' (__proto__) has 3 holders but only 1 seat(s) (headcount): raise headcount to 3, or remove a holder",
      "unused-disable@23:3 orgctl-disable-next-line names unknown rule '__proto__'",
      "unused-disable@23:3 orgctl-disable-next-line names unknown rule 'constructor'",
      "unused-disable@23:3 orgctl-disable-next-line names unknown rule 'hasOwnProperty'",
      // `constructor` is a department here, not a role: a reporting line to it goes nowhere.
      "reports-to-unknown@26:17 role 'isPrototypeOf' reports to 'constructor', which is not a role (did you mean 'toString' (constructor)?)",
      "department-without-head@29:5 department 'prototype' (toString) has 1 role(s) but no head: name the role that leads it with head: <role id>",
      "cross-department-reporting@33:52 role 'valueOf-role' (department 'prototype') reports to 'toString' of department 'constructor', which is neither its department, the head of a parent department, nor the top: make it report within its department or to a parent department's head, and draw the other line as a dotted_line",
      "schema@47:82 Workflow 'toLocaleString': string '__defineGetter__' in 'steps[1].next[0]' is not a valid id (letters, digits, '-', '_', '.'; starting with a letter or digit)",
    ]);
  });

  it('unknown references named after built-ins are unknown (not an inherited function)', () => {
    const org = `${ORG}---\nkind: Department\nid: d\nname: D\nhead: boss\nkpis: [toString]\nroles:\n  - {id: boss, title: Boss}\n  - {id: a, title: A, reports_to: constructor, dotted_line: [hasOwnProperty]}\n  - {id: b, title: B, reports_to: boss, department: valueOf}\n---\nkind: KPI\nid: k\nname: K\nowner: isPrototypeOf\n`;
    const rules = lint(org)
      .map((f) => f.rule)
      .sort();
    expect(rules).toEqual(['dotted-line-unknown', 'kpi-owner-unknown', 'kpi-unknown', 'reports-to-unknown', 'schema']);
  });

  it('chart, docs, stats and diff render such an org without crashing', { timeout: TIMEOUT }, async () => {
    const model = modelOf({ 'org.yaml': builtInOrg() });
    const svg = await renderChart(model, { format: 'svg' });
    for (const id of ['hasOwnProperty', 'toString']) expect(svg).toContain(id);
    for (const format of ['markdown', 'html'] as const) expect(renderDocs(model, { format }).size).toBeGreaterThan(0);
    const stats = computeStats(model);
    expect(formatStats('json', stats)).toContain('constructor');
    const before = modelOf({ 'org.yaml': ORG });
    const result = diffOrgs(before, model);
    expect(result.changes.filter((c) => c.change === 'added').map((c) => c.id)).toEqual(expect.arrayContaining(BUILT_INS));
    for (const text of [formatDiffText(result, { color: false }), formatDiffMarkdown(result), formatDiffJson(result)])
      expect(text).toContain('hasOwnProperty');
  });

  it('a diff of `rules` sees a `__proto__` option (it is not dropped as a prototype)', () => {
    const org = (options: string) => `kind: Organization\nid: acme\nname: Acme\nrules:\n  span-of-control: [warn, {max: 3${options}}]\n`;
    const result = diffOrgs(modelOf({ 'org.yaml': org('') }), modelOf({ 'org.yaml': org(', __proto__: {max: 1}') }));
    const change = result.changes.find((c) => c.change === 'rules');
    expect(JSON.stringify(change?.after)).toBe('{"span-of-control":["warn",{"__proto__":{"max":1},"max":3}]}');
  });
});
