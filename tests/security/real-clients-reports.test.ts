/**
 * The machine-read reports, checked by the clients that read them:
 * - `--format github` against @actions/core (how GitHub's own toolkit writes
 *   an annotation) and a port of the runner's parser (actions/runner,
 *   src/Runner.Common/ActionCommand.cs: TryParseV2 and the legacy TryParse);
 * - `--format sarif` against the official OASIS SARIF 2.1.0 schema
 *   (tests/fixtures/sarif/, see its README) and the rules GitHub code scanning
 *   and the SARIF validator add (a location on every result, rule names that
 *   are not their ids).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { Ajv } from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { validateOrg, type ValidationResult } from '../../src/api.js';
import { visibleControls } from '../../src/core/escape/terminal.js';
import type { Finding } from '../../src/load/types.js';
import { formatReport } from '../../src/report/index.js';
import { RULES } from '../../src/lint/registry.js';
import { modelOf, ORG } from '../helpers.js';

// ---------------------------------------------------------------- the runner

/** The runner's reading of stdout: lines end at LF, CR or CRLF (.NET ReadLine). */
const runnerLines = (out: string) => out.split(/\r\n|\r|\n/);

interface Command {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescapeData = (s: string) => s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
const unescapeProperty = (s: string) =>
  s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');

/** TryParseV2, as the runner does it (any command name; the runner also checks it is registered). */
function parseV2(line: string): Command | undefined {
  const message = line.replace(/^[\s\u0085]+/, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const prop of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = prop.indexOf('=');
      if (eq > 0 && eq < prop.length - 1) properties[prop.slice(0, eq)] = unescapeProperty(prop.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** The legacy form the runner still accepts anywhere in a line. */
const hasLegacyCommand = (line: string) => /##\[[^\]]*\]/.test(line);

/** What @actions/core writes for an annotation (it writes straight to process.stdout). */
function coreAnnotation(kind: 'error' | 'warning', message: string, props: core.AnnotationProperties): string {
  let captured = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    captured += String(chunk);
    return true;
  });
  try {
    core[kind](message, props);
  } finally {
    write.mockRestore();
  }
  return captured;
}

// ---------------------------------------------------------------- github

const MESSAGES = [
  "role 'a' reports to 'b', which is not a role",
  '100% done: a, b, c :: d',
  'line one\nline two\r\nline three\rend',
  '\n::error file=evil.yaml,line=1::injected',
  '%0A::add-mask::looks-encoded',
  '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007 \u001b[2J',
  '\u009b31m C1 \u0085 NEL \u0000 NUL \u007f DEL',
  'abc\u202eevil\u202c \u2066x\u2069 \u2028 sep \ud800 lone',
  '##[add-mask]legacy',
];

const FILES = ['org/a.yaml', 'org/a,b:c%.yaml', 'org/x\n::error::y.yaml', 'org/\u001b[31mred.yaml', 'org/\u202eabc.yaml'];

function resultOf(findings: Finding[]): ValidationResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    summary: { errors, warnings: findings.length - errors, files: 1, departments: 0, roles: 0, seats: 0, kpis: 0, workflows: 0 },
  };
}

describe('--format github, read back as the runner reads it', () => {
  const cases = MESSAGES.flatMap((message, i) => FILES.map((file, j) => ({ message, file, line: i + 1, column: j + 1 })));
  const findings: Finding[] = cases.map((c, k) => ({ rule: 'reports-to-unknown', severity: k % 2 ? 'warning' : 'error', ...c }));
  const out = formatReport('github', resultOf(findings));
  const lines = runnerLines(out.trimEnd());

  it('writes one command per finding and no other command, in any form', () => {
    const commands = lines.map(parseV2).filter((c) => c !== undefined);
    expect(commands.map((c) => c.command)).toEqual([...findings.map((f) => f.severity), 'notice']);
    expect(lines.length).toBe(commands.length + 1); // the summary line
    // The legacy form counts only where the V2 form did not match first.
    expect(lines.filter((l) => !parseV2(l) && hasLegacyCommand(l))).toEqual([]);
  });

  it('annotations match what @actions/core writes, byte for byte in data and each property', () => {
    lines.slice(0, findings.length).forEach((line, k) => {
      const f = findings[k]!;
      // What we hand @actions/core: the text with controls other than CR and LF made visible, as orgctl does.
      const message = visibleControls(f.message, '\r\n');
      const file = visibleControls(f.file!, '\r\n');
      const theirs = coreAnnotation(f.severity, message, { title: `orgctl ${f.rule}`, file, startLine: f.line, startColumn: f.column });
      expect(runnerLines(theirs.trimEnd()).length).toBe(1);
      const ours = parseV2(line)!;
      expect(ours).toEqual(parseV2(theirs.trimEnd()));
      // Same escaping, not only the same meaning: the data after '::' is the same bytes.
      expect(line.slice(line.indexOf('::', 2))).toBe(theirs.trimEnd().slice(theirs.indexOf('::', 2)));
    });
  });

  it('a message or file name without terminal controls parses back to itself', () => {
    lines.slice(0, findings.length).forEach((line, k) => {
      const f = findings[k]!;
      const ours = parseV2(line)!;
      if (!/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u202a-\u202e\u2066-\u2069\ud800]/.test(f.message))
        expect(ours.data).toBe(f.message);
      if (!/[\u001b\u202e]/.test(f.file!)) expect(ours.properties.file).toBe(f.file);
      expect(ours.properties).toMatchObject({ line: String(f.line), col: String(f.column), title: 'orgctl reports-to-unknown' });
    });
  });

  it('no ESC, C1, bidi control or lone surrogate reaches the log', () => {
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202a-\u202e\u2066-\u2069]/);
    expect(out.isWellFormed()).toBe(true);
  });
});

// ---------------------------------------------------------------- sarif

const SCHEMA = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));

/**
 * The schema is draft-04. It uses no keyword draft-04 reads differently from
 * draft-07 (no boolean exclusiveMinimum/Maximum; every $ref is local), so
 * Ajv's default draft reads it the same once its draft-04 `$schema` and `id`
 * are set aside. Formats (uri, date-time) are not checked: Ajv needs a plugin.
 */
function sarifValidator() {
  const text = JSON.stringify(SCHEMA);
  expect(text).not.toMatch(/"exclusiveM(in|ax)imum"/);
  for (const ref of text.match(/"\$ref":"[^"]*"/g) ?? []) expect(ref).toMatch(/^"\$ref":"#\//);
  const { $schema, id, ...schema } = SCHEMA;
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  expect(id).toMatch(/sarif-schema-2\.1\.0\.json$/);
  return new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
}

/** What GitHub code scanning needs of each result beyond the schema: a location with an artifact URI, relative. */
function expectCodeScanningAccepts(sarif: any): void {
  for (const r of sarif.runs[0].results) {
    expect(r.locations.length, r.message.text).toBeGreaterThanOrEqual(1);
    const uri: string = r.locations[0].physicalLocation.artifactLocation.uri;
    expect(uri.length).toBeGreaterThan(0);
    expect(uri).not.toMatch(/^\/|^[a-z]+:/i);
    expect(() => new URL(uri, 'file:///repo/')).not.toThrow();
  }
}

describe('--format sarif', () => {
  const validate = sarifValidator();
  const expectValid = (sarif: unknown) => {
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  };

  it('the schema check is not vacuous: it rejects a result without a message and an unknown property', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [], bogus: 1 })).toBe(false);
  });

  it('a hostile org gives schema-valid SARIF that code scanning accepts', () => {
    const files: Record<string, string> = { 'org.yaml': `${ORG}locale: ${JSON.stringify('zz\n::error::x\u001b[31m')}\n` };
    for (const [i, name] of ['a b.yaml', 'x\n::error::y.yaml', '\u202eabc.yaml', '客服 100%.yaml', '#?.yaml'].entries()) {
      files[name] =
        `kind: Role\nid: r${i}\ntitle: ${JSON.stringify(MESSAGES[i % MESSAGES.length])}\ndepartment: ${JSON.stringify(`nowhere\u001b${i}`)}\n`;
    }
    const sarif = JSON.parse(formatReport('sarif', validateOrg(modelOf(files))));
    expect(sarif.runs[0].results.length).toBeGreaterThan(5);
    expectValid(sarif);
    expectCodeScanningAccepts(sarif);
  });

  it("rule names are readable and never the id ignoring case (the SARIF validator's SARIF1001)", () => {
    const sarif = JSON.parse(formatReport('sarif', validateOrg(modelOf({ 'org.yaml': ORG }))));
    const rules: { id: string; name: string }[] = sarif.runs[0].tool.driver.rules;
    expect(rules.length).toBe(RULES.length);
    for (const r of rules) {
      expect(r.name.toLowerCase()).not.toBe(r.id.toLowerCase());
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+$/);
    }
    expect(rules.find((r) => r.id === 'reports-to-unknown')!.name).toBe('ReportsToUnknown');
    expect(rules.find((r) => r.id === 'schema')!.name).toBe('SchemaCheck');
    expectValid(sarif);
  });

  describe('an org without YAML files, through the CLI', () => {
    const BIN = path.resolve(__dirname, '../../bin/orgctl.js');
    const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30000 });

    it('points its findings at the folder given, so code scanning takes the upload', { timeout: 60000 }, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-sarif-'));
      fs.mkdirSync(path.join(dir, 'org chart'));
      for (const [args, uri] of [
        [['validate', 'org chart', '--format', 'sarif'], 'org%20chart/'],
        [['validate', '--format', 'sarif'], './'],
      ] as const) {
        const r = run([...args], dir);
        expect(r.status).toBe(1);
        const sarif = JSON.parse(r.stdout);
        const results = sarif.runs[0].results;
        expect(results.map((x: { ruleId: string }) => x.ruleId)).toContain('missing-organization');
        for (const x of results) expect(x.locations).toEqual([{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }]);
        expectValid(sarif);
        expectCodeScanningAccepts(sarif);
      }
    });
  });
});
