/**
 * Did-you-mean for kinds and every enum, and the machine-readable fixes
 * (`suggestions`) that schema and unknown-id findings carry: the replacement
 * of exactly the offending scalar, `safe` only with one candidate.
 */
import { describe, expect, it } from 'vitest';
import { lint, ORG } from '../helpers.js';
import type { Finding } from '../../src/load/types.js';

/** The text a file reads once a suggestion is applied. */
function applied(text: string, f: Finding, i = 0): string {
  const s = f.suggestions![i]!;
  return text.slice(0, s.range[0]) + s.text + text.slice(s.range[1]);
}

const KPI = (fields: string) => `kind: KPI\nid: k\nname: 销售额\n${fields}`;

describe('kinds and enums: did you mean, with a fix', () => {
  it("`kind: kpi` suggests 'KPI', safely, replacing only the value", () => {
    const text = 'kind: kpi\nid: k\nname: 销售额\n';
    const fs = lint({ 'org.yaml': ORG, 'kpis.yaml': text }).filter((f) => f.rule === 'schema');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      file: 'kpis.yaml',
      line: 1,
      column: 7,
      message: "unknown kind 'kpi' (did you mean 'KPI'?); expected one of Organization, Department, Role, KPI, Workflow, Team",
      suggestions: [{ desc: "replace 'kpi' with 'KPI'", file: 'kpis.yaml', range: [6, 9], text: 'KPI', safe: true }],
    });
    expect(applied(text, fs[0]!)).toBe('kind: KPI\nid: k\nname: 销售额\n');
  });

  it("`direction: lower` suggests 'lower_is_better'", () => {
    const text = KPI('direction: lower\n');
    const fs = lint({ 'org.yaml': ORG, 'kpis.yaml': text }).filter((f) => f.rule === 'schema');
    expect(fs.map((f) => `${String(f.line)}:${String(f.column)} ${f.message}`)).toEqual([
      "4:12 KPI 'k': field 'direction' must be 'lower_is_better', or 'higher_is_better', got string 'lower' (did you mean 'lower_is_better'?)",
    ]);
    expect(fs[0]!.suggestions).toMatchObject([
      {
        desc: "replace 'lower' with 'lower_is_better'",
        file: 'kpis.yaml',
        range: [text.indexOf('lower'), text.indexOf('lower') + 5],
        text: 'lower_is_better',
        safe: true,
      },
    ]);
  });

  it('a case slip in an enum (`unit: Percent`) suggests the value as written in the format', () => {
    const fs = lint({ 'org.yaml': ORG, 'kpis.yaml': KPI('unit: Percent\n') }).filter((f) => f.rule === 'schema');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain("(did you mean 'percent'?)");
    expect(fs[0]!.suggestions?.map((s) => [s.text, s.safe])).toEqual([['percent', true]]);
  });

  it('a value that fits nothing has no suggestion', () => {
    const fs = lint({ 'org.yaml': ORG, 'kpis.yaml': KPI('unit: 人民币\n') }).filter((f) => f.rule === 'schema');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).not.toContain('did you mean');
    expect(fs[0]!.suggestions).toBeUndefined();
  });

  it('an unknown field suggests renaming the key', () => {
    const text = 'kind: Role\nid: r\ntitle: T\ndepartment: d\nreprots_to: x\n';
    const fs = lint({ 'org.yaml': ORG, 'r.yaml': text }).filter((f) => f.rule === 'schema');
    expect(fs).toHaveLength(1);
    expect(applied(text, fs[0]!)).toBe('kind: Role\nid: r\ntitle: T\ndepartment: d\nreports_to: x\n');
  });
});

describe('unknown ids: the did-you-mean is a fix', () => {
  const DEPT = 'kind: Department\nid: cs\nname: 客服部\nhead: cs-lead\n---\nkind: Role\nid: cs-lead\ntitle: 客服主管\ndepartment: cs\n';

  it('reports_to with one candidate is a safe replacement of the value', () => {
    const text = 'kind: Role\nid: agent\ntitle: 客服\ndepartment: cs\nreports_to: cs-leed\n';
    const fs = lint({ 'org.yaml': ORG, 'cs.yaml': DEPT, 'z.yaml': text }).filter((f) => f.rule === 'reports-to-unknown');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      file: 'z.yaml',
      line: 5,
      column: 13,
      message: "role 'agent' reports to 'cs-leed', which is not a role (did you mean 'cs-lead'?)",
    });
    expect(fs[0]!.suggestions).toMatchObject([
      {
        desc: "replace 'cs-leed' with 'cs-lead'",
        file: 'z.yaml',
        range: [text.indexOf('cs-leed'), text.indexOf('cs-leed') + 7],
        text: 'cs-lead',
        safe: true,
      },
    ]);
    expect(applied(text, fs[0]!)).toBe(text.replace('cs-leed', 'cs-lead'));
  });

  it('a KPI id in a flow list is replaced in place', () => {
    const text =
      'kind: KPI\nid: complaint-rate\nname: 投诉率\n---\nkind: Role\nid: agent\ntitle: 客服\ndepartment: cs\nreports_to: cs-lead\nkpis: [complaint-rat]\n';
    const fs = lint({ 'org.yaml': ORG, 'cs.yaml': DEPT, 'z.yaml': text }).filter((f) => f.rule === 'kpi-unknown');
    expect(fs).toHaveLength(1);
    expect(applied(text, fs[0]!)).toBe(text.replace('[complaint-rat]', '[complaint-rate]'));
  });

  it('no suggestion when nothing is near', () => {
    const text = 'kind: Role\nid: agent\ntitle: 客服\ndepartment: cs\nreports_to: zzzzzzzz\n';
    const fs = lint({ 'org.yaml': ORG, 'cs.yaml': DEPT, 'z.yaml': text }).filter((f) => f.rule === 'reports-to-unknown');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.suggestions).toBeUndefined();
  });
});

describe('unknown ids: display names and titles are matched too', () => {
  const ORG_CS = 'kind: Department\nid: customer-service\nname: 客服部\nhead: cs-lead\nroles:\n  - id: cs-lead\n    title: 客服主管\n';

  it('`department: 客服部` suggests the id with its name, as a safe fix', () => {
    const text = 'kind: Role\nid: agent\ntitle: 客服专员\ndepartment: 客服部\nreports_to: cs-lead\n';
    const fs = lint({ 'org.yaml': ORG, 'cs.yaml': ORG_CS, 'z.yaml': text }).filter((f) => f.severity === 'error');
    expect(fs.map((f) => `${f.file ?? ''}:${String(f.line)}:${String(f.column)} ${f.rule} ${f.message}`)).toEqual([
      "z.yaml:4:13 department-unknown role 'agent' is in department '客服部', which is not a department (did you mean 'customer-service' (客服部)?)",
    ]);
    expect(applied(text, fs[0]!)).toBe(text.replace('department: 客服部', 'department: customer-service'));
  });

  it('`reports_to: 客服主管` suggests the role with that title; a near name (客服组) too', () => {
    const text = 'kind: Role\nid: agent\ntitle: 客服专员\ndepartment: 客服组\nreports_to: 客服主管\n';
    const fs = lint({ 'org.yaml': ORG, 'cs.yaml': ORG_CS, 'z.yaml': text }).filter((f) => f.severity === 'error');
    expect(fs.map((f) => `${String(f.line)} ${f.rule} ${f.message}`)).toEqual([
      "4 department-unknown role 'agent' is in department '客服组', which is not a department (did you mean 'customer-service' (客服部)?)",
      "5 reports-to-unknown role 'agent' reports to '客服主管', which is not a role (did you mean 'cs-lead' (客服主管)?)",
    ]);
  });

  it('a title several roles share gives each, and no safe fix', () => {
    const two = ORG_CS + '  - id: cs-lead-2\n    title: 客服主管\n    reports_to: cs-lead\n';
    const text = 'kind: Role\nid: agent\ntitle: 客服专员\ndepartment: customer-service\nreports_to: 客服主管\n';
    const fs = lint({ 'org.yaml': ORG, 'cs.yaml': two, 'z.yaml': text }).filter((f) => f.rule === 'reports-to-unknown');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain("(did you mean 'cs-lead' (客服主管) or 'cs-lead-2' (客服主管)?)");
    expect(fs[0]!.suggestions?.map((s) => [s.text, s.safe])).toEqual([
      ['cs-lead', false],
      ['cs-lead-2', false],
    ]);
  });
});

describe('KPI targets: the message says what to write', () => {
  it('`target: "5%"` says write 5, the unit is percent, and the fix writes the number', () => {
    const text = 'kind: KPI\nid: k\nname: 退货率\nunit: percent\ntarget: "5%"\n';
    const fs = lint({ 'org.yaml': ORG, 'kpis.yaml': text }).filter((f) => f.severity === 'error');
    expect(fs.map((f) => `${f.file ?? ''}:${String(f.line)}:${String(f.column)} ${f.rule} ${f.message}`)).toEqual([
      "kpis.yaml:5:9 schema KPI 'k': field 'target' must be a number, got string '5%': write 5; the unit is percent (`unit: percent`)",
    ]);
    expect(applied(text, fs[0]!)).toBe('kind: KPI\nid: k\nname: 退货率\nunit: percent\ntarget: 5\n');
    expect(fs[0]!.suggestions![0]!.safe).toBe(true);
  });

  it('an achievement rate (销售目标达成率) with target 110 suggests range: [0, 200]', () => {
    const text = 'kind: KPI\nid: sales-attain\nname: 销售目标达成率\nunit: percent\ntarget: 110\n';
    const fs = lint({ 'org.yaml': ORG, 'kpis.yaml': text }).filter((f) => f.severity === 'error');
    expect(fs.map((f) => `${f.file ?? ''}:${String(f.line)}:${String(f.column)} ${f.rule} ${f.message}`)).toEqual([
      "kpis.yaml:5:9 kpi-target-out-of-range KPI 'sales-attain' has target 110, outside [0, 100], the default range for unit 'percent': correct the target, or give the KPI a range that allows it; an achievement rate above 100% is normal: give KPI 'sales-attain' `range: [0, 200]`",
    ]);
  });

  it('any other percent KPI over 100 gets no such advice', () => {
    const text = 'kind: KPI\nid: margin\nname: 毛利率\nunit: percent\ntarget: 110\n';
    const fs = lint({ 'org.yaml': ORG, 'kpis.yaml': text }).filter((f) => f.severity === 'error');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).not.toContain('range: [0, 200]');
  });
});
