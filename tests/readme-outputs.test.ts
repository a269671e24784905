/**
 * The outputs README quotes after a `$ orgctl …` line, checked against a real run of that command on the
 * org the text describes: line for line, byte for byte, where `…` on a line of its own stands for lines
 * left out. Also the exit code a following `$ echo $?` shows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './support/cli.js';
import { git } from './support/git.js';

const README = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-readme-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The fenced code blocks of README, each as its lines. */
function codeBlocks(): string[][] {
  const blocks: string[][] = [];
  let open: string[] | undefined;
  for (const line of README.split('\n')) {
    if (/^\s*```/.test(line)) {
      if (open) blocks.push(open);
      open = open ? undefined : [];
    } else open?.push(line);
  }
  return blocks;
}

interface Quote {
  /** The lines README shows after the command, up to the next `$` line. */
  output: string[];
  /** What `$ echo $?` right after it shows, if README shows it. */
  exitCode?: number;
}

/** What README shows after `$ <command>` (the block that quotes it; `$ ` optional when the block is only output). */
function quoted(command: string, block?: (lines: string[]) => boolean): Quote {
  for (const lines of codeBlocks()) {
    if (block && !block(lines)) continue;
    const at = lines.indexOf(`$ ${command}`);
    if (at < 0) continue;
    const rest = lines.slice(at + 1);
    const end = rest.findIndex((l) => l.startsWith('$ '));
    const output = end < 0 ? rest : rest.slice(0, end);
    const echo = end < 0 ? -1 : rest.indexOf('$ echo $?');
    return { output, ...(echo === end && echo >= 0 ? { exitCode: Number(rest[echo + 1]) } : {}) };
  }
  throw new Error(`README quotes no '$ ${command}'`);
}

/** `actual` is `expected` where each `…` line stands for any number of lines. */
function expectLines(actual: string[], expected: string[]): void {
  const parts: string[][] = [[]];
  for (const line of expected) {
    if (line === '…') parts.push([]);
    else parts.at(-1)!.push(line);
  }
  let from = 0;
  parts.forEach((part, i) => {
    if (part.length === 0) return;
    let at = from;
    if (i > 0) {
      // The first place after `from` where the part's first line is (a gap may skip any lines).
      at = actual.indexOf(part[0]!, from);
      if (at < 0) at = from;
    }
    expect(actual.slice(at, at + part.length), `README lines ${JSON.stringify(part[0])}…`).toEqual(part);
    from = at + part.length;
  });
  if (parts.at(-1)!.length > 0) expect(from, 'README shows the output to its end').toBe(actual.length);
}

const linesOf = (text: string): string[] => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');

describe('README quotes what orgctl prints', () => {
  it('orgctl import of the 花名册 fixture: the rows that cannot be placed, the summary line, exit 1', () => {
    const command = 'orgctl import tests/fixtures/roster/花名册.xlsx -o org --name 某电商集团';
    const quote = quoted(command);
    const cwd = path.join(tmp, 'import');
    fs.mkdirSync(cwd);
    fs.symlinkSync(path.join(REPO_ROOT, 'tests'), path.join(cwd, 'tests'));
    const r = runCli(command.split(' ').slice(1), { cwd });
    expectLines([...linesOf(r.stderr), ...linesOf(r.stdout)], quote.output);
    expect(r.code).toBe(quote.exitCode);
  });

  describe('diff_policy: removing 客服培训专员 against the policy README shows', () => {
    // The org: README's diff_policy example as its Organization (in zh-CN, set after it so its lines
    // keep their numbers), the departments of the removal fixture; the pull request removes cs-trainer.
    const repo = path.join(tmp, 'policy');
    const policyYaml = codeBlocks().find((b) => b.some((l) => l.startsWith('diff_policy:')))!;
    const setUp = (): void => {
      if (fs.existsSync(repo)) return;
      const fixture = path.join(REPO_ROOT, 'tests/fixtures/restructure/removal-over-policy/before');
      fs.mkdirSync(path.join(repo, 'org'), { recursive: true });
      for (const f of ['departments.yaml', 'kpis.yaml', 'workflows.yaml'])
        fs.copyFileSync(path.join(fixture, f), path.join(repo, 'org', f));
      fs.writeFileSync(
        path.join(repo, 'org/organization.yaml'),
        `${policyYaml.join('\n')}\nlocale: zh-CN\ntop: 总经理\nrules:\n  span-of-control: [warn, {max: 12}]\n`,
      );
      git(repo, ['init', '-q']);
      git(repo, ['add', 'org']);
      git(repo, ['commit', '-qm', 'base']);
      git(repo, ['checkout', '-qb', 'pr']);
      const departments = path.join(repo, 'org/departments.yaml');
      const before = fs.readFileSync(departments, 'utf8');
      const after = before.replace('  - id: cs-trainer\n    title: 客服培训专员\n    reports_to: cs-lead\n', '');
      expect(after).not.toBe(before);
      fs.writeFileSync(departments, after);
      git(repo, ['commit', '-qam', 'remove cs-trainer']);
    };

    it('in English (--lang en), exit 1', () => {
      setUp();
      const command = 'orgctl diff main HEAD -p org --lang en';
      const quote = quoted(command);
      const r = runCli(command.split(' ').slice(1), { cwd: repo });
      expectLines(linesOf(r.stdout), quote.output);
      expect(r.code).toBe(quote.exitCode);
    });

    it('in the org’s Chinese', () => {
      setUp();
      const shown = codeBlocks().find((b) => b[0]?.startsWith('触犯的变更策略'))!;
      const r = runCli(['diff', 'main', 'HEAD', '-p', 'org'], { cwd: repo });
      expectLines(linesOf(r.stdout), ['…', ...shown, '…']);
    });
  });

  it.each([
    ['Findings still present, changed by this change (1)', 'span-still-over'],
    ['People', 'promote-holder'],
  ])('the diff block starting %j is what diff --lang en prints for the %s fixture', (first, fixture) => {
    const shown = codeBlocks().find((b) => b[0] === first)!;
    const cwd = path.join(REPO_ROOT, 'tests/fixtures/restructure', fixture);
    const r = runCli(['diff', 'before', 'after', '--lang', 'en'], { cwd });
    expectLines(linesOf(r.stdout), ['…', ...shown, '…']);
  });

  it('validate --cache on the minimal org: the summary line', () => {
    const cwd = path.join(tmp, 'cache');
    fs.mkdirSync(cwd);
    fs.cpSync(path.join(REPO_ROOT, 'examples/minimal-en'), path.join(cwd, 'org'), { recursive: true });
    const command = 'orgctl validate org/ --cache          # first run: checks everything, keeps the result';
    const quote = quoted(command);
    const r = runCli(['validate', 'org/', '--cache'], { cwd, env: { XDG_CACHE_HOME: path.join(cwd, 'xdg') } });
    expectLines(linesOf(r.stdout), quote.output);
    expect(r.code).toBe(0);
  });
});
