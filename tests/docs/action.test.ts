/**
 * `orgctl docs` as a user runs it (in-process, through the CLI's main): what
 * lands in DIR, what is left alone, exit codes, and what goes to stdout and
 * stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST } from '../../src/docs/index.js';
import { SHOP_FILES, writeOrg } from './fixtures.js';
import { runMain } from '../support/main.js';
import { brokenMarkdownLinks } from './linkcheck.js';

function tmpDir(prefix = 'orgctl-docs-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every file under dir → content (for byte-for-byte comparisons). */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

const run = runMain;

afterEach(() => {
  process.exitCode = 0;
});

describe('orgctl docs', () => {
  it('writes the Markdown handbook and its manifest; nothing on stdout; links resolve on disk', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = path.join(tmpDir(), 'handbook');
    const r = await run(['docs', org, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^orgctl: handbook in .*handbook: 11 files \(11 written, 0 unchanged, 0 removed\)\n$/);
    expect(r.stderr).not.toContain('\r'); // no progress when stderr is not a terminal
    const files = snapshot(out);
    expect([...files.keys()]).toContain('roles/运营主管.md');
    const manifest = JSON.parse(files.get(MANIFEST)!.toString('utf8'));
    expect(Object.keys(manifest.files)).toHaveLength(11);
    // The org chart from \`orgctl chart\`, embedded as chart.svg.
    expect(files.get('chart.svg')!.toString('utf8')).toContain('<svg');
    expect(files.get('README.md')!.toString('utf8')).toContain('![组织架构图](chart.svg)');
    const pages = new Map([...files].filter(([p]) => p !== MANIFEST).map(([p, b]) => [p, b.toString('utf8')]));
    expect(brokenMarkdownLinks(pages)).toEqual([]);
    // The org's locale (zh-CN) is the default language.
    expect(pages.get('README.md')).toContain('## <a id="overview-tree"></a>组织架构');
  });

  it('reruns are byte-identical and rewrite nothing', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    await run(['docs', org, '-o', out]);
    const first = snapshot(out);
    const mtime = fs.statSync(path.join(out, 'README.md')).mtimeMs;
    const r = await run(['docs', org, '-o', out]);
    expect(r.stderr).toContain('(0 written, 11 unchanged, 0 removed)');
    expect(snapshot(out)).toEqual(first);
    expect(fs.statSync(path.join(out, 'README.md')).mtimeMs).toBe(mtime);
  });

  it('--lang overrides the locale; --format html writes one handbook and removes the Markdown pages it wrote before', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    await run(['docs', org, '-o', out, '--lang', 'en']);
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toContain('Department structure');
    const r = await run(['docs', org, '-o', out, '--format', 'html']);
    expect(r.code).toBe(0);
    expect([...snapshot(out).keys()].sort()).toEqual([MANIFEST, 'handbook.html']);
    expect(fs.readFileSync(path.join(out, 'handbook.html'), 'utf8')).toContain('<html lang="zh-CN">');
  });

  it("leaves the user's own files alone, and removes pages of entities that are gone", async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    await run(['docs', org, '-o', out]);
    fs.writeFileSync(path.join(out, 'roles', 'my-notes.md'), 'mine too');

    // 售前客服 leaves the org (and the workflow that names it goes too).
    const dept = SHOP_FILES['departments.yaml']!.replace(/ {2}- id: 售前客服\n(?: {4}.*\n)*/, '');
    fs.writeFileSync(path.join(org, 'departments.yaml'), dept);
    fs.rmSync(path.join(org, 'workflows.yaml'));
    const r = await run(['docs', org, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 removed');
    const files = [...snapshot(out).keys()];
    expect(files).not.toContain('roles/售前客服.md');
    expect(files).not.toContain('workflows/售前接待.md');
    expect(fs.existsSync(path.join(out, 'workflows'))).toBe(false); // its folder was orgctl's and is now empty
    expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(fs.readFileSync(path.join(out, 'roles', 'my-notes.md'), 'utf8')).toBe('mine too');
  });

  it('keeps a stale page the user edited, with a warning, and from then on treats it as theirs', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    await run(['docs', org, '-o', out]);
    fs.appendFileSync(path.join(out, 'workflows', '售前接待.md'), '\n我的补充\n');
    fs.rmSync(path.join(org, 'workflows.yaml'));
    const r = await run(['docs', org, '-o', out]);
    expect(r.stderr).toMatch(/warning: left .*售前接待\.md in place: it was edited/);
    expect(fs.readFileSync(path.join(out, 'workflows', '售前接待.md'), 'utf8')).toContain('我的补充');
    const manifest = JSON.parse(fs.readFileSync(path.join(out, MANIFEST), 'utf8'));
    expect(manifest.files['workflows/售前接待.md']).toBeUndefined();
  });

  it('refuses to overwrite a file it did not write (exit 2, one line, nothing written)', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    fs.writeFileSync(path.join(out, 'README.md'), '# my project\n');
    const r = await run(['docs', org, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^orgctl: refusing to overwrite .*README\.md: not written by orgctl docs; move it or choose another -o directory\n$/,
    );
    expect([...snapshot(out).keys()]).toEqual(['README.md']);
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('# my project\n');
  });

  it('a file where a page folder goes is one obstacle, named as such (not "and 5 more" pages to overwrite)', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    fs.writeFileSync(path.join(out, 'roles'), 'my notes\n');
    const r = await run(['docs', org, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^orgctl: refusing to write into .*roles: orgctl docs writes a folder there, and it is a file; move it or choose another -o directory\n$/,
    );
    expect([...snapshot(out).keys()]).toEqual(['roles']);
  });

  it('-o naming a link to a folder that does not exist says so and how to fix it (was "cannot write DIR: EEXIST")', async () => {
    const org = writeOrg(SHOP_FILES);
    const parent = tmpDir();
    const out = path.join(parent, 'handbook');
    fs.symlinkSync(path.join(parent, 'missing'), out);
    const r = await run(['docs', org, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^orgctl: -o .*handbook is a symbolic link to .*missing, which does not exist: create that folder, or choose another -o directory\n$/,
    );
    expect(fs.readdirSync(parent)).toEqual(['handbook']);
  });

  it('never deletes outside DIR, whatever the manifest says', async () => {
    const org = writeOrg(SHOP_FILES);
    const parent = tmpDir();
    const out = path.join(parent, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(parent, 'precious.txt'), 'x');
    const hash = (await import('node:crypto')).createHash('sha256').update('x').digest('hex');
    fs.writeFileSync(
      path.join(out, MANIFEST),
      JSON.stringify({
        generator: 'orgctl docs',
        version: 1,
        files: { '../precious.txt': hash, [path.join(parent, 'precious.txt')]: hash },
      }),
    );
    const r = await run(['docs', org, '-o', out]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(parent, 'precious.txt'), 'utf8')).toBe('x');
  });

  it('needs -o, and -o must be a directory (exit 2, one line)', async () => {
    const org = writeOrg(SHOP_FILES);
    const missing = await run(['docs', org]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('orgctl: docs needs an output directory: -o DIR\n');
    const file = path.join(tmpDir(), 'f.txt');
    fs.writeFileSync(file, '');
    const notDir = await run(['docs', org, '-o', file]);
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toMatch(/^orgctl: -o must be a directory: .*f\.txt is a file\n$/);
    const badLang = await run(['docs', org, '-o', tmpDir(), '--lang', 'fr']);
    expect(badLang.code).toBe(2);
  });

  it('an org with errors still gets its handbook, without findings unless --findings; exit 1 and the count on stderr', async () => {
    const org = writeOrg({
      ...SHOP_FILES,
      'extra.yaml': 'kind: Role\nid: 临时工\ntitle: 临时工\ndepartment: 运营部\nreports_to: 运营主菅\n',
    });
    const plain = tmpDir();
    const first = await run(['docs', org, '-o', plain]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain("orgctl: warning: the org has 1 error; run 'orgctl validate' for details\n");
    expect(fs.readFileSync(path.join(plain, 'README.md'), 'utf8')).not.toContain('[!WARNING]');
    const out = tmpDir();
    const r = await run(['docs', org, '-o', out, '--findings']);
    expect(r.code).toBe(1);
    const readme = fs.readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(readme).toContain('> [!WARNING]');
    expect(readme).toContain('该组织有 1 个错误');
    expect(readme).toContain('`reports-to-unknown`');
    expect(fs.readFileSync(path.join(out, 'roles', '临时工.md'), 'utf8')).toContain('**直接上级**:运营主菅(未定义)');
  });

  it('DIR may be inside the org directory (the pages are not YAML, so the org is unchanged)', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = path.join(org, 'handbook');
    expect((await run(['docs', org, '-o', out])).code).toBe(0);
    const again = await run(['docs', org, '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('(0 written, 11 unchanged, 0 removed)');
  });
});

/**
 * `docs ORG -o OUT --findings` run from each directory given (with an org that has findings, so exit 1),
 * and the handbook's README each run wrote to WORK/handbook.
 */
async function handbookFromEach(
  work: string,
  runs: readonly (readonly [string, string, string])[],
  extra: string[] = [],
): Promise<string[]> {
  fs.mkdirSync(path.join(work, 'sub'), { recursive: true });
  const cwd = process.cwd();
  const pages: string[] = [];
  try {
    for (const [dir, orgArg, outArg] of runs) {
      process.chdir(dir);
      expect((await run(['docs', orgArg, '-o', outArg, '--findings', ...extra])).code).toBe(1);
      pages.push(fs.readFileSync(path.join(work, 'handbook', 'README.md'), 'utf8'));
    }
  } finally {
    process.chdir(cwd);
  }
  return pages;
}

describe('orgctl docs --findings', () => {
  it('gives the same handbook from any directory: files are named relative to DIR, where the page is', async () => {
    const work = tmpDir();
    const org = path.join(work, 'org');
    writeOrg({ ...SHOP_FILES, 'broken.yaml': 'kind: Role\nid: 孤儿\ntitle: 孤儿\nreports_to: 不存在\n' }, org);
    const pages = await handbookFromEach(work, [
      [work, 'org', 'handbook'],
      [path.join(work, 'sub'), '../org', '../handbook'],
      [org, '.', '../handbook'],
    ]);
    expect(pages[0]).toMatch(/ \.\.\/org\/broken\.yaml:\d+:\d+ — /);
    expect(pages[1]).toBe(pages[0]);
    expect(pages[2]).toBe(pages[0]);
  });

  it('names the files inside messages relative to DIR too (a duplicate id’s first place, a file that does not parse)', async () => {
    const work = tmpDir();
    const org = path.join(work, 'org');
    writeOrg(
      {
        ...SHOP_FILES,
        'twice.yaml': 'kind: Role\nid: 孤儿\ntitle: 孤儿\n---\nkind: KPI\nid: 孤儿\nname: 孤儿\n',
        'bad.yaml': 'kind: Department\nid: 坏部门\nname: 坏部门\nname: 又一个\n',
        'uses.yaml': 'kind: Role\nid: 用户\ntitle: 用户\ndepartment: 坏部门\n',
      },
      org,
    );
    const pages = await handbookFromEach(
      work,
      [
        [work, 'org', 'handbook'],
        [path.join(work, 'sub'), '../org', '../handbook'],
      ],
      ['--lang', 'en'],
    );
    expect(pages[0]).toContain('(../org/twice.yaml:');
    expect(pages[0]).toContain('because ../org/bad.yaml does not parse');
    expect(pages[1]).toBe(pages[0]);
  });
});

describe('orgctl docs -o -', () => {
  it('is exit 2 (a handbook is a folder, not stdout), not a folder named "-" in the current directory', async () => {
    const work = tmpDir();
    const org = writeOrg(SHOP_FILES, path.join(work, 'org'));
    const cwd = process.cwd();
    try {
      process.chdir(work);
      const result = await run(['docs', org, '-o', '-']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        "orgctl: docs writes a folder of pages, not stdout: name a directory with -o DIR (e.g. -o handbook/), not '-'\n",
      );
      expect(fs.readdirSync(work)).toEqual(['org']);
    } finally {
      process.chdir(cwd);
    }
  });
});
