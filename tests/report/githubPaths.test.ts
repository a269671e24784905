/**
 * `validate --format github` run in a subfolder of the repository: GitHub places an annotation at
 * `file=` taken from the repository root (GITHUB_WORKSPACE), so a path relative to the folder the
 * command ran in would name no file of the pull request. Needs `npm run build`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmpDir = temporaryDirs('orgctl-github-paths-');

const ORG = {
  'org/organization.yaml': 'kind: Organization\nid: shop\nname: 小店\n',
  'org/teams/ops.yaml':
    'kind: Department\nid: ops\nname: 运营部\nhead: lead\nroles:\n  - id: lead\n    title: L\n  - id: r\n    title: R\n    reports_to: leed\n',
};

const workspace = () => writeTree(tmpDir(), ORG);

const files = (stdout: string) => [...stdout.matchAll(/^::error file=([^,]*),/gm)].map((m) => m[1]);

describe('validate --format github: annotation paths', () => {
  it('from a subfolder of GITHUB_WORKSPACE, name files from the workspace (the repository root)', () => {
    const ws = workspace();
    const r = runCli(['validate', '.', '--format', 'github'], { cwd: path.join(ws, 'org'), env: { GITHUB_WORKSPACE: ws } });
    expect(r.stderr).toBe('');
    expect(files(r.stdout)).toEqual(['org/teams/ops.yaml']);
    const deeper = runCli(['validate', '..', '--format', 'github'], { cwd: path.join(ws, 'org/teams'), env: { GITHUB_WORKSPACE: ws } });
    expect(files(deeper.stdout)).toEqual(['org/teams/ops.yaml']);
  });

  it('at the workspace root, or without GITHUB_WORKSPACE, or outside it: relative to the current folder, as before', () => {
    const ws = workspace();
    expect(files(runCli(['validate', 'org', '--format', 'github'], { cwd: ws, env: { GITHUB_WORKSPACE: ws } }).stdout)).toEqual([
      'org/teams/ops.yaml',
    ]);
    const sub = path.join(ws, 'org');
    expect(files(runCli(['validate', '.', '--format', 'github'], { cwd: sub, env: { GITHUB_WORKSPACE: undefined } }).stdout)).toEqual([
      'teams/ops.yaml',
    ]);
    const elsewhere = tmpDir();
    expect(files(runCli(['validate', '.', '--format', 'github'], { cwd: sub, env: { GITHUB_WORKSPACE: elsewhere } }).stdout)).toEqual([
      'teams/ops.yaml',
    ]);
  });

  it('other formats keep paths relative to the current folder', () => {
    const ws = workspace();
    const r = runCli(['validate', '.', '--format', 'compact'], { cwd: path.join(ws, 'org'), env: { GITHUB_WORKSPACE: ws } });
    expect(r.stdout).toMatch(/^teams\/ops\.yaml:/m);
  });
});
