/**
 * The CI integration files: action.yml's step scripts run for real (with `npx`
 * standing in for the built CLI) in a temporary repository, including the
 * shallow clone whose base branch must be fetched; the hook and the example
 * pipelines are valid YAML with the keys their tools need. Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pathWithNpxShim, REPO_ROOT } from './support/cli.js';
import { git } from './support/git.js';
import { temporaryDirs } from './support/tmp.js';

interface Step {
  name: string;
  if?: string;
  shell: string;
  env: Record<string, string>;
  run: string;
}
const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default: string }>;
  runs: { using: string; steps: Step[] };
};
const step = (name: string) => action.runs.steps.find((s) => s.name === name)!;

const tmpDir = temporaryDirs('orgctl-ci-');

/** Run one of the action's steps as the runner would: bash, in the workspace, with its env. */
function runStep(name: string, cwd: string, env: Record<string, string>) {
  const s = step(name);
  // Every variable the script reads is one the step declares (inputs never pasted into the code).
  const used = new Set([...s.run.matchAll(/\$\{?(ORGCTL_[A-Z_]+)/g)].map((m) => m[1]!));
  expect([...used].sort()).toEqual(Object.keys(s.env).sort());
  const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', s.run], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PATH: pathWithNpxShim(tmpDir()), ORGCTL_PACKAGE: 'orgctl', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ORG = {
  'org/organization.yaml': 'kind: Organization\nid: shop\nname: 小店\nlocale: zh-CN\n',
  'org/ops.yaml':
    'kind: Department\nid: ops\nname: 运营部\nhead: 运营总监\nroles:\n  - id: 运营总监\n    title: 运营总监\n  - id: 客服\n    title: 客服\n    reports_to: 运营总监\n    headcount: 3\n',
};

function workspace(files: Record<string, string>): string {
  const dir = tmpDir();
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual([
      'base-ref',
      'comment',
      'format',
      'labels',
      'max-warnings',
      'output',
      'path',
      'token',
      'version',
    ]);
    expect(action.inputs.format!.default).toBe('github');
    expect(step('orgctl diff').if).toContain("inputs.base-ref != ''");
  });

  it('validate: a clean org passes; an error is an annotation and fails the step', () => {
    const clean = workspace(ORG);
    const ok = runStep('orgctl validate', clean, {
      ORGCTL_PATH: 'org',
      ORGCTL_FORMAT: 'github',
      ORGCTL_OUTPUT: '',
      ORGCTL_MAX_WARNINGS: '',
    });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);

    const broken = workspace({ ...ORG, 'org/bad.yaml': 'kind: Role\nid: 美工\ntitle: 美工\ndepartment: ops\nreports_to: 运营总鉴\n' });
    const r = runStep('orgctl validate', broken, {
      ORGCTL_PATH: 'org',
      ORGCTL_FORMAT: 'github',
      ORGCTL_OUTPUT: '',
      ORGCTL_MAX_WARNINGS: '',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=org\/bad\.yaml,line=5,col=13,.*reports-to-unknown/m);
  });

  it('validate: max-warnings and output are passed on', () => {
    const warned = workspace({
      ...ORG,
      'org/organization.yaml': `${ORG['org/organization.yaml']}rules:\n  span-of-control: [warn, {max: 2}]\n`,
    });
    const env = { ORGCTL_PATH: 'org', ORGCTL_FORMAT: 'sarif', ORGCTL_OUTPUT: 'orgctl.sarif' };
    expect(runStep('orgctl validate', warned, { ...env, ORGCTL_MAX_WARNINGS: '' }).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(warned, 'orgctl.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(runStep('orgctl validate', warned, { ...env, ORGCTL_MAX_WARNINGS: '0' }).code).toBe(1);
  });

  it('diff: fetches the base missing from a shallow clone and writes Markdown to the job summary', () => {
    // origin: main has the org; the pull request branch moves seats around.
    const origin = workspace(ORG);
    git(origin, ['init', '-q']);
    git(origin, ['add', '.']);
    git(origin, ['commit', '-qm', 'org']);
    git(origin, ['checkout', '-qb', 'feature']);
    fs.writeFileSync(path.join(origin, 'org/ops.yaml'), ORG['org/ops.yaml'].replace('headcount: 3', 'headcount: 5'));
    git(origin, ['commit', '-qam', 'more seats']);
    // What actions/checkout gives a pull request: one commit deep, no origin/main.
    const clone = tmpDir();
    git(clone, ['clone', '-q', '--depth=1', '--single-branch', '--branch', 'feature', `file://${origin}`, '.']);
    expect(() => git(clone, ['rev-parse', '--verify', 'origin/main^{commit}'])).toThrow();

    const summary = path.join(tmpDir(), 'summary.md');
    fs.writeFileSync(summary, '');
    const r = runStep('orgctl diff', clone, { ORGCTL_PATH: 'org', ORGCTL_BASE_REF: 'origin/main', GITHUB_STEP_SUMMARY: summary });
    expect(r.stderr.replace(/^From .*\n|^ \* .*\n/gm, '')).toBe('');
    expect(r.code).toBe(0);
    const md = fs.readFileSync(summary, 'utf8');
    expect(md).toContain('## orgctl diff');
    expect(md).toContain('客服');
    // The org is zh-CN: the summary speaks Chinese ("编制" is headcount).
    expect(md).toMatch(/编制:3 → 5/);
  });

  it('diff: a pull request that adds the org for the first time gets the whole org as added, not exit 2', () => {
    const repo = workspace({ 'README.md': 'no org yet\n' });
    git(repo, ['init', '-q']);
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'start']);
    git(repo, ['tag', 'base']);
    for (const [rel, text] of Object.entries(ORG)) {
      fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
      fs.writeFileSync(path.join(repo, rel), text);
    }
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'the org']);
    const summary = path.join(tmpDir(), 'summary.md');
    fs.writeFileSync(summary, '');
    const r = runStep('orgctl diff', repo, {
      ORGCTL_PATH: 'org',
      ORGCTL_BASE_REF: 'base',
      ORGCTL_COMMENT: 'false',
      ORGCTL_LABELS: '[]',
      ORGCTL_TOKEN: '',
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(r.code).toBe(0);
    const md = fs.readFileSync(summary, 'utf8');
    expect(md).toContain('此变更新增了组织:`org` 在 `base` 中不存在,因此与空组织比较(所有内容均为新增)。');
    expect(md).toMatch(/\*\*新增 \d+ · 变更 0 · 删除 0\*\*/);
  });

  it("diff: passes the pull request's labels as JSON, so a label with a comma approves a protected change", () => {
    const policy = 'diff_policy:\n  protected:\n    - department: ops\n      needs_label: "HR, approved"\n';
    const repo = workspace({ ...ORG, 'org/organization.yaml': ORG['org/organization.yaml'] + policy });
    git(repo, ['init', '-q']);
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'org']);
    git(repo, ['tag', 'base']);
    fs.writeFileSync(path.join(repo, 'org/ops.yaml'), ORG['org/ops.yaml'].replace('headcount: 3', 'headcount: 5'));
    git(repo, ['commit', '-qam', 'more seats']);
    // The input's default: toJSON(github.event.pull_request.labels.*.name).
    expect(action.inputs.labels!.default).toBe('${{ toJSON(github.event.pull_request.labels.*.name) }}');
    expect(step('orgctl diff').env.ORGCTL_LABELS).toBe('${{ inputs.labels }}');
    const summary = path.join(tmpDir(), 'summary.md');
    const run = (labels: string) => {
      fs.writeFileSync(summary, '');
      return runStep('orgctl diff', repo, {
        ORGCTL_PATH: 'org',
        ORGCTL_BASE_REF: 'base',
        ORGCTL_COMMENT: 'false',
        ORGCTL_LABELS: labels,
        ORGCTL_TOKEN: '',
        GITHUB_STEP_SUMMARY: summary,
      });
    };
    expect(run('[\n  "HR, approved",\n  "documentation"\n]').code).toBe(0);
    expect(run('HR, approved\ndocumentation').code).toBe(0); // one per line
    const unlabelled = run('[]');
    expect(unlabelled.code).toBe(1);
    expect(fs.readFileSync(summary, 'utf8')).toContain('HR, approved');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares the orgctl-validate hook as the brief says', () => {
    const hooks = parse(fs.readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'orgctl-validate', language: 'node', entry: 'orgctl validate', pass_filenames: false });
    const files = new RegExp(hooks[0]!.files as string);
    expect(['org/a.yaml', 'org/b.yml'].every((f) => files.test(f))).toBe(true);
    expect(files.test('README.md')).toBe(false);
    // The entry is the package's bin.
    expect(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).bin.orgctl).toBeDefined();
  });
});

describe('docs/ci examples', () => {
  it('the GitHub workflow uses the action on the org with a base for pull requests', () => {
    const wf = parse(fs.readFileSync(path.join(REPO_ROOT, 'docs/ci/github-workflow.yml'), 'utf8'));
    const steps = wf.jobs.orgctl.steps as { uses?: string; with?: Record<string, unknown> }[];
    const orgctl = steps.find((s) => s.uses?.includes('/orgctl@'))!;
    expect(orgctl.with).toMatchObject({ path: 'org', 'max-warnings': 0 });
    for (const key of Object.keys(orgctl.with!)) expect(Object.keys(action.inputs)).toContain(key);
    expect(String(orgctl.with!['base-ref'])).toContain('github.base_ref');
  });

  it('the GitLab pipeline keeps the JUnit report as an artifact, even when validate fails', () => {
    const ci = parse(fs.readFileSync(path.join(REPO_ROOT, 'docs/ci/gitlab-ci.yml'), 'utf8'));
    const job = ci.orgctl;
    const script = (job.script as string[]).join('\n');
    expect(script).toContain('--format junit -o orgctl-junit.xml');
    expect(job.artifacts).toMatchObject({ when: 'always', reports: { junit: 'orgctl-junit.xml' } });
  });

  it('none of the example pipelines sits where `orgctl validate examples/` would read it', () => {
    expect(fs.existsSync(path.join(REPO_ROOT, 'examples/ci'))).toBe(false);
  });
});
