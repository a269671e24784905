/**
 * The shared machinery: loading (yaml-syntax), the model (schema,
 * duplicate-id, missing-organization), rule configuration in
 * Organization.rules, suppression comments and the order of findings.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/load/types.js';
import { compareFindings } from '../src/lint/engine.js';
import { lint, modelOf, only, ORG, where } from './helpers.js';

const messages = (findings: Finding[]) => findings.map((f) => f.message);

describe('schema', () => {
  it('reports an unknown field at its key, with did-you-mean', () => {
    const f = only(lint('kind: Organization\nid: acme\nname: Acme\nlcoale: zh-CN\n'), 'schema');
    expect(where(f)).toEqual(['schema@4:1']);
    expect(f[0]!.message).toBe("Organization 'acme': unknown field 'lcoale' (did you mean 'locale'?)");
    expect(f[0]!.entity).toBe('acme');
  });

  it('reports unknown fields of inline roles and steps at the key; a misspelt required field is that one finding, not also a missing one', () => {
    const f = only(
      lint(
        ORG +
          `---
kind: Department
id: ops
name: 运营部
roles:
  - id: ops-lead
    title: 运营主管
    reprots_to: ceo
---
kind: Workflow
id: wf
name: 流程
steps:
  - id: s1
    rol: ops-lead
`,
      ),
      'schema',
    );
    expect(where(f)).toEqual(['schema@11:5', 'schema@18:5']);
    expect(messages(f)).toEqual([
      "Role 'ops-lead': unknown field 'reprots_to' (did you mean 'reports_to'?)",
      "Workflow 'wf': unknown field 'steps[0].rol' (did you mean 'role'?)",
    ]);
  });

  it('still reports a missing required field that no unknown key looks like (at the id)', () => {
    const f = only(lint(ORG + '---\nkind: Role\nid: r1\ndepartment: ops\ncolour: 蓝\n'), 'schema');
    expect(messages(f)).toEqual(["Role 'r1': missing required field 'title'", "Role 'r1': unknown field 'colour'"]);
  });

  it('a YAML merge key (`<<: *base`, which YAML 1.2 does not have) is one finding at it that says to write the fields out', () => {
    const f = only(
      lint(ORG + '---\nkind: Department\nid: ops\nname: 运营部\nroles:\n  - &base {id: a, title: 专员}\n  - <<: *base\n    id: b\n'),
      'schema',
    );
    expect(where(f)).toEqual(['schema@10:5']);
    expect(messages(f)).toEqual([
      "Role 'b': unknown field '<<': a YAML merge key, which YAML 1.2 (what orgctl reads) does not have: write the fields out here instead of merging them in",
    ]);
  });

  it('reports a wrong type at the value', () => {
    const f = only(lint(ORG + '---\nkind: Department\nid: ops\nname: 运营部\nheadcount_budget: many\n'), 'schema');
    expect(where(f)).toEqual(['schema@8:19']);
    expect(f[0]!.message).toBe("Department 'ops': field 'headcount_budget' must be a number, got string 'many'");
  });

  it('says the fix for a value of the wrong shape: a quoted number, one holder not in a list, a list of managers', () => {
    const f = only(
      lint(
        ORG +
          '---\nkind: Department\nid: ops\nname: 运营部\nhead: boss\nroles:\n' +
          '  - {id: boss, title: 主管, holders: 张三, headcount: "2"}\n' +
          '  - {id: a, title: 专员, reports_to: [boss, ceo]}\n' +
          '  - {id: b, title: 专员, reports_to: boss, department: [ops]}\n',
      ),
      'schema',
    );
    expect(messages(f)).toEqual([
      "Role 'boss': field 'holders' must be a list, got string '张三': write it as a list (holders: [张三])",
      "Role 'boss': field 'headcount' must be a number, got string '2': write it without quotes (headcount: 2)",
      "Role 'a': field 'reports_to' must be a string, got a list: a role reports to one manager (reports_to: <role id>); list the others under dotted_line",
      "Role 'b': field 'department' must be a string, got a list: write the one value, not a list (department: ops)",
    ]);
    expect(f[1]!.suggestions?.map((s) => s.text)).toEqual(['2']);
  });

  it('reports a missing required field at the id', () => {
    const f = only(lint(ORG + '---\nkind: Role\nid: r1\ndepartment: ops\n'), 'schema');
    expect(where(f)).toEqual(['schema@6:5']);
    expect(f[0]!.message).toBe("Role 'r1': missing required field 'title'");
  });

  it('reports an unknown kind at the kind, suggesting the nearest kind', () => {
    const f = only(lint(ORG + '---\nkind: Departmnet\nid: q\nname: Q\n'), 'schema');
    expect(where(f)).toEqual(['schema@5:7']);
    expect(f[0]!.message).toBe(
      "unknown kind 'Departmnet' (did you mean 'Department'?); expected one of Organization, Department, Role, KPI, Workflow, Team",
    );
  });

  it('reports a document without kind, and one that is not a mapping', () => {
    const f = only(lint(ORG + '---\nid: nk\nname: 无类型\n---\n- a list\n'), 'schema');
    expect(where(f)).toEqual(['schema@5:5', 'schema@8:1']);
    expect(f[0]!.message).toContain("document has no 'kind'");
    expect(f[1]!.message).toContain('document must be a mapping');
  });

  it('reports a bad id, and accepts ids in any script', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: 运营部
name: 运营部
head: 运营主管
roles:
  - id: 运营主管
    title: 运营主管
  - id: bad id!
    title: 坏
    reports_to: 运营主管
`,
    );
    expect(where(only(f, 'schema'))).toEqual(['schema@12:9']);
    expect(only(f, 'schema')[0]!.message).toContain("string 'bad id!' in 'id' is not a valid id");
  });

  it('accepts apiVersion orgctl/v1 and rejects any other at the value', () => {
    expect(lint('apiVersion: orgctl/v1\nkind: Organization\nid: acme\nname: Acme\n')).toEqual([]);
    const f = only(lint(ORG + '---\napiVersion: orgctl/v2\nkind: KPI\nid: k1\nname: K\nowner: acme\n'), 'schema');
    expect(where(f)).toEqual(['schema@5:13']);
    expect(f[0]!.message).toContain("field 'apiVersion' must be 'orgctl/v1', got string 'orgctl/v2'");
  });

  it('accepts and keeps x- keys anywhere, and a $schema key at the top', () => {
    const files = {
      'org.yaml': `# yaml-language-server: $schema=../schemas/orgctl.schema.json
$schema: ../schemas/orgctl.schema.json
kind: Organization
id: acme
name: Acme
top: boss
x-owner: {team: hr, since: 2024}
---
kind: Department
id: ops
name: 运营部
head: boss
x-cost-center: 4711
roles:
  - id: boss
    title: 总经理
    x-grade: P9
---
kind: Workflow
id: wf
name: 流程
steps:
  - id: s1
    role: boss
    x-tool: 钉钉
`,
    };
    expect(lint(files)).toEqual([]);
    const model = modelOf(files);
    expect(model.organization!.extensions).toEqual({ 'x-owner': { team: 'hr', since: 2024 } });
    expect(model.departments.get('ops')!.extensions).toEqual({ 'x-cost-center': 4711 });
    expect(model.roles.get('boss')!.extensions).toEqual({ 'x-grade': 'P9' });
  });

  it('rejects an inline role naming another department, at that value', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: cs
name: 客服部
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
    department: cs
  - id: cs-agent
    title: 客服
    reports_to: cs-lead
    department: ops
`,
    );
    expect(where(only(f, 'schema'))).toEqual(['schema@16:17']);
    expect(only(f, 'schema')[0]!.message).toBe("Role 'cs-agent' is declared inline in Department 'cs' but names department 'ops'");
  });

  it('reads YAML 1.2: off, no, on, yes are strings', () => {
    const files = {
      'org.yaml':
        ORG +
        '---\nkind: Department\nid: ops\nname: off\nresponsibilities: [no, on, yes]\nroles:\n  - id: r\n    title: on\n    holders: [no]\n',
    };
    expect(only(lint(files), 'schema')).toEqual([]);
    const model = modelOf(files);
    expect(model.departments.get('ops')!.name).toBe('off');
    expect(model.departments.get('ops')!.responsibilities).toEqual(['no', 'on', 'yes']);
    expect(model.roles.get('r')!.title).toBe('on');
    expect(model.roles.get('r')!.holders).toEqual([{ name: 'no' }]);
  });

  it('keeps an entity with a schema error for references, but not as a subject of other rules', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: ops
name: 运营部
head: boss
roles:
  - id: boss
    title: 总经理
  - id: clerk
    title: 文员
    reprots_to: boss
  - id: intern
    title: 实习生
    reports_to: clerk
`,
    );
    // One schema finding; the misspelt role is no second root, and 'intern' still resolves its manager.
    expect(f.map((x) => x.rule)).toEqual(['schema']);
  });
});

describe('yaml-syntax', () => {
  it('reports bad YAML and still loads the file’s other documents', () => {
    const f = lint(ORG + '---\nkind: Department\nid: cs\nname: [unclosed\n---\nkind: Department\nid: empty\nname: 空部门\n');
    // At the `[` never closed, not on the `---` after it where the parser gave up looking for its `]`.
    expect(where(only(f, 'yaml-syntax'))).toEqual(['yaml-syntax@7:7']);
    expect(only(f, 'yaml-syntax')[0]!.severity).toBe('error');
    // The third document was read: it is checked by the other rules.
    expect(where(only(f, 'empty-department'))).toEqual(['empty-department@10:5']);
  });

  it('reports a duplicate key at the second key', () => {
    const f = lint(ORG + '---\nkind: Department\nid: ops\nname: 运营部\nname: 重复\n');
    expect(where(f)).toEqual(['yaml-syntax@8:1']);
    expect(f[0]!.message).toMatch(/unique/); // the wording is the loader's
  });

  // Without the alias bound, expanding this document would build 9^10 nodes: the run would not
  // finish, so no clock is needed to see the guard work.
  it('treats a billion-laughs alias bomb as a finding, without expanding it', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(97 + i - 1);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const bomb = 'kind: Department\nid: bomb\nname: B\nx-data:\n' + levels.map((l) => `  ${l}`).join('\n') + '\n';
    const f = lint({ 'a.yaml': ORG, 'b.yaml': bomb, 'c.yaml': 'kind: Department\nid: c\nname: C\n' });
    expect(where(f)).toEqual(['yaml-syntax@1:1', 'empty-department@2:5']);
    expect(f[0]!.file).toBe('b.yaml');
    expect(f[0]!.message).toContain('billion laughs');
    // Other files are still checked.
    expect(f[1]!.file).toBe('c.yaml');
  });
});

describe('duplicate-id', () => {
  const files = {
    'b/z.yaml': 'kind: KPI\nid: ops\nname: 运营指标\nowner: ops\n',
    'a.yaml': ORG + '---\nkind: Department\nid: ops\nname: 运营部\n',
  };

  it('keeps the first in path order and reports the later copy, across kinds', () => {
    const f = only(lint(files), 'duplicate-id');
    expect(f.map((x) => `${x.file ?? '?'}@${x.line ?? '?'}:${x.column ?? '?'}`)).toEqual(['b/z.yaml@2:5']);
    expect(f[0]!.message).toBe("duplicate id 'ops': KPI 'ops' reuses the id of Department 'ops' (a.yaml:6:5)");
    const model = modelOf(files);
    expect(model.departments.has('ops')).toBe(true);
    expect(model.kpis.has('ops')).toBe(false);
    expect(model.duplicates.map((e) => e.kind)).toEqual(['KPI']);
  });

  it('is quiet for unique ids, and step ids are local to their workflow', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: ops
name: 运营部
head: boss
roles:
  - id: boss
    title: 总经理
---
kind: Workflow
id: w1
name: 一
steps:
  - {id: ops, role: boss}
---
kind: Workflow
id: w2
name: 二
steps:
  - {id: ops, role: boss}
`,
    );
    expect(only(f, 'duplicate-id')).toEqual([]);
  });
});

describe('missing-organization', () => {
  it('reports an org with no Organization (a file-level finding)', () => {
    const f = only(lint('kind: Department\nid: ops\nname: 运营部\n'), 'missing-organization');
    expect(f).toHaveLength(1);
    expect(f[0]!.file).toBeUndefined();
    expect(f[0]!.message).toContain('no Organization document');
  });

  it('reports every Organization after the first, at its id', () => {
    const f = only(lint({ 'a.yaml': ORG, 'b.yaml': 'kind: Organization\nid: acme2\nname: Acme 2\n' }), 'missing-organization');
    expect(f.map((x) => `${x.file ?? '?'}@${x.line ?? '?'}:${x.column ?? '?'}`)).toEqual(['b.yaml@2:5']);
    expect(f[0]!.message).toContain("more than one Organization: 'acme2' and 'acme' (a.yaml:2:5)");
  });
});

describe('rule configuration (Organization.rules)', () => {
  /** A department without head (3 seats under boss) and an empty department, a KPI nobody carries. */
  const BODY = `---
kind: Department
id: cs
name: 客服部
roles:
  - id: boss
    title: 主管
  - id: agent
    title: 客服
    reports_to: boss
    headcount: 4
---
kind: Department
id: empty
name: 空部门
---
kind: KPI
id: k
name: 指标
`;
  const withRules = (rules: string) => lint(`kind: Organization\nid: acme\nname: Acme\nrules:\n${rules}` + BODY);

  it('applies off, warn, error and [severity, {options}]', () => {
    const defaults = withRules('  {}\n');
    expect(defaults.map((x) => `${x.rule}:${x.severity}`)).toEqual([
      'department-without-head:warning',
      'empty-department:warning',
      'kpi-unused:warning',
    ]);

    const f = withRules(`  department-without-head: off
  empty-department: error
  kpi-unused: [warn]
  span-of-control: [warn, {max: 3}]
`);
    expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['span-of-control:warning', 'empty-department:error', 'kpi-unused:warning']);
    expect(only(f, 'span-of-control')[0]!.message).toContain('more than the maximum of 3');
  });

  it('reports an unknown rule id at the key, with did-you-mean', () => {
    const f = only(withRules('  dotted-line-unknwn: error\n'), 'schema');
    expect(where(f)).toEqual(['schema@5:3']);
    expect(f[0]!.message).toBe("Organization 'acme': unknown rule 'dotted-line-unknwn' in 'rules' (did you mean 'dotted-line-unknown'?)");
  });

  it('suggests the rule id for one written in another case or with underscores', () => {
    const f = only(withRules('  SPAN_OF_CONTROL: off\n'), 'schema');
    expect(f[0]!.message).toBe("Organization 'acme': unknown rule 'SPAN_OF_CONTROL' in 'rules' (did you mean 'span-of-control'?)");
  });

  it('reports a bad option (unknown at its key, wrong value at the value) and keeps the defaults', () => {
    const f = withRules('  span-of-control: [warn, {mx: 3}]\n  max-depth: [error, {max: 0}]\n');
    expect(where(only(f, 'schema'))).toEqual(['schema@5:28', 'schema@6:28']);
    expect(messages(only(f, 'schema'))).toEqual([
      "Organization 'acme': rule 'span-of-control': unknown option 'mx' (did you mean 'max'?)",
      expect.stringContaining("Organization 'acme': rule 'max-depth': option 'max'"),
    ]);
    expect(only(f, 'span-of-control')).toEqual([]); // default max 10: 4 seats is fine
  });

  it('reports a bad severity, and keeps the other settings', () => {
    const f = withRules('  empty-department: warning\n  kpi-unused: off\n');
    expect(where(only(f, 'schema'))).toEqual(['schema@5:21']);
    expect(only(f, 'schema')[0]!.message).toBe(
      "Organization 'acme': field 'rules.empty-department' must be 'off', or 'warn', or 'error', got string 'warning' (did you mean 'warn'?)",
    );
    expect(only(f, 'kpi-unused')).toEqual([]);
    expect(only(f, 'empty-department').map((x) => x.severity)).toEqual(['warning']);
  });

  it('suggests the level meant by the words other tools use for it, at the value', () => {
    const cases: Array<[string, string, string]> = [
      ['warning', "string 'warning'", 'warn'],
      ['WARNING', "string 'WARNING'", 'warn'],
      ['err', "string 'err'", 'error'],
      ['none', "string 'none'", 'off'],
      ['disable', "string 'disable'", 'off'],
      ['disabled', "string 'disabled'", 'off'],
      ['ignore', "string 'ignore'", 'off'],
      ['false', 'boolean false', 'off'],
      ['0', 'number 0', 'off'],
      ['1', 'number 1', 'warn'],
      ['2', 'number 2', 'error'],
      ['[warning, {max: 3}]', "string 'warning'", 'warn'],
    ];
    for (const [written, got, meant] of cases) {
      const f = only(withRules(`  span-of-control: ${written}\n`), 'schema');
      expect(
        f.map((x) => x.message),
        written,
      ).toEqual([expect.stringMatching(new RegExp(`got ${got.replace(/[[\]]/g, '\\$&')} \\(did you mean '${meant}'\\?\\)$`))]);
      expect(where(f), written).toEqual([written.startsWith('[') ? 'schema@5:21' : 'schema@5:20']);
      // One candidate: --fix may write it (`off` in quotes, as for every word YAML 1.1 reads as a boolean).
      expect(
        f[0]!.suggestions?.map((s) => [s.text, s.safe]),
        written,
      ).toEqual([[meant === 'off' ? '"off"' : meant, true]]);
    }
  });

  it('reports a rule that takes no options given some', () => {
    const f = only(withRules('  kpi-unused: [warn, {max: 1}]\n'), 'schema');
    expect(f[0]!.message).toBe("Organization 'acme': rule 'kpi-unused' takes no options");
  });
});

describe('suppression comments', () => {
  /** The department has no head (line 6) and agent's manager is misspelt (line 15); directives go on lines 8 and 14. */
  const ROLES = (comment: { head?: string; agent?: string } = {}) =>
    ORG +
    `---
kind: Department
id: cs
name: 客服部
${comment.head ?? '# (no directive)'}
roles:
  - id: boss
    title: 主管
  - id: agent
    title: 客服
${comment.agent ?? '    # (no directive)'}
    reports_to: nobdy
`;

  it('without directives, the findings are there', () => {
    expect(where(lint(ROLES()))).toEqual(['department-without-head@6:5', 'reports-to-unknown@15:17']);
  });

  it('disable-next-line silences the named rule on the next line only', () => {
    const f = lint(ROLES({ agent: '    # orgctl-disable-next-line reports-to-unknown' }));
    expect(where(f)).toEqual(['department-without-head@6:5']);
  });

  it('disable-next-line takes several rules, and a reason after --', () => {
    const f = lint(ROLES({ agent: '    # orgctl-disable-next-line reports-to-unknown, kpi-unused -- 外包岗位,经理待定' }));
    expect(where(f)).toEqual(['department-without-head@6:5', 'unused-disable@14:5']);
    expect(f[1]!.message).toBe("unused orgctl-disable-next-line directive (no 'kpi-unused' finding to silence)");
    expect(f[1]!.severity).toBe('warning');
  });

  it('a bare directive silences every rule', () => {
    expect(where(lint(ROLES({ agent: '    # orgctl-disable-next-line -- 临时' })))).toEqual(['department-without-head@6:5']);
  });

  it('disable … enable silences a region, and only that region', () => {
    const f = lint(
      ORG +
        `---
# orgctl-disable empty-department -- 筹建中
kind: Department
id: e1
name: 一
---
kind: Department
id: e2
name: 二
# orgctl-enable empty-department
---
kind: Department
id: e3
name: 三
---
# orgctl-disable
kind: KPI
id: k
name: 指标
# orgctl-enable
`,
    );
    expect(where(f)).toEqual(['empty-department@16:5']);
  });

  it('reports a directive that silences nothing at the comment', () => {
    const f = lint(ROLES({ head: '# orgctl-disable-next-line empty-department' }));
    expect(where(only(f, 'unused-disable'))).toEqual(['unused-disable@8:1']);
    expect(only(f, 'unused-disable')[0]!.file).toBe('org.yaml');
  });

  it('reports an unknown rule named in a directive, with did-you-mean', () => {
    const f = lint(ROLES({ agent: '    # orgctl-disable-next-line reports-to-unknwn' }));
    expect(where(f)).toEqual(['department-without-head@6:5', 'unused-disable@14:5', 'reports-to-unknown@15:17']);
    expect(only(f, 'unused-disable')[0]!.message).toBe(
      "orgctl-disable-next-line names unknown rule 'reports-to-unknwn' (did you mean 'reports-to-unknown'?)",
    );
  });

  it('reports a misspelt rule in orgctl-enable (the disable would silently run on), with did-you-mean', () => {
    const f = lint(
      ROLES({ head: '# orgctl-disable reports-to-unknown', agent: '    # orgctl-enable reports-to-unknwn' }).replace(
        'reports_to: nobdy',
        'reports_to: nobdy\n  - id: clerk\n    title: 文员\n    reports_to: nobdy2',
      ),
    );
    expect(where(only(f, 'unused-disable'))).toEqual(['unused-disable@14:5']);
    expect(only(f, 'unused-disable')[0]!.message).toBe(
      "orgctl-enable names unknown rule 'reports-to-unknwn' (did you mean 'reports-to-unknown'?)",
    );
  });

  it('says a rule named in a directive is off, rather than that it found nothing', () => {
    const org = 'kind: Organization\nid: acme\nname: Acme\nrules:\n  kpi-unused: off\n';
    const f = lint(org + '---\nkind: Department\nid: e\nname: 空\n# orgctl-disable-next-line kpi-unused\nx-note: 1\n');
    expect(only(f, 'unused-disable').map((x) => x.message)).toEqual([
      "unused orgctl-disable-next-line directive: 'kpi-unused' is off in the Organization's rules, so there is nothing to silence; remove it",
    ]);
  });

  it('a rule named twice in one directive is one finding, not two', () => {
    const f = lint(ROLES({ agent: '    # orgctl-disable-next-line kpi-unused, kpi-unused, nope nope' }));
    expect(only(f, 'unused-disable').map((x) => x.message)).toEqual([
      "orgctl-disable-next-line names unknown rule 'nope'",
      "unused orgctl-disable-next-line directive (no 'kpi-unused' finding to silence)",
    ]);
  });

  it('a directive naming unused-disable says that rule cannot be silenced by a comment, and how to turn it off', () => {
    const f = lint(ROLES({ head: '# orgctl-disable unused-disable', agent: '    # orgctl-disable-next-line span-of-control' }));
    expect(only(f, 'unused-disable').map((x) => `${x.line ?? 0} ${x.message}`)).toEqual([
      "8 orgctl-disable names 'unused-disable', whose findings no comment can silence: remove it, and set 'unused-disable: off' in the Organization's rules instead",
      "14 unused orgctl-disable-next-line directive (no 'span-of-control' finding to silence)",
    ]);
  });

  it('reports an orgctl-enable that ends no open orgctl-disable', () => {
    const f = lint(ROLES({ agent: '    # orgctl-enable reports-to-unknown' }));
    expect(only(f, 'unused-disable').map((x) => `${x.line ?? 0}:${x.column ?? 0} ${x.message}`)).toEqual([
      "14:5 unused orgctl-enable directive (no orgctl-disable of 'reports-to-unknown' is open above it): remove it",
    ]);
    const bare = lint(ROLES({ agent: '    # orgctl-enable' }));
    expect(only(bare, 'unused-disable').map((x) => x.message)).toEqual([
      'unused orgctl-enable directive (no orgctl-disable is open above it): remove it',
    ]);
  });

  it('suggests the rule id for one written in a directive in another case or with underscores', () => {
    const d = lint(ROLES({ agent: '    # orgctl-disable-next-line REPORTS_TO_UNKNOWN' }));
    expect(only(d, 'unused-disable')[0]!.message).toBe(
      "orgctl-disable-next-line names unknown rule 'REPORTS_TO_UNKNOWN' (did you mean 'reports-to-unknown'?)",
    );
  });

  it('a directive orgctl does not know is reported, not silently ignored (ESLint habit: disable-line)', () => {
    const f = lint(ROLES({ agent: '    # orgctl-disable-line reports-to-unknown' }));
    expect(only(f, 'unused-disable').map((x) => `${x.line ?? ''}:${x.column ?? ''} ${x.message}`)).toEqual([
      "14:5 unknown directive 'orgctl-disable-line': orgctl has no disable-line; put '# orgctl-disable-next-line <rule>' on the line above instead",
    ]);
    const g = lint(ROLES({ agent: '    # orgctl-disabel-next-line reports-to-unknown' }));
    expect(only(g, 'unused-disable').map((x) => x.message)).toEqual([
      "unknown directive 'orgctl-disabel-next-line': orgctl knows orgctl-disable-next-line, orgctl-disable and orgctl-enable (did you mean 'orgctl-disable-next-line'?)",
    ]);
  });

  it('unused-disable follows Organization.rules like any rule', () => {
    const org = 'kind: Organization\nid: acme\nname: Acme\nrules:\n  unused-disable: off\n';
    const f = lint(org + '---\nkind: Department\nid: e\nname: 空\n# orgctl-disable-next-line kpi-unused\nx-note: 1\n');
    expect(f.map((x) => x.rule)).toEqual(['empty-department']);
  });
});

describe('order of findings', () => {
  it('sorts by file, then line, then column, then rule', () => {
    const f = lint({
      'b.yaml': 'kind: Department\nid: b\nname: B\nkpis: [nope1, nope2]\n',
      'a.yaml': ORG + '---\nkind: KPI\nid: k\nname: 指标\nunit: percent\ntarget: 200\n',
    });
    expect(f.map((x) => `${x.file ?? '?'}:${x.rule}@${x.line ?? '?'}:${x.column ?? '?'}`)).toEqual([
      'a.yaml:kpi-unused@6:5',
      'a.yaml:kpi-target-out-of-range@9:9',
      'b.yaml:empty-department@2:5',
      'b.yaml:kpi-unknown@4:8',
      'b.yaml:kpi-unknown@4:15',
    ]);
  });

  it('puts file-level findings first and breaks ties by rule id', () => {
    const at = { file: 'a.yaml', line: 3, column: 5 };
    const list = [
      { rule: 'schema', message: 'm', ...at },
      { rule: 'kpi-unused', message: 'm', file: 'a.yaml', line: 2, column: 9 },
      { rule: 'duplicate-id', message: 'm', ...at },
      { rule: 'missing-organization', message: 'm' },
      { rule: 'yaml-syntax', message: 'm', file: 'A.yaml', line: 9, column: 1 },
    ];
    expect(list.sort(compareFindings).map((x) => x.rule)).toEqual([
      'missing-organization',
      'yaml-syntax',
      'kpi-unused',
      'duplicate-id',
      'schema',
    ]);
  });
});
