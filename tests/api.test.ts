/**
 * The library façade (src/api.ts, the package root): each way of loading an
 * org gives the same model, each `*_FORMATS` list is what the CLI offers and
 * what the one dispatch function accepts, the handbook a library user renders
 * is the one `orgctl docs` writes, and the names exported before the façade
 * still work. Also: the imports read honestly (no lower layer imports the
 * façade; stats loads no rule).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command, Option } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as lib from '../src/index.js';
import {
  computeStats,
  configuredSpanMax,
  CHART_FORMATS,
  DIFF_FORMATS,
  diffOrgs,
  DOCS_FORMATS,
  formatDiff,
  formatDiffJson,
  formatDiffMarkdown,
  formatDiffSvg,
  formatDiffText,
  formatReport,
  formatStats,
  lint,
  loadOrg,
  loadOrgAtRevision,
  loadOrgFromText,
  MANIFEST,
  renderDocs,
  renderHandbook,
  REPORT_FORMATS,
  STATS_FORMATS,
  UsageError,
  validateOrg,
  writeDocs,
} from '../src/index.js';
import { runDocs } from '../src/cli/actions/docs.js';
import { buildProgram } from '../src/cli/main.js';
import { SHOP_FILES, writeOrg } from './docs/fixtures.js';
import { ORG, modelOf } from './helpers.js';

const REPO = path.resolve(__dirname, '..');
const temporary: string[] = [];

function tmpDir(prefix = 'orgctl-api-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file below `dir` → its text, keyed by its path relative to `base` (`/` separators). */
function readTree(dir: string, base: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(base, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=orgctl-test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe('loading', () => {
  it('loadOrgFromText gives the model and findings loadOrg gives for the same files on disk', () => {
    const files = Object.fromEntries(
      Object.entries(readTree(path.join(REPO, 'examples/broken'), REPO)).filter(([p]) => /\.ya?ml$/.test(p)),
    );
    expect(Object.keys(files).length).toBeGreaterThan(3); // nested folders, a syntax error: order and paths matter
    const fromDisk = lint(loadOrg(['examples/broken'], REPO));
    // Given in reverse order: the façade sorts the paths as the loader sorts a directory.
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    const fromText = lint(loadOrgFromText(reversed));
    expect(fromDisk.findings.length).toBeGreaterThan(5);
    expect(fromText).toEqual(fromDisk);
  });

  it('loadOrgAtRevision reads the committed org from git objects, not the worktree', () => {
    const repo = tmpDir('orgctl-api-git-');
    git(repo, 'init', '-q');
    fs.cpSync(path.join(REPO, 'examples/broken'), path.join(repo, 'org'), { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'org');
    const committed = lint(loadOrg(['org'], repo));
    fs.appendFileSync(path.join(repo, 'org/organization.yaml'), '\nnot: [valid\n'); // uncommitted: must not be read
    expect(lint(loadOrg(['org'], repo))).not.toEqual(committed);
    expect(lint(loadOrgAtRevision('HEAD', 'org', repo))).toEqual(committed);
    expect(() => loadOrgAtRevision('no-such-revision', 'org', repo)).toThrow(UsageError);
  });

  it('lint is validateOrg (the old name keeps working)', () => {
    expect(validateOrg).toBe(lint);
    expect(lint(modelOf({ 'org.yaml': ORG })).summary).toMatchObject({ errors: 0, warnings: 0, files: 1 });
  });
});

/** The choices commander offers for `<command> --format`. */
function formatChoices(program: Command, command: string): readonly string[] | undefined {
  const cmd = program.commands.find((c) => c.name() === command)!;
  return (cmd.options as Option[]).find((o) => o.long === '--format')?.argChoices;
}

describe('formats: one list per command, one dispatch per list', () => {
  it('the CLI offers exactly the *_FORMATS lists', () => {
    const program = buildProgram();
    expect(formatChoices(program, 'validate')).toEqual([...REPORT_FORMATS]);
    expect(formatChoices(program, 'chart')).toEqual([...CHART_FORMATS]);
    expect(formatChoices(program, 'docs')).toEqual([...DOCS_FORMATS]);
    expect(formatChoices(program, 'diff')).toEqual([...DIFF_FORMATS]);
    expect(formatChoices(program, 'stats')).toEqual([...STATS_FORMATS]);
  });

  const before = loadOrg(['tests/fixtures/restructure/merge/before'], REPO);
  const after = loadOrg(['tests/fixtures/restructure/merge/after'], REPO);
  const result = diffOrgs(before, after, { beforeFindings: lint(before).findings, afterFindings: lint(after).findings });
  const labels = { before: 'main', after: 'HEAD' };

  it('formatDiff writes each of DIFF_FORMATS as its formatter does', async () => {
    expect(result.changes.length).toBeGreaterThan(0);
    expect(await formatDiff('text', result, { labels, color: false })).toBe(formatDiffText(result, { labels, color: false }));
    expect(await formatDiff('markdown', result, { labels })).toBe(formatDiffMarkdown(result, { labels }));
    expect(await formatDiff('json', result)).toBe(formatDiffJson(result));
    expect(await formatDiff('svg', result, { labels })).toBe(await formatDiffSvg(result, { labels }));
  }, 60_000);

  it('a format outside the list is a UsageError naming the list, for every dispatch', async () => {
    const stats = computeStats(before);
    const bad = 'yaml' as never;
    await expect(formatDiff(bad, result)).rejects.toThrow(
      new UsageError("unknown diff format 'yaml'; choose one of: text, markdown, json, svg"),
    );
    // Before the façade, formatStats printed text for any format it did not know.
    expect(() => formatStats(bad, stats)).toThrow(new UsageError("unknown stats format 'yaml'; choose one of: text, json"));
    expect(() => formatReport(bad, lint(before))).toThrow(UsageError);
    // A name every object inherits is not a format either.
    expect(() => formatReport('toString' as never, lint(before))).toThrow(UsageError);
    // compact prints one line per finding, so nothing for a clean org.
    for (const format of REPORT_FORMATS)
      if (format !== 'compact') expect(formatReport(format, lint(before), { color: false })).not.toBe('');
  });

  it("configuredSpanMax reads the org's span-of-control setting as the rule does (defaults when unset, off or invalid)", () => {
    const withRules = (rules: string) => modelOf({ 'org.yaml': `${ORG}rules:\n  ${rules}\n` });
    expect(configuredSpanMax(modelOf({ 'org.yaml': ORG }))).toBe(10);
    expect(configuredSpanMax(withRules('span-of-control: [error, {max: 4}]'))).toBe(4);
    expect(configuredSpanMax(withRules('span-of-control: off'))).toBe(10);
    expect(configuredSpanMax(withRules('span-of-control: [warn, {max: 0}]'))).toBe(10); // invalid: the rule reports it and uses its default
    expect(lint(withRules('span-of-control: [warn, {max: 0}]')).findings.map((f) => f.rule)).toContain('schema');
  });
});

describe('the handbook', () => {
  it('renderHandbook gives a library user the files orgctl docs writes (chart by the same policy; findings only when given)', async () => {
    const org = writeOrg({
      ...SHOP_FILES,
      'extra.yaml': 'kind: Role\nid: 临时工\ntitle: 临时工\ndepartment: 运营部\nreports_to: 运营主菅\n',
    });
    const out = tmpDir();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runDocs(org, { output: out, format: 'markdown' })).toBe(1);
    } finally {
      stderr.mockRestore();
    }
    const written = new Map(Object.entries(readTree(out, out)).filter(([p]) => p !== MANIFEST));
    const model = loadOrg([org]);
    const rendered = await renderHandbook(model, { format: 'markdown' });
    expect([...rendered.keys()]).toContain('chart.svg');
    expect(rendered).toEqual(written);
    // The pure renderer alone has no chart: the policy is what renderHandbook adds. A handbook is for
    // employees: the findings are in it only when given.
    const bare = renderDocs(model, { format: 'markdown' });
    expect(bare.has('chart.svg')).toBe(false);
    expect(rendered.get('README.md')).not.toContain('[!WARNING]');
    const withFindings = await renderHandbook(model, { format: 'markdown', findings: lint(model).findings });
    expect(withFindings.get('README.md')).toContain('[!WARNING]');
    expect((await renderHandbook(model, { format: 'markdown', chart: 'none' })).has('chart.svg')).toBe(false);
  }, 60_000);

  it('writeDocs writes what renderHandbook gives, with the manifest, and refuses a file as DIR', async () => {
    const model = modelOf(SHOP_FILES);
    const files = await renderHandbook(model, { format: 'html', chart: 'none' });
    const out = path.join(tmpDir(), 'handbook');
    const result = writeDocs(out, files);
    expect(result).toMatchObject({ changed: 1, removed: [], kept: [], ignored: [] });
    expect(fs.readdirSync(out).sort()).toEqual([MANIFEST, 'handbook.html']);
    expect(writeDocs(out, files).changed).toBe(0);
    const file = path.join(tmpDir(), 'f.txt');
    fs.writeFileSync(file, '');
    expect(() => writeDocs(file, files)).toThrow(new UsageError(`-o must be a directory: ${file} is a file`));
  });
});

describe('the package root', () => {
  it('still exports every name it exported before the façade', () => {
    const before = [
      'loadOrg',
      'validateOrg',
      'UsageError',
      'renderChart',
      'layoutOrgChart',
      'renderDocs',
      'diffOrgs',
      'sidesDiffer',
      'formatDiffText',
      'formatDiffMarkdown',
      'formatDiffJson',
      'computeStats',
      'formatStats',
    ];
    for (const name of before) expect(typeof (lib as Record<string, unknown>)[name], name).toBe('function');
    expect(lib.CHART_FORMATS).toEqual(['svg', 'png', 'mermaid', 'dot', 'json', 'html']);
    expect(lib.DOCS_FORMATS).toEqual(['markdown', 'html']);
  });
});

/** Relative import specifiers of a TypeScript file (static and dynamic). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('imports read honestly', () => {
  const SRC = path.join(REPO, 'src');

  it('no layer below the façade imports it (only the package root does)', () => {
    const facade = path.join(SRC, 'api.js');
    const offenders = sourceFiles(SRC)
      .filter((f) => f !== path.join(SRC, 'index.ts') && f !== path.join(SRC, 'api.ts'))
      .filter((f) => importsOf(f).includes(facade))
      .map((f) => path.relative(REPO, f));
    expect(offenders).toEqual([]);
  });

  it('stats loads no rule module (only the shared helpers in lint/rules/utils/)', () => {
    const rules = path.join(SRC, 'lint/rules') + path.sep;
    const utils = path.join(SRC, 'lint/rules/utils') + path.sep;
    const offenders = sourceFiles(path.join(SRC, 'stats')).flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith(rules) && !i.startsWith(utils))
        .map((i) => `${path.relative(REPO, f)} → ${path.relative(REPO, i)}`),
    );
    expect(offenders).toEqual([]);
  });
});
