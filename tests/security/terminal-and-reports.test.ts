/**
 * User text is inert in every human-readable output: YAML values, ids, titles
 * and file names of a hostile pull request reach the terminal and the CI log
 * without a control character, a bidi override, a lone surrogate, or a line
 * the GitHub runner would read as a workflow command.
 *
 * The runner reads a line (ended by LF, CR or CRLF, as .NET's ReadLine does)
 * as a command when, after leading white space, it starts with `::`, or when
 * it holds the legacy `##[` anywhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { xmlProblem } from '../support/xml.js';
import { describe, expect, it } from 'vitest';
import { validateOrg } from '../../src/api.js';
import { terminalText, visibleControls } from '../../src/core/escape/terminal.js';
import type { Finding } from '../../src/load/types.js';
import { diffOrgs, formatDiffText } from '../../src/diff/index.js';
import { computeStats, formatStatsText } from '../../src/stats/index.js';
import { formatReport } from '../../src/report/index.js';
import { modelOf, ORG } from '../helpers.js';
import { runCli } from '../support/cli.js';

/** Each one breaks out of its line, drives the terminal, reorders the log, or is a workflow command. */
const PAYLOADS = [
  '\n::error file=x.yaml,line=1::injected',
  '\r::add-mask::secret',
  '\r\n::stop-commands::tok',
  '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007',
  '\u001b[2J\u001b[31mred',
  '\u009b31mC1-CSI',
  '\u0085::error::next-line',
  '\u2028::error::line-separator',
  'abc\u202eevil\u202c',
  '\u2066isolate\u2069',
  'lone\ud800surrogate',
  'x ##[error]legacy',
  '::error::leading',
  '\u3000::warning::ideographic-space',
  '\t::notice::tab',
  '\u000b\u000c::error::vt-ff',
];

/** What a terminal or the runner could act on: C0 but LF, DEL, C1, bidi controls, separators. */
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Lines as the GitHub runner splits them. */
const runnerLines = (out: string) => out.split(/\r\n|\r|\n/);
/** .NET String.TrimStart() white space, then `::`. */
const isCommandLine = (line: string) => /^[\s\u0085]*::/.test(line);

/** Nothing in `out` a terminal or the runner acts on; `lines` is how many lines the runner sees. */
function expectInert(out: string): void {
  expect(out).not.toMatch(ACTIVE);
  expect(out.isWellFormed()).toBe(true);
  expect(out).not.toContain('##[');
  for (const line of runnerLines(out)) expect(isCommandLine(line), line).toBe(false);
}

const q = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar

describe('terminalText', () => {
  it('shows controls as escapes a reader can see', () => {
    expect(terminalText('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(terminalText('\u001b[31m')).toBe('\\x1b[31m');
    expect(terminalText('\u0000\u007f\u0085\u009b')).toBe('\\x00\\x7f\\x85\\x9b');
    expect(terminalText('a\u202eb\u2066c\u2069\u200f\u061c\u2028')).toBe('a\\u202eb\\u2066c\\u2069\\u200f\\u061c\\u2028');
    expect(terminalText('x\ud800y\udc00')).toBe('x\\ud800y\\udc00');
  });

  it('defuses a workflow command at the start, after any white space, and the legacy form anywhere', () => {
    expect(terminalText('::error::x')).toBe('\\x3a:error::x');
    expect(terminalText('  ::error::x')).toBe('  \\x3a:error::x');
    expect(terminalText('\u3000::error::x')).toBe('\u3000\\x3a:error::x');
    expect(terminalText('\n::error::x')).toBe('\\n::error::x'); // no longer at a line start
    expect(terminalText('see ##[error]x')).toBe('see ##\\x5berror]x');
  });

  it('leaves ordinary text as it is', () => {
    for (const s of ['客服主管 (cs-lead)', '👩‍💼 Ops', 'C:\\org\\a.yaml', 'a::b', 'note: 50%, done', 'Résumé', 'مدير', '#1 [draft]']) {
      expect(terminalText(s)).toBe(s);
    }
  });

  it('every payload comes out inert, standing alone or inside a line', () => {
    for (const p of PAYLOADS) {
      expectInert(terminalText(p));
      expectInert(`  ${terminalText(p)}  `);
    }
  });

  /** Any code point (lone surrogates included), and pieces of payloads glued in any order. */
  const hostileText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc
      .array(fc.constantFrom(...PAYLOADS, ':', '::', '#', '##', '[', ' ', '\u3000', '\n', '\r', 'a', '\u001b'), { maxLength: 12 })
      .map((parts) => parts.join('')),
  );

  it('any text comes out inert, and a stylish report of such findings too', { timeout: 60000 }, () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        expectInert(terminalText(s));
        expectInert(`  ${terminalText(s)}`);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText, hostileText), { minLength: 1, maxLength: 5 }), (pairs) => {
        const findings: Finding[] = pairs.map(([file, message], i) => ({
          rule: 'schema',
          severity: 'error',
          file,
          message,
          line: i + 1,
          column: 1,
        }));
        const result = {
          findings,
          summary: { errors: findings.length, warnings: 0, files: 1, departments: 0, roles: 0, seats: 0, kpis: 0, workflows: 0 },
        };
        expectInert(formatReport('stylish', result, { color: false }));
      }),
      { numRuns: 300 },
    );
  });
});

/** An org that quotes every payload in findings (schema and reference errors) and names files after them. */
function hostileOrg(payloads = PAYLOADS): Record<string, string> {
  const files: Record<string, string> = { 'org.yaml': `${ORG}locale: ${q(payloads.join(''))}\n` };
  payloads.forEach((p, i) => {
    files[`d${i}${p}.yaml`] =
      `kind: Department\nid: d${i}\nname: ${q(`部门${p}`)}\nhead: r${i}\nroles:\n` +
      `  - id: r${i}\n    title: ${q(`主管${p}`)}\n    reports_to: ${q(`boss${p}`)}\n`;
  });
  return files;
}

describe('validate reports', () => {
  const result = validateOrg(modelOf(hostileOrg()));

  it('the hostile org does produce findings quoting the payloads (the test is not vacuous)', () => {
    expect(result.findings.some((f) => f.message.includes('\u001b]8;;'))).toBe(true);
    expect(result.findings.some((f) => f.file?.includes('\n::error'))).toBe(true);
    expect(result.findings.some((f) => f.message.includes('\u202e'))).toBe(true);
  });

  it('stylish: inert, and the payloads are shown, not dropped', () => {
    const out = formatReport('stylish', result, { color: false });
    expectInert(out);
    expect(out).toContain('\\x1b]8;;https://evil.example/\\x07click');
    expect(out).toContain('\\n::error file=x.yaml,line=1::injected');
    expect(out).toContain('abc\\u202eevil\\u202c');
  });

  it('stylish in colour: only our own SGR sequences reach the terminal', () => {
    const out = formatReport('stylish', result, { color: true });
    const withoutOurColours = out.replace(/\u001b\[\d+(;\d+)*m/g, '');
    expectInert(withoutOurColours);
    expect(out.match(/\u001b[^[]/g)).toBeNull(); // no OSC, no other escape
  });

  it('github: one command line per finding, no control but the encoded CR/LF, no other command', () => {
    const out = formatReport('github', result);
    expect(out).not.toMatch(ACTIVE);
    expect(out.isWellFormed()).toBe(true);
    const lines = runnerLines(out.trimEnd());
    const commands = lines.filter(isCommandLine);
    expect(commands.length).toBe(result.findings.length + 1); // + the notice: more than 10 errors
    expect(lines.length).toBe(commands.length + 1); // and the summary line
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) [^:]*::/);
  });

  it('junit: well-formed XML 1.0 that carries the payloads visibly, and no control, bidi or surrogate', () => {
    const out = formatReport('junit', result);
    expect(xmlProblem(out)).toBe(true);
    expect(out).not.toMatch(ACTIVE);
    expect(out.isWellFormed()).toBe(true);
    // htmlEntities is what decodes numeric references (&#x1B;) here; its replacement, `entityDecoder`, wants a decoder
    // built from @nodable/entities, which is fast-xml-parser's own dependency, not ours.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- no non-deprecated way without a new dependency
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true }).parse(out);
    const suites = [doc.testsuites.testsuite].flat();
    const messages = suites.flatMap((s: { testcase: unknown }) => [s.testcase].flat()).map((c: any) => c.failure.message as string);
    const locale = result.findings.find((f) => f.message.includes("field 'locale'"))!.message;
    expect(messages).toContain(visibleControls(locale));
  });
});

describe('stats text', () => {
  it('organization, department and role names print inert', () => {
    const files = hostileOrg();
    files['org.yaml'] = `kind: Organization\nid: acme\nname: ${q(PAYLOADS.join(''))}\n`;
    // Valid ids and references, so every department and role is counted; a team over the span limit lists its manager.
    PAYLOADS.forEach((p, i) => {
      files[`d${i}${p}.yaml`] =
        `kind: Department\nid: d${i}\nname: ${q(p)}\nhead: r${i}\nroles:\n  - id: r${i}\n    title: ${q(p)}\n  - id: t${i}\n    title: T\n    reports_to: r${i}\n    headcount: 30\n`;
    });
    const out = formatStatsText(computeStats(modelOf(files)));
    expectInert(out);
    expect(out).toContain('\\x1b[2J\\x1b[31mred (d4)');
    expect(out).toMatch(/Over the limit/);
  });
});

describe('diff text', () => {
  it('titles, names, free text and labels print inert', () => {
    const before = modelOf({
      'org.yaml': ORG,
      'd.yaml': 'kind: Department\nid: d\nname: D\nhead: boss\nroles:\n  - id: boss\n    title: Boss\n',
    });
    const roles = PAYLOADS.map(
      (p, i) => `  - id: r${i}\n    title: ${q(p)}\n    reports_to: boss\n    holders: [${q(p)}]\n    responsibilities: [${q(p)}]\n`,
    ).join('');
    const after = modelOf({
      'org.yaml': `${ORG}description: ${q(PAYLOADS.join(' '))}\n`,
      'd.yaml': `kind: Department\nid: d\nname: ${q(PAYLOADS.join(''))}\nhead: boss\nroles:\n  - id: boss\n    title: ${q(PAYLOADS[0]!)}\n${roles}`,
    });
    const result = diffOrgs(before, after);
    const label = PAYLOADS[3]!;
    const out = formatDiffText(result, { color: false, labels: { before: PAYLOADS[0]!, after: label } });
    expectInert(out);
    expect(out).toContain('orgctl diff: \\n::error file=x.yaml,line=1::injected → \\x1b]8;;');
  });
});

describe('the CLI', () => {
  const run = (args: string[], cwd: string) => runCli(args, { cwd });
  /** Payloads a file name can hold (valid UTF-8; '/' is replaced when writing). */
  const NAMEABLE = PAYLOADS.filter((p) => !p.includes('\ud800'));
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-inert-'));

  it('validate, stats and diff print hostile file names and values inert, on stdout and stderr', { timeout: 60000 }, () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'base'));
    fs.writeFileSync(path.join(dir, 'base', 'org.yaml'), ORG);
    const head = `head${NAMEABLE[0]!}`;
    fs.mkdirSync(path.join(dir, head));
    for (const [name, text] of Object.entries(hostileOrg(NAMEABLE)))
      fs.writeFileSync(path.join(dir, head, name.replaceAll('/', '_')), text);

    const validate = run(['validate', head], dir);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('\\x1b]8;;');
    expectInert(validate.stdout);
    expectInert(validate.stderr);

    const stats = run(['stats', head], dir);
    expect(stats.code).toBe(0);
    expectInert(stats.stdout);
    expect(stats.stderr).toMatch(/^orgctl: warning: the org has \d+ errors/);
    expectInert(stats.stderr);

    const diff = run(['diff', 'base', head], dir);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('orgctl diff: base → head\\n::error');
    expectInert(diff.stdout);
    expect(runnerLines(diff.stderr.trimEnd()).length).toBe(1); // the notice naming the head side
    expectInert(diff.stderr);
  });

  it('a path that cannot be read is one inert line on stderr, exit 2', { timeout: 60000 }, () => {
    const r = run(['validate', `missing${PAYLOADS[0]!}${PAYLOADS[3]!}`], tmp());
    expect(r.code).toBe(2);
    expect(runnerLines(r.stderr.trimEnd()).length).toBe(1);
    expectInert(r.stderr);
  });
});
