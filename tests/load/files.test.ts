/**
 * A file reached twice — through a symlink beside it, or a path given twice in
 * two spellings — is read once: every entity in it would otherwise be a
 * duplicate-id of itself, reported at the real file as a copy of the link.
 * The path kept is the file's own, not the link's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findYamlFiles } from '../../src/load/files.js';
import { loadOrg, loadOrgFast, loadSide } from '../../src/model/load.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-files-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function org(name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'org.yaml'), 'kind: Organization\nid: acme\nname: 阿克米\n');
  return dir;
}

describe.skipIf(process.platform === 'win32')('files reached twice', () => {
  it('a symlink to a file of the org is not read as a second copy', () => {
    const dir = org('file-link');
    fs.symlinkSync('org.yaml', path.join(dir, 'a-link.yaml')); // sorts before the file it names
    expect(findYamlFiles([dir])).toEqual([path.join(dir, 'org.yaml')]);
  });

  it('a file given explicitly and found by a directory walk through a link is one file', () => {
    const dir = org('explicit');
    fs.symlinkSync('org.yaml', path.join(dir, 'copy.yaml'));
    expect(findYamlFiles([path.join(dir, 'copy.yaml'), dir])).toEqual([path.join(dir, 'org.yaml')]);
  });

  it('two folders given, one a link to the other (or to a folder in it): each file is read once', () => {
    const dir = org('folder-twice');
    fs.mkdirSync(path.join(dir, 'roles'));
    fs.writeFileSync(path.join(dir, 'roles', 'r.yaml'), 'kind: Role\nid: r\ntitle: R\n');
    const alias = path.join(tmp, 'folder-twice-alias');
    fs.symlinkSync(dir, alias);
    const roles = path.join(tmp, 'folder-twice-roles');
    fs.symlinkSync(path.join(dir, 'roles'), roles);
    expect(findYamlFiles([dir, alias, roles])).toEqual([path.join(dir, 'org.yaml'), path.join(dir, 'roles', 'r.yaml')]);
    expect(findYamlFiles([alias, roles])).toEqual([path.join(alias, 'org.yaml'), path.join(alias, 'roles', 'r.yaml')]);
  });

  it('a link to a file outside the org is not read', () => {
    const outside = org('outside');
    const dir = org('inside');
    fs.symlinkSync(path.join(outside, 'org.yaml'), path.join(dir, 'shared.yaml'));
    expect(findYamlFiles([dir])).toEqual([path.join(dir, 'org.yaml')]);
  });

  it('a folder linked under a name that sorts before it: its files are named by the real folder', () => {
    const dir = org('dir-link');
    fs.mkdirSync(path.join(dir, 'zz-real', 'deep'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'zz-real', 'deep', 'r.yaml'), 'kind: Role\nid: r\ntitle: R\n');
    fs.symlinkSync('zz-real', path.join(dir, 'a-link'));
    fs.symlinkSync('zz-real/deep/r.yaml', path.join(dir, 'b-file-link.yaml'));
    const want = [path.join(dir, 'org.yaml'), path.join(dir, 'zz-real', 'deep', 'r.yaml')];
    expect(findYamlFiles([dir])).toEqual(want);
    // The same names whatever the link is called, and from a walk that starts below the link.
    fs.renameSync(path.join(dir, 'a-link'), path.join(dir, 'zzz-link'));
    expect(findYamlFiles([dir])).toEqual(want);
  });
});

describe.skipIf(process.platform === 'win32')('links leading out of the folder given', () => {
  // What a hostile pull request plants: a file the CI runner can read, outside the repository.
  const SECRET = 'kind: Role\nid: secret-role\ntitle: TOKEN=hunter2\nreports_to: nobody-hunter2\n';

  function hostile(name: string): { root: string; dir: string } {
    const root = path.join(tmp, name);
    const dir = org(path.join(name, 'repo', 'org'));
    fs.writeFileSync(path.join(root, 'secrets.yaml'), SECRET);
    fs.mkdirSync(path.join(root, 'outside-dir'));
    fs.writeFileSync(path.join(root, 'outside-dir', 'more.yaml'), SECRET);
    fs.mkdirSync(path.join(dir, 'roles'));
    fs.symlinkSync('../../../secrets.yaml', path.join(dir, 'roles', 'x.yaml')); // relative, out of org and repo
    fs.symlinkSync(path.join(root, 'secrets.yaml'), path.join(dir, 'roles', 'y.yaml')); // absolute
    fs.symlinkSync('x.yaml', path.join(dir, 'roles', 'z.yaml')); // a link to the link: still outside
    fs.symlinkSync(path.join(root, 'outside-dir'), path.join(dir, 'shared')); // a folder outside
    fs.symlinkSync('..', path.join(dir, 'roles', 'up')); // a loop inside the folder: followed once
    fs.symlinkSync('../..', path.join(dir, 'roles', 'up2')); // the folder's parent: outside
    return { root, dir };
  }

  it('are not read: each is one yaml-syntax finding at the link, saying to replace it with the file', () => {
    const { root, dir } = hostile('hostile-loader');
    const model = loadOrg(['org'], path.join(root, 'repo'));
    expect([...model.roles.keys()]).toEqual([]);
    const findings = model.buildFindings.filter((f) => f.rule === 'yaml-syntax');
    expect(findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['org/roles/up2', 1, 1],
      ['org/roles/x.yaml', 1, 1],
      ['org/roles/y.yaml', 1, 1],
      ['org/roles/z.yaml', 1, 1],
      ['org/shared', 1, 1],
    ]);
    expect(findings[1]!.message).toBe(
      "file is a symbolic link to a file outside the folder 'org', which orgctl does not read: replace the link with the file itself",
    );
    expect(findings[4]!.message).toBe(
      "folder is a symbolic link to a folder outside the folder 'org', which orgctl does not read: replace the link with the folder itself",
    );
    expect(JSON.stringify(model.buildFindings)).not.toContain('hunter2');
    expect(fs.existsSync(path.join(dir, 'roles', 'up'))).toBe(true);
  });

  it('the parallel and cached loader and the diff loader say the same', async () => {
    const { root } = hostile('hostile-fast');
    const cwd = path.join(root, 'repo');
    const plain = loadOrg(['org'], cwd).buildFindings;
    const fast = await loadOrgFast(['org'], cwd, { jobs: 1 });
    expect(fast.buildFindings).toEqual(plain);
    expect(loadSide({ kind: 'path', path: 'org' }, 'org', cwd).buildFindings).toEqual(plain);
  });

  it('a link to a file inside the folder given still works, named by its real path', () => {
    const dir = org('inside-link');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'kpi.yaml'), 'kind: KPI\nid: k\nname: K\n');
    fs.symlinkSync('sub/kpi.yaml', path.join(dir, 'a.yaml'));
    const model = loadOrg([dir], tmp);
    expect([...model.kpis.keys()]).toEqual(['k']);
    expect(model.buildFindings.filter((f) => f.rule === 'yaml-syntax')).toEqual([]);
  });

  it('folder loops (a link to itself, to an ancestor inside, two links naming each other) end', () => {
    const dir = org('loops');
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a', 'b', 'k.yaml'), 'kind: KPI\nid: k\nname: K\n');
    fs.symlinkSync('.', path.join(dir, 'a', 'self'));
    fs.symlinkSync('../..', path.join(dir, 'a', 'b', 'top'));
    fs.symlinkSync('q', path.join(dir, 'p'));
    fs.symlinkSync('p', path.join(dir, 'q'));
    expect(findYamlFiles([dir])).toEqual([path.join(dir, 'a', 'b', 'k.yaml'), path.join(dir, 'org.yaml')]);
  });

  it('a folder given through a link: its files keep the name given, and the link is not "outside"', () => {
    const dir = org('given-real');
    const given = path.join(tmp, 'given-link');
    fs.symlinkSync(dir, given);
    expect(findYamlFiles([given])).toEqual([path.join(given, 'org.yaml')]);
  });
});

describe.skipIf(process.platform === 'win32')('a YAML file that is a link leading nowhere', () => {
  it('is one yaml-syntax finding at the link that says the fix, from every loader (it was skipped unseen)', async () => {
    const dir = org('broken-links');
    fs.symlinkSync('gone.yaml', path.join(dir, 'roles.yaml')); // its target was deleted or never committed
    fs.symlinkSync('loop-b.yaml', path.join(dir, 'loop-a.yaml'));
    fs.symlinkSync('loop-a.yaml', path.join(dir, 'loop-b.yaml'));
    fs.symlinkSync('nowhere', path.join(dir, 'notes.txt')); // not YAML: not the org's, as before
    const cwd = path.dirname(dir);
    const findings = loadOrg(['broken-links'], cwd).buildFindings.filter((f) => f.rule === 'yaml-syntax');
    expect(findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual([
      [
        'broken-links/loop-a.yaml',
        1,
        1,
        'file is a symbolic link in a loop of links, so orgctl cannot read it: point the link at a file, or remove it',
      ],
      [
        'broken-links/loop-b.yaml',
        1,
        1,
        'file is a symbolic link in a loop of links, so orgctl cannot read it: point the link at a file, or remove it',
      ],
      [
        'broken-links/roles.yaml',
        1,
        1,
        'file is a symbolic link to nothing (its target does not exist), so orgctl cannot read it: restore the target, or remove the link',
      ],
    ]);
    expect((await loadOrgFast(['broken-links'], cwd, { jobs: 1 })).buildFindings).toEqual(loadOrg(['broken-links'], cwd).buildFindings);
  });
});
