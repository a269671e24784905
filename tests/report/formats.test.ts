import { XMLParser } from 'fast-xml-parser';
import { xmlProblem } from '../support/xml.js';
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../../src/api.js';
import { validateOrg } from '../../src/api.js';
import { formatReport } from '../../src/report/index.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { RULES } from '../../src/lint/registry.js';
import { modelOf, ORG } from '../helpers.js';

const BROKEN = {
  'a.yaml': ORG,
  'b.yaml':
    'kind: Department\nid: cs\nname: 客服部\nhead: cs-lead\nroles:\n  - id: cs-lead\n    title: 客服主管\n  - id: cs-presales\n    title: "售前客服, 50%: <b>"\n    reports_to: cs-leed\n',
};

function result(files: Record<string, string>): ValidationResult {
  return validateOrg(modelOf(files));
}

describe('json format', () => {
  it('json and sarif write C1 and bidi controls from user text as \\u escapes (inert on a terminal), the same data once parsed', () => {
    // A department name with U+009B (a one-character CSI) and U+202E (right-to-left override) reaches the messages.
    const hostile = '客服\u009b2J部\u202e';
    const files = { 'a.yaml': ORG, 'b.yaml': `kind: Department\nid: cs\nname: "${hostile}"\nroles:\n  - id: r\n    title: R\n` };
    for (const format of ['json', 'sarif'] as const) {
      const text = formatReport(format, result(files));
      expect(text, format).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
      expect(text, format).toContain('\\u009b2J');
      expect(JSON.stringify(JSON.parse(text)), format).toContain(hostile);
    }
  });

  it('has exactly the documented shape and key order', () => {
    const out = JSON.parse(formatReport('json', result(BROKEN)));
    expect(Object.keys(out)).toEqual(['findings', 'summary']);
    expect(Object.keys(out.summary)).toEqual(['errors', 'warnings', 'files', 'departments', 'roles', 'seats', 'kpis', 'workflows']);
    const f = out.findings.find((x: { rule: string }) => x.rule === 'reports-to-unknown');
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'entity', 'suggestions']);
    expect(f).toEqual({
      rule: 'reports-to-unknown',
      severity: 'error',
      message: "role 'cs-presales' reports to 'cs-leed', which is not a role (did you mean 'cs-lead'?)",
      file: 'b.yaml',
      line: 10,
      column: 17,
      entity: 'cs-presales',
      suggestions: [
        {
          desc: "replace 'cs-leed' with 'cs-lead'",
          safe: true,
          file: 'b.yaml',
          line: 10,
          column: 17,
          endLine: 10,
          endColumn: 24,
          fix: { range: [BROKEN['b.yaml'].indexOf('cs-leed'), BROKEN['b.yaml'].indexOf('cs-leed') + 7], text: 'cs-lead' },
        },
      ],
    });
    expect(out.summary).toMatchObject({ errors: 1, files: 2, departments: 1, roles: 2, seats: 2 });
  });

  it('omits file, line, column for org-level findings', () => {
    const out = JSON.parse(formatReport('json', result({ 'x.yaml': 'kind: Department\nid: d\nname: D\n' })));
    const f = out.findings.find((x: { rule: string }) => x.rule === 'missing-organization');
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'message']);
  });
});

describe('github format', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('emits one annotation per finding with file, line, col and where the value ends', () => {
    const out = formatReport('github', result(BROKEN));
    expect(out).toContain(
      "::error file=b.yaml,line=10,col=17,endLine=10,endColumn=24,title=orgctl reports-to-unknown::role 'cs-presales' reports to 'cs-leed'",
    );
    expect(out).not.toContain('::notice');
  });

  it('gives a range across lines by lines only (GitHub takes endColumn on one line only)', () => {
    // overfilled-role points at the block list of holders: lines 9 to 10.
    const dept = 'kind: Department\nid: d\nname: D\nhead: r\nroles:\n  - id: r\n    title: R\n    holders:\n      - 张三\n      - 李四\n';
    const out = formatReport('github', result({ 'a.yaml': ORG, 'b.yaml': dept }));
    expect(out).toContain('::error file=b.yaml,line=9,col=7,endLine=10,title=orgctl overfilled-role::');
  });

  it('adds a notice when more annotations than GitHub shows were emitted', () => {
    const roles = Array.from({ length: 12 }, (_, i) => `  - id: r${i}\n    title: R\n    reports_to: nobody${i}\n`).join('');
    const out = formatReport(
      'github',
      result({ 'a.yaml': ORG, 'b.yaml': `kind: Department\nid: d\nname: D\nroles:\n  - id: boss\n    title: B\n${roles}` }),
    );
    expect(out.match(/^::error /gm)!.length).toBe(12);
    expect(out).toMatch(/^::notice title=orgctl%3A more findings than GitHub shows::12 errors/m);
  });

  it('says in its last line how many warnings --quiet hid (it said "0 warnings" as if there were none)', () => {
    const r = result({ 'a.yaml': ORG });
    const quiet: ValidationResult = { findings: [], summary: { ...r.summary, errors: 0, warnings: 0 } };
    expect(formatReport('github', quiet, { hiddenWarnings: 3 })).toMatch(
      /^orgctl: 0 errors, 0 warnings \(3 warnings hidden by --quiet\)\n$/m,
    );
    expect(formatReport('github', quiet)).toMatch(/^orgctl: 0 errors, 0 warnings\n$/m);
  });

  it('counts in the notice in words that agree with the number (1 error, not "1 errors")', () => {
    const base: ValidationResult = { findings: [], summary: { ...result({ 'a.yaml': ORG }).summary, errors: 1, warnings: 11 } };
    expect(formatReport('github', base)).toMatch(/::1 error and 11 warnings were reported;/);
    const one = { ...base, summary: { ...base.summary, errors: 11, warnings: 1 } };
    expect(formatReport('github', one)).toMatch(/::11 errors and 1 warning were reported;/);
  });
});

describe('sarif format', () => {
  const sarif = JSON.parse(formatReport('sarif', result(BROKEN)));
  it('is SARIF 2.1.0 with the required fields', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('orgctl');
    expect(typeof run.tool.driver.version).toBe('string');
    for (const r of run.results) {
      expect(typeof r.ruleId).toBe('string');
      expect(typeof r.message.text).toBe('string');
      expect(['error', 'warning', 'note', 'none']).toContain(r.level);
      expect(r.locations.length).toBe(1);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).not.toMatch(/^\//);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
  });
  it('carries a suggestion as a fix: one replacement of the value, by offset and line/column', () => {
    const r = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'reports-to-unknown');
    const at = BROKEN['b.yaml'].indexOf('cs-leed');
    expect(r.fixes).toEqual([
      {
        description: { text: "replace 'cs-leed' with 'cs-lead'" },
        artifactChanges: [
          {
            artifactLocation: { uri: 'b.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { charOffset: at, charLength: 7, startLine: 10, startColumn: 17, endLine: 10, endColumn: 24 },
                insertedContent: { text: 'cs-lead' },
              },
            ],
          },
        ],
      },
    ]);
  });
  it('describes every rule with metadata', () => {
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(10);
      expect(r.fullDescription.text.length).toBeGreaterThan(10);
      expect(['error', 'warning']).toContain(r.defaultConfiguration.level);
    }
  });
  it('gives each region the end of the value (end column exclusive, in UTF-16 code units)', () => {
    const r = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'reports-to-unknown');
    // `    reports_to: cs-leed` on line 10: the value spans columns 17 to 24.
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 10, startColumn: 17, endLine: 10, endColumn: 24 });
  });
  it('writes user text in a message as SARIF shows it literally: brackets and backslashes escaped, braces doubled (no link, no placeholder)', () => {
    // A viewer reads `[x](https://evil)` as an embedded link (SARIF §3.11.6) and `{0}` as a placeholder (§3.11.5).
    const name = '张三[x](https://evil) {0} a\\[b]';
    const files = { 'a.yaml': ORG, 'b.yaml': `kind: Department\nid: cs\nname: '${name}'\nroles:\n  - id: r\n    title: R\n` };
    const s = JSON.parse(formatReport('sarif', result(files)));
    const texts: string[] = s.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    const escaped = '张三\\[x\\](https://evil) {{0}} a\\\\\\[b\\]';
    expect(texts.filter((t) => t.includes(escaped))).toHaveLength(1);
    for (const t of texts) expect(t.replace(/\\[\\[\]]|\{\{|\}\}/g, '')).not.toMatch(/[[\]{}]/);
    // Rule texts are message strings too: `[warn, {max: 8}]` in a rule's docs.
    const span = s.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'span-of-control');
    expect(span.fullDescription.text).toContain('\\[warn, {{max: 8}}\\]');
  });
  it('percent-encodes non-ASCII file names in URIs', () => {
    const s = JSON.parse(
      formatReport('sarif', result({ 'a.yaml': ORG, '客服.yaml': 'kind: Role\nid: r\ntitle: R\ndepartment: nowhere\n' })),
    );
    const uris = s.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('%E5%AE%A2%E6%9C%8D.yaml');
  });
});

describe('junit format', () => {
  it('is well-formed XML with one failure per finding, escaped', () => {
    const xml = formatReport('junit', result(BROKEN));
    expect(xmlProblem(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.testsuites['@_failures']).toBe('1');
    expect(xml).toContain('&#39;cs-leed&#39;');
  });
  it('a clean org is one passing testcase', () => {
    const xml = formatReport('junit', result({ 'a.yaml': ORG }));
    expect(xmlProblem(xml)).toBe(true);
    expect(xml).toContain('failures="0"');
  });
});

describe('stylish format', () => {
  it('groups by file and ends with a summary line; no colour when asked', () => {
    const out = formatReport('stylish', result(BROKEN), { color: false });
    expect(out).toMatch(/^b\.yaml\n {2}10:17 {2}error {2}/);
    expect(out).toContain('reports-to-unknown');
    expect(out).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
    expect(out).not.toMatch(/\x1b\[/);
  });
  it('colours when asked', () => {
    expect(formatReport('stylish', result(BROKEN), { color: true })).toMatch(/\x1b\[31m/);
  });
  it('says so when there are no problems', () => {
    expect(formatReport('stylish', result({ 'a.yaml': ORG }), { color: false })).toMatch(/✔ no problems/);
  });
});

describe('compact format', () => {
  it('prints one clickable line per finding: path:line:col: severity message [rule]', () => {
    expect(formatReport('compact', result(BROKEN))).toBe(
      "b.yaml:10:17: error role 'cs-presales' reports to 'cs-leed', which is not a role (did you mean 'cs-lead'?) [reports-to-unknown]\n",
    );
  });
  it('starts org-level findings with (org): and prints nothing for a clean org', () => {
    expect(formatReport('compact', result({ 'b.yaml': 'kind: Department\nid: cs\nname: 客服部\n' }))).toMatch(
      /^\(org\): error .* \[missing-organization\]\n/,
    );
    expect(formatReport('compact', result({ 'a.yaml': ORG }))).toBe('');
  });
  it('makes user text inert', () => {
    const out = formatReport(
      'compact',
      result({ 'a.yaml': ORG, 'b.yaml': 'kind: Department\nid: "x\\u001b[31m"\nname: x\nparent: "\\u001b]8;;"\n' }),
    );
    expect(out).not.toContain('\u001b');
  });
});
