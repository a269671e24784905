/**
 * Every `$ orgctl …` example in `orgctl --help` and in each command's `--help` runs as written, in a
 * bash with `orgctl` on the PATH, in a folder holding what the examples assume: the bundled
 * examples/, an org in org/ (the ecommerce-startup example, committed on main and tagged v1.0,
 * changed on the checked-out branch), org-old/, and the rosters. An example that needs more says so
 * in GIVEN; a new example without an entry there fails until it gets one. Needs `npm run build`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { BIN, REPO_ROOT } from './support/cli.js';
import { runMain } from './support/main.js';
import { temporaryDirs } from './support/tmp.js';

const tmpDir = temporaryDirs('orgctl-help-examples-');

/** What an example needs beyond the common folder, and how it ends. */
interface Given {
  /** Exit code: 0 unless said (1: findings or rows it could not place, 2: it says what is missing). */
  code?: number;
  /** Run in this folder of the sandbox. */
  cwd?: string;
  /** Shell commands run first, in the sandbox. */
  before?: string;
  /** Files or folders the example writes, which must then exist and not be empty. */
  writes?: string[];
  /** What stdout (or, with `stderr: true`, stderr) must show. */
  shows?: RegExp;
  stderr?: boolean;
}

const GIVEN: Record<string, Given> = {
  'orgctl validate examples/ops-center': { shows: /no problems/ },
  'orgctl validate org/ --format github --max-warnings 0': {},
  'orgctl chart org/ -o org-chart.svg': { writes: ['org-chart.svg'] },
  'orgctl docs org/ -o handbook/ --lang zh-CN': { writes: ['handbook/README.md'] },
  'orgctl diff main HEAD --path org --format markdown': { shows: /cs-presales/ },
  // validate
  'orgctl validate': { cwd: 'org', shows: /no problems/ },
  'orgctl validate org/ --format github': {},
  'orgctl validate org/ --format sarif -o orgctl.sarif': { writes: ['orgctl.sarif'] },
  'orgctl validate org/ --max-warnings 0': {},
  'orgctl validate org/ --as-of 2027-01-01': {},
  'orgctl validate org/ --fix-dry-run': {},
  'orgctl validate org/ --fix-dry-run --format json': { shows: /^\{\n {2}"fixes": \[/ },
  'orgctl validate org/ --fix': {},
  'orgctl validate org/ --cache': {},
  'orgctl validate org/ --jobs 1': {},
  // chart
  'orgctl chart examples/ops-center -o org-chart.svg': { writes: ['org-chart.svg'] },
  'orgctl chart org/ --format mermaid > org-chart.mmd': { writes: ['org-chart.mmd'] },
  'orgctl chart org/ --format dot | dot -Tpng -o org.png': { writes: ['org.png'] },
  'orgctl chart org/ --department customer-service --depth 1': { shows: /^<\?xml/ },
  'orgctl chart org/ --root cs-lead -o cs.svg': { writes: ['cs.svg'] },
  'orgctl chart org/ --level department -o departments.svg': { writes: ['departments.svg'] },
  'orgctl chart org/ --format html --depth 2 -o org-chart.html': { writes: ['org-chart.html'] },
  'orgctl chart examples/project-teams --team 大促项目组 -o 大促项目组.svg': { writes: ['大促项目组.svg'] },
  'orgctl chart org/ --format png --scale 2 -o org.png': { writes: ['org.png'] },
  'orgctl chart examples/ops-center --lang en': { shows: /organisation chart — \d+ roles/ },
  // docs
  'orgctl docs org/ -o handbook/': { writes: ['handbook/README.md'] },
  'orgctl docs org/ -o handbook/ --lang en': { writes: ['handbook/README.md'] },
  'orgctl docs org/ -o review/ --findings': { writes: ['review/README.md'] },
  'orgctl docs org/ -o print/ --format html': { writes: ['print/handbook.html'] },
  // diff
  'orgctl diff main HEAD --path org': { shows: /cs-presales/ },
  'orgctl diff org-old/ org/': { shows: /cs-presales/ },
  'orgctl diff -- org-old org': { shows: /cs-presales/ },
  'orgctl diff rev:main dir:org -p org': { shows: /cs-presales/ },
  'orgctl diff rev:origin/main rev:HEAD -p org -f markdown --max-bytes 1000000 >> "$GITHUB_STEP_SUMMARY"': {
    writes: ['summary.md'],
  },
  "orgctl diff v1.0 HEAD -p org -f json | jq '.findings.introduced'": { shows: /^\[/ },
  'orgctl diff main HEAD -p org -f svg -o restructure.svg': { writes: ['restructure.svg'] },
  'orgctl diff origin/main HEAD -p org --fail-on new-errors': { shows: /cs-presales/ },
  'orgctl diff main HEAD -p org --lang en': { shows: /cs-presales/ },
  'orgctl diff org org --as-of 2026-12-31..2027-01-01': {},
  'orgctl diff main HEAD -p org --labels hr-approved': { shows: /cs-presales/ },
  // Outside a pull_request job it says what it needs.
  'orgctl diff rev:origin/main rev:HEAD -p org --github-comment': { code: 2, shows: /GITHUB_TOKEN/, stderr: true },
  // stats
  'orgctl stats examples/ops-center': {},
  'orgctl stats org/ --format json | jq .total.vacancies': { shows: /^\d+\n$/ },
  'orgctl stats examples/ops-center --lang en': { shows: /[A-Za-z]/ },
  // serve: started, then stopped once it says where it serves (xdg-open is a stub that prints)
  'orgctl serve examples/ops-center': { shows: /http:\/\/127\.0\.0\.1:7420\//, stderr: true },
  'orgctl serve org/ --port 8080 --open': { shows: /http:\/\/127\.0\.0\.1:8080\//, stderr: true },
  'orgctl serve org/ --depth 2 --level department': { shows: /http:\/\/127\.0\.0\.1:7420\//, stderr: true },
  // schema, rules, explain
  'orgctl schema > orgctl.schema.json': { writes: ['orgctl.schema.json'] },
  'orgctl rules': { shows: /span-of-control/ },
  'orgctl explain reports-to-unknown': { shows: /^reports-to-unknown/ },
  'orgctl explain span-of-control': { shows: /^span-of-control/ },
  // init: into a folder that is not there yet
  'orgctl init --list': { shows: /minimal-en/ },
  'orgctl init org': { before: 'rm -rf org', writes: ['org/organization.yaml'] },
  'orgctl init org --template ops-center': { before: 'rm -rf org', writes: ['org/organization.yaml'] },
  'orgctl init org --template ecommerce-startup --force': { writes: ['org/organization.yaml'] },
  // import: the fixture roster's planted mistakes (a manager who left, a shared name) are rows it cannot place: exit 1
  'orgctl import 花名册.xlsx -o org': { before: 'rm -rf org', code: 1, writes: ['org/organization.yaml'] },
  'orgctl import roster.csv -o org --map 汇报给=manager --map F=headcount': {
    before: 'rm -rf org && cp mapped.csv roster.csv',
    code: 1,
    writes: ['org/organization.yaml'],
  },
  'orgctl import roster.csv -o org --encoding gbk --strict': { before: 'rm -rf org && cp gbk.csv roster.csv', code: 1 },
  'orgctl import 花名册.xlsx -o org --update': {
    before: 'rm -rf org && orgctl import 花名册.xlsx -o org >/dev/null 2>&1 || true',
    code: 1,
  },
  // export
  'orgctl export org --format backstage -o catalog-info.yaml': { writes: ['catalog-info.yaml'] },
  'orgctl export org --format jsonld --base https://example.com/org/': { shows: /@context/ },
  'orgctl export org --format csv -o seats.csv': { writes: ['seats.csv'] },
};

const EXAMPLE = /^\s+\$ (orgctl .*?)(?:\s{2,}#.*)?$/;

/** The examples of `orgctl --help` and of each command's, as printed. */
async function helpExamples(): Promise<string[]> {
  const out: string[] = [];
  for (const args of [[], ...buildProgram().commands.map((c) => [c.name()])]) {
    const r = await runMain([...args, '--help']);
    expect(r.code, args.join(' ')).toBe(0);
    for (const line of r.stdout.split('\n')) {
      const m = EXAMPLE.exec(line);
      if (m) out.push(m[1]!);
    }
  }
  return out;
}

let world = '';

/** The common folder, built once and copied for each example. */
function buildWorld(): string {
  const dir = tmpDir();
  const sh = (cmd: string) => {
    const r = spawnSync('bash', ['-e', '-c', cmd], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr, cmd).toBe('');
    expect(r.status, cmd).toBe(0);
  };
  fs.cpSync(path.join(REPO_ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  fs.cpSync(path.join(REPO_ROOT, 'examples/ecommerce-startup'), path.join(dir, 'org'), { recursive: true });
  fs.cpSync(path.join(REPO_ROOT, 'examples/ecommerce-startup'), path.join(dir, 'org-old'), { recursive: true });
  const roster = path.join(REPO_ROOT, 'tests/fixtures/roster');
  fs.copyFileSync(path.join(roster, '花名册.xlsx'), path.join(dir, '花名册.xlsx'));
  fs.copyFileSync(path.join(roster, '花名册-gbk.csv'), path.join(dir, 'gbk.csv'));
  // The same roster in UTF-8 with a manager column headed 汇报给 and the head-count in column F under a header nobody knows.
  const rows = new TextDecoder('gbk')
    .decode(fs.readFileSync(path.join(roster, '花名册-gbk.csv')))
    .trimEnd()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  expect(rows[0]).toEqual(['序号', '工号', '姓名', '部门', '岗位', '直属上级', '编制', '工作地点', '企业邮箱']);
  rows[0]![5] = '汇报给';
  rows[0]![6] = '人数';
  const mapped = rows.map((r) => [...r.slice(0, 5), r[6], r[5], ...r.slice(7)].join(','));
  fs.writeFileSync(path.join(dir, 'mapped.csv'), mapped.join('\n') + '\n');
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.writeFileSync(path.join(dir, 'bin/orgctl'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'bin/xdg-open'), '#!/bin/sh\necho "opened $1"\n', { mode: 0o755 });
  // A cs-presales head-count changes on the branch checked out: main, v1.0 and origin/main are before it.
  sh(
    [
      'git init -q -b main',
      'git add org',
      'git -c user.name=t -c user.email=t@t.invalid commit -qm base',
      'git tag v1.0',
      'git update-ref refs/remotes/origin/main HEAD',
      'git checkout -qb feature',
      "sed -i 's/^reports_to: cs-lead$/reports_to: cs-lead\\nheadcount: 2/' org/roles/customer-service.yaml",
      'grep -q "^headcount: 2" org/roles/customer-service.yaml',
      'git -c user.name=t -c user.email=t@t.invalid commit -qam change',
    ].join(' && '),
  );
  return dir;
}

function sandbox(): string {
  const dir = tmpDir();
  fs.cpSync(world, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

function envFor(dir: string): NodeJS.ProcessEnv {
  // Not in a CI job: --github-comment must find no token, and no annotation format is chosen for us.
  const outsideCi = new Set(['GITHUB_TOKEN', 'GITHUB_ACTIONS', 'GITHUB_EVENT_PATH', 'CI']);
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !outsideCi.has(name))),
    NO_COLOR: '1',
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  };
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  /** `orgctl serve` found its port taken by another program: nothing to check. */
  busy?: boolean;
}

function runExample(example: string, given: Given, dir: string): Ran {
  const env = envFor(dir);
  if (given.before) {
    const b = spawnSync('bash', ['-c', given.before], { cwd: dir, env, encoding: 'utf8' });
    expect(b.status, given.before).toBe(0);
  }
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', example], {
    cwd: path.join(dir, given.cwd ?? '.'),
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `orgctl serve …` runs until stopped: started, and stopped once it says where it serves (or fails). */
function runServe(example: string, dir: string, expected: RegExp): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `exec ${example}`], { cwd: dir, env: envFor(dir) });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (expected.test(stderr)) child.kill('SIGTERM');
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      // Another program on the example's port is this machine's business, not the example's.
      const busy = /^orgctl: port \d+ is in use/m.test(stderr);
      resolve({ code: expected.test(stderr) ? 0 : code, stdout, stderr, busy });
    });
  });
}

describe('the examples in --help', () => {
  let examples: string[] = [];
  beforeAll(async () => {
    examples = await helpExamples();
    world = buildWorld();
  }, 120_000);

  it('are all known here, with what they need', () => {
    expect(examples.length).toBeGreaterThan(40);
    expect(examples.filter((e) => !(e in GIVEN))).toEqual([]);
  });

  it('run as written and do what they say', async () => {
    const failures: string[] = [];
    for (const example of examples) {
      const given = GIVEN[example];
      if (!given) continue;
      const dir = sandbox();
      const r = example.startsWith('orgctl serve ') ? await runServe(example, dir, given.shows!) : runExample(example, given, dir);
      const wrong: string[] = [];
      if (r.code !== (given.code ?? 0)) wrong.push(`exit ${String(r.code)}, expected ${given.code ?? 0}`);
      if (/internal error|\n\s+at /.test(r.stderr)) wrong.push('a stack trace or internal error');
      if (given.shows && !given.shows.test(given.stderr ? r.stderr : r.stdout)) wrong.push(`output does not show ${String(given.shows)}`);
      for (const file of given.writes ?? []) {
        const at = path.join(dir, given.cwd ?? '.', file);
        if (!fs.existsSync(at) || fs.statSync(at).size === 0) wrong.push(`${file} not written`);
      }
      if (wrong.length) failures.push(`${example}: ${wrong.join('; ')}\n    ${r.stderr.trim().split('\n').slice(0, 3).join('\n    ')}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
