/**
 * Paths in findings are relative to the directory the user is in. When that directory was reached
 * through a symbolic link, process.cwd() names the real folder, while the shell (and a script writing
 * "$PWD/org") names the link: `$PWD` is the user's name for it, trusted only when it is the same folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/core/paths.js';
import { runCli } from '../support/cli.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-paths-');

const ORG_FILES = {
  'org/organization.yaml': 'kind: Organization\nid: acme\nname: Acme\n',
  'org/roles.yaml': 'kind: Role\nid: a\ntitle: A\nreports_to: nobody\n',
};

/** `<tmp>/real/deep/repo` holding an org, and `<tmp>/link` pointing at it. */
function linkedRepo(): { real: string; link: string } {
  const base = fs.realpathSync(tmp());
  const real = writeTree(path.join(base, 'real/deep/repo'), ORG_FILES);
  const link = path.join(base, 'link');
  fs.symlinkSync(real, link);
  return { real, link };
}

/** The file names the stylish report prints (its lines that do not start with a blank). */
const fileLines = (stdout: string) => stdout.split('\n').filter((l) => l !== '' && !l.startsWith(' ') && !/problem/.test(l));

describe('paths from a folder reached through a link', () => {
  it('are relative to where the shell is, for the org named through the link', () => {
    const { link } = linkedRepo();
    const run = runCli(['validate', path.join(link, 'org')], { cwd: link, env: { PWD: link } });
    expect(run.code).toBe(1);
    expect(fileLines(run.stdout)).toEqual(['org/roles.yaml']);
  });

  it('are unchanged for a relative org path', () => {
    const { link } = linkedRepo();
    const run = runCli(['validate', 'org'], { cwd: link, env: { PWD: link } });
    expect(fileLines(run.stdout)).toEqual(['org/roles.yaml']);
  });

  it('do not trust a PWD that names another folder', () => {
    const { real, link } = linkedRepo();
    const elsewhere = fs.realpathSync(tmp());
    const run = runCli(['validate', path.join(real, 'org')], { cwd: link, env: { PWD: elsewhere } });
    expect(fileLines(run.stdout)).toEqual(['org/roles.yaml']);
  });

  it('displayPath maps a path below $PWD, and keeps the real cwd for the rest', () => {
    const { real, link } = linkedRepo();
    const before = process.env.PWD;
    try {
      process.env.PWD = link;
      expect(displayPath(path.join(link, 'org/roles.yaml'), real)).toBe('org/roles.yaml');
      expect(displayPath(path.join(real, 'org/roles.yaml'), real)).toBe('org/roles.yaml');
      // Above the cwd, `..` is what the kernel follows from the real folder: a path tools can open.
      expect(displayPath(path.join(real, '../sibling.yaml'), real)).toBe('../sibling.yaml');
      process.env.PWD = path.dirname(link);
      expect(displayPath(path.join(link, 'org/roles.yaml'), real)).toBe('../../../link/org/roles.yaml');
    } finally {
      if (before === undefined) delete process.env.PWD;
      else process.env.PWD = before;
    }
  });
});
