/**
 * One cause, one finding: a YAML mistake is the first syntax error of its
 * document, said in words, and the ids the broken document defines do not
 * turn into unknown-reference errors elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { lint, ORG } from '../helpers.js';
import type { Finding } from '../../src/load/types.js';

const brief = (fs: Finding[]) => fs.map((f) => `${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''} ${f.rule} ${f.message}`);

/** A department with inline roles, and roles elsewhere that report to them. */
const FINANCE = [
  'kind: Department',
  'id: finance',
  'name: 财务部',
  'head: finance-manager',
  'roles:',
  '  - id: finance-manager',
  '    title: 财务经理',
  '    reports_to: gm',
  '  - id: cashier',
  '    title: 出纳',
  '    reports_to: finance-manager',
  '',
].join('\n');
const OTHERS = [
  'kind: Department',
  'id: office',
  'name: 总经办',
  'head: gm',
  '---',
  'kind: Role',
  'id: gm',
  'title: 总经理',
  'department: office',
  '---',
  'kind: Role',
  'id: accountant',
  'title: 会计',
  'department: finance',
  'reports_to: finance-manager',
  '---',
  'kind: KPI',
  'id: cash-accuracy',
  'name: 现金准确率',
  'owner: cashier',
  '---',
  'kind: Role',
  'id: auditor',
  'title: 审计',
  'department: office',
  'reports_to: gm',
  'kpis: [cash-accuracy]',
  '',
].join('\n');

function org(finance: string) {
  return lint({ 'org.yaml': ORG, 'departments/finance.yaml': finance, 'roles.yaml': OTHERS });
}

describe('a YAML syntax error is one finding that says the fix', () => {
  it('the clean org has no finding about references', () => {
    expect(brief(org(FINANCE)).filter((l) => /unknown|unchecked|syntax/.test(l))).toEqual([]);
  });

  it('under-indenting reports_to by two spaces: the syntax error in words, and one note for the unchecked references', () => {
    const broken = FINANCE.replace('    reports_to: gm', '  reports_to: gm');
    const findings = org(broken).filter((f) => f.severity === 'error' || f.rule === 'unchecked-references');
    expect(brief(findings)).toEqual([
      'departments/finance.yaml:1:1 unchecked-references 3 references could not be checked because departments/finance.yaml does not parse (fix its syntax error first)',
      'departments/finance.yaml:8:3 yaml-syntax `reports_to` (line 8) is indented less than `title` above it (line 7): indent it by 2 more spaces, like `title`',
    ]);
  });

  it('over-indenting a key says by how much', () => {
    const findings = lint(ORG + '---\nkind: Role\nid: a\n    title: T\nreports_to: b\n');
    expect(brief(findings.filter((f) => f.rule === 'yaml-syntax'))).toEqual([
      'org.yaml:7:5 yaml-syntax `title` (line 7) is indented more than `id` above it (line 6): remove 4 spaces of indentation, like `id`',
    ]);
  });

  it('a tab used as indentation is named as such', () => {
    const findings = lint(ORG + '---\nkind: Department\nid: d\nname: D\nresponsibilities:\n\t- x\n');
    expect(brief(findings.filter((f) => f.rule === 'yaml-syntax'))).toEqual([
      'org.yaml:9:1 yaml-syntax line 9 is indented with a tab: YAML indents with spaces only',
    ]);
  });

  it('a `[` never closed is reported at the bracket with its fix, not on the next `---` where the parser gave up', () => {
    const files = {
      'org.yaml': ORG,
      'roles.yaml': 'kind: Role\nid: a\ntitle: T\nholders: [张三, 李四\n---\nkind: Role\nid: b\ntitle: B\n',
      'more.yaml': 'kind: Role\nid: c\ntitle: T\nholders:\n  - {name: "王]五", email: \'a}b\' # }\n---\nkind: Role\nid: d\ntitle: D\n',
      // Lines after it that open lists of their own: the first `[` is the mistake.
      'later.yaml': 'kind: Role\nid: e\ntitle: [T\nkpis: [a, b\nholders: [c]\n',
    };
    expect(brief(lint(files).filter((f) => f.rule === 'yaml-syntax'))).toEqual([
      'later.yaml:3:8 yaml-syntax `[` (line 3) opens a list that is never closed: close it with `]` after its last item',
      'more.yaml:5:5 yaml-syntax `{` (line 5) opens a mapping that is never closed: close it with `}` after its last item',
      'roles.yaml:4:10 yaml-syntax `[` (line 4) opens a list that is never closed: close it with `]` after its last item',
    ]);
  });

  it('a flow list closed on a later line is not taken for an unclosed one (its under-indented line keeps the parser’s message)', () => {
    const findings = lint(ORG + '---\nkind: Role\nid: a\ntitle: T\nholders: [it\'s,\n  "x]"]\nkpis: [a,\nb]\n');
    expect(brief(findings.filter((f) => f.rule === 'yaml-syntax'))).toEqual([
      'org.yaml:11:1 yaml-syntax Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it("a mistake the indentation check does not explain keeps the parser's first message only", () => {
    const findings = lint(ORG + '---\nkind: Role\nid: "a\ntitle: T\n');
    expect(findings.filter((f) => f.rule === 'yaml-syntax')).toHaveLength(1);
  });
});

describe('references to an entity whose document failed the schema are not unknown', () => {
  it('`kind: kpi` is one schema finding with did-you-mean, and no kpi-unknown elsewhere', () => {
    const files = {
      'org.yaml': ORG,
      'kpis.yaml': 'kind: kpi\nid: sales\nname: 销售额\n',
      'roles.yaml':
        'kind: Role\nid: gm\ntitle: 总经理\ndepartment: d\nkpis: [sales]\n---\nkind: Department\nid: d\nname: D\nhead: gm\nkpis: [sales]\n',
    };
    const findings = lint(files).filter((f) => f.severity === 'error');
    expect(brief(findings)).toEqual([
      "kpis.yaml:1:7 schema unknown kind 'kpi' (did you mean 'KPI'?); expected one of Organization, Department, Role, KPI, Workflow, Team",
    ]);
  });
});
