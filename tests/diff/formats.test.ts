/** The human formats (text, markdown) and the JSON contract, on small in-memory orgs. */
import { describe, expect, it } from 'vitest';
import { diffOrgs, formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../src/diff/index.js';
import { affectedTree, MAX_DIAGRAM_NODES } from '../../src/diff/format/mermaid.js';
import { mdLine } from '../../src/core/escape/markdown.js';
import { mermaidLabel } from '../../src/core/escape/mermaid.js';
import { modelOf, ORG } from '../helpers.js';

const DEPTS = `kind: Department
id: hq
name: 总部
head: boss
roles:
  - {id: boss, title: 总经理}
---
kind: Department
id: cs
name: 客服部
parent: hq
head: cs-lead
roles:
  - {id: cs-lead, title: 客服主管, reports_to: boss}
  - {id: agent, title: 售前客服, reports_to: cs-lead, headcount: 3}
---
kind: Department
id: sales
name: 销售部
head: sales-lead
roles:
  - {id: sales-lead, title: 销售主管, reports_to: boss}
`;

const plain = (before: string, after: string) =>
  formatDiffText(diffOrgs(modelOf({ 'org.yaml': ORG, 'd.yaml': before }), modelOf({ 'org.yaml': ORG, 'd.yaml': after })), { color: false });

describe('text format', () => {
  it('says so when nothing changed', () => {
    const text = plain(DEPTS, DEPTS);
    expect(text).toContain('No changes: both sides describe the same org.');
    expect(text).toContain('Plan: 0 to add, 0 to change, 0 to remove; findings: 0 introduced, 0 fixed.');
  });

  it('marks a removal and an addition that look like one rename', () => {
    const text = plain(DEPTS, DEPTS.replace('id: agent', 'id: presales'));
    expect(text).toMatch(
      /- role 售前客服 \(agent\)\s+in 客服部 \(cs\) · reported to 客服主管 \(cs-lead\) · 3 seats\s+\(possibly renamed to presales\)/,
    );
    expect(text).toMatch(
      /\+ role 售前客服 \(presales\)\s+in 客服部 \(cs\) · reports to 客服主管 \(cs-lead\) · 3 seats\s+\(possibly renamed from agent\)/,
    );
  });

  it('says what a re-parented department takes along', () => {
    const text = plain(DEPTS, DEPTS.replace('name: 销售部\n', 'name: 销售部\nparent: cs\n'));
    expect(text).toContain('parent: (none) → 客服部 (cs)  (with 1 role)');
  });

  it('tells unknown staffing from listed holders', () => {
    const text = plain(DEPTS, DEPTS.replace('headcount: 3}', 'headcount: 3, holders: [张三]}'));
    expect(text).toContain('holders: unknown → 1 listed (张三)');
  });

  it('colours + - ~ when asked, and never when told not to', () => {
    const result = diffOrgs(
      modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS }),
      modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS.replace('title: 售前客服', 'title: 售前专员') }),
    );
    expect(formatDiffText(result, { color: true })).toContain('\x1b[33m  ~ role');
    expect(formatDiffText(result, { color: false })).not.toContain('\x1b[');
  });
});

describe('markdown format', () => {
  it('escapes user text: no HTML, no table breaks, no emphasis', () => {
    const hostile = DEPTS.replace('title: 售前客服', 'title: "<img src=x onerror=alert(1)> | *客服* `x`"');
    const md = formatDiffMarkdown(diffOrgs(modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS }), modelOf({ 'org.yaml': ORG, 'd.yaml': hostile })));
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\| \\*客服\\* \\`x\\`');
    // Inside the Mermaid block the same title is made of entity codes, so it cannot end the label or the fence.
    const mermaid = md.slice(md.indexOf('```mermaid'), md.lastIndexOf('```'));
    expect(mermaid).toContain('#60;img src=x onerror=alert(1)#62; #124; *客服* #96;x#96;');
  });

  it('groups changes under the department they belong to, in tree order', () => {
    const after = DEPTS.replace('title: 销售主管', 'title: 销售经理').replace('title: 售前客服', 'title: 售前专员');
    const md = formatDiffMarkdown(diffOrgs(modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS }), modelOf({ 'org.yaml': ORG, 'd.yaml': after })));
    const cs = md.indexOf('#### 客服部 (`cs`)');
    const sales = md.indexOf('#### 销售部 (`sales`)');
    expect(cs).toBeGreaterThan(0);
    expect(sales).toBeGreaterThan(cs);
    expect(md.slice(cs, sales)).toContain('role **售前专员 (`agent`)** — title: 售前客服 → 售前专员');
  });

  it('leaves the diagram out, saying why, when it would be too big', () => {
    const many = Array.from({ length: MAX_DIAGRAM_NODES + 5 }, (_, i) => `  - {id: r${i}, title: 专员${i}, reports_to: cs-lead}\n`).join(
      '',
    );
    const md = formatDiffMarkdown(
      diffOrgs(
        modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS }),
        modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS.replace('  - {id: agent', many + '  - {id: agent') }),
      ),
    );
    expect(md).not.toContain('```mermaid');
    expect(md).toContain(`The diagram is left out: it would need ${MAX_DIAGRAM_NODES + 5 + 2} boxes`);
    // So many changes are folded away below the figures and findings.
    expect(md).toContain(`### Changes\n\n<details><summary>Show all ${MAX_DIAGRAM_NODES + 5} changed entities</summary>\n\n#### 客服部`);
    expect(md.indexOf('</details>')).toBeGreaterThan(md.indexOf('#### 客服部'));
  });

  it('draws removed roles from their old manager on a dotted line', () => {
    const result = diffOrgs(
      modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS }),
      modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS.replace('  - {id: agent, title: 售前客服, reports_to: cs-lead, headcount: 3}\n', '') }),
    );
    const d = affectedTree(result);
    expect(d.kind).toBe('diagram');
    const text = d.kind === 'diagram' ? d.text : '';
    // agent = r0, boss = r1, cs-lead = r2 (ids in sorted order)
    expect(text).toContain('r2 -.-> r0');
    expect(text).toContain('class r0 removed');
  });
});

describe('json format', () => {
  it('has exactly the contract keys and findings shaped like validate --format json', () => {
    const after = DEPTS.replace('reports_to: cs-lead, headcount: 3', 'reports_to: cs-leed, headcount: 3');
    const json = JSON.parse(
      formatDiffJson(diffOrgs(modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS }), modelOf({ 'org.yaml': ORG, 'd.yaml': after }))),
    );
    expect(Object.keys(json)).toEqual(['version', 'changes', 'summary', 'people', 'findings', 'policy']);
    expect(json.version).toBe(2);
    // Each change says where it is on each side, at the changed field's key, so a bot can comment on that line.
    expect(json.changes).toEqual([
      {
        kind: 'role',
        id: 'agent',
        change: 'reports_to',
        before: 'cs-lead',
        after: 'cs-leed',
        at: { before: { file: 'd.yaml', line: 15, column: 30 }, after: { file: 'd.yaml', line: 15, column: 30 } },
      },
    ]);
    expect(Object.keys(json.summary)).toEqual(['before', 'after', 'added', 'removed', 'changed']);
    expect(json.summary.after).toMatchObject({ roles: 4, seats: 6, findings: 1, errors: 1 });
    expect(json.findings.introduced).toEqual([
      {
        rule: 'reports-to-unknown',
        severity: 'error',
        message: "role 'agent' reports to 'cs-leed', which is not a role (did you mean 'cs-lead'?)",
        file: 'd.yaml',
        line: 15,
        column: 42,
        entity: 'agent',
      },
    ]);
  });
});

describe('json format on a terminal', () => {
  it('writes C1 controls (U+009B is a one-character CSI), DEL and bidi controls as \\u escapes; the data reads back the same', () => {
    const title = 'a\u009b31mb\u007f\u202ec\u2028d';
    const yamlTitle = '"a\\u009b31mb\\u007f\\u202ec\\u2028d"';
    const after = DEPTS.replace('title: 售前客服', `title: ${yamlTitle}`);
    const text = formatDiffJson(diffOrgs(modelOf({ 'org.yaml': ORG, 'd.yaml': DEPTS }), modelOf({ 'org.yaml': ORG, 'd.yaml': after })));
    expect(JSON.parse(text).changes[0].after).toBe(title);
    expect(text).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
  });
});

describe('escaping helpers', () => {
  it('mdLine keeps text on one line and literal', () => {
    expect(mdLine('a\nb | c_d <e> $x$')).toBe('a b \\| c\\_d &lt;e&gt; \\$x\\$');
  });
  it('bidi controls print as visible escapes in Markdown and Mermaid, as on a terminal: no reordered review line', () => {
    const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    expect(mdLine('a\u202eb\u2066c')).toBe('a\\u202eb\\u2066c');
    expect(mermaidLabel('a\u202eb')).toBe('a#92;u202eb');
    const result = diffOrgs(
      modelOf({ 'org.yaml': ORG, 'd.yaml': 'kind: Department\nid: d\nname: 部门\nhead: boss\nroles:\n  - {id: boss, title: 经理}\n' }),
      modelOf({
        'org.yaml': ORG,
        'd.yaml':
          'kind: Department\nid: d\nname: "部\\u202e门"\nhead: boss\nroles:\n  - {id: boss, title: "经理 \\u2067删除\\u2069"}\n  - {id: x, title: "专\\u202e员", reports_to: boss, holders: ["\\u200f张三"]}\n',
      }),
    );
    const markdown = formatDiffMarkdown(result, { locale: 'en' });
    expect(markdown).toContain('专\\u202e员');
    expect(markdown).not.toMatch(bidi);
  });
  it('mermaidLabel turns label-breaking characters into entity codes', () => {
    expect(mermaidLabel('"客服" #1 [a]')).toBe('#34;客服#34; #35;1 #91;a#93;');
  });
});
