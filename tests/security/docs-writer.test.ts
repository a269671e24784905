/**
 * `orgctl docs -o DIR` on a handbook folder a pull request filled: links
 * below DIR, a forged manifest, names built to pass 255 bytes or to collide on
 * Windows and macOS, temp files of a killed run. Nothing outside DIR is ever
 * written or removed; a file is replaced or removed only while it holds what
 * orgctl wrote. The kill test runs bin/orgctl.js, so it needs a build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST } from '../../src/docs/index.js';
import { assignNames, baseName } from '../../src/docs/paths.js';
import { collisionKey, TEMP_NAME_OVERHEAD_BYTES } from '../../src/core/fs/fileNames.js';
import { writeFileAtomic } from '../../src/core/fs/output.js';
import { SHOP_FILES, writeOrg } from '../docs/fixtures.js';
import { runCli } from '../support/cli.js';
import { runMain } from '../support/main.js';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function tmpDir(prefix = 'orgctl-docs-writer-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every entry under dir (links listed as `-> target`, never followed) → content. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      const rel = path.relative(dir, full).split(path.sep).join('/');
      if (e.isSymbolicLink()) out.set(rel, `-> ${fs.readlinkSync(full)}`);
      else if (e.isDirectory()) walk(full);
      else out.set(rel, fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function manifest(files: Record<string, unknown> | unknown[]): string {
  return JSON.stringify({ generator: 'orgctl docs', version: 1, files });
}

const run = runMain;

/** exit 2 with exactly one line on stderr (no stack trace). */
function expectRefusal(r: { code: number; stderr: string }, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(/^orgctl: [^\n]*\n$/);
  expect(r.stderr).toMatch(pattern);
}

afterEach(() => {
  process.exitCode = 0;
});

describe('docs -o DIR never writes or deletes outside DIR through a link below it', () => {
  it('a planted `roles -> elsewhere` link and a forged manifest: exit 2 naming the link, elsewhere untouched, nothing written', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    const elsewhere = tmpDir('orgctl-elsewhere-');
    fs.writeFileSync(path.join(elsewhere, '运营主管.md'), 'precious: would be overwritten');
    fs.writeFileSync(path.join(elsewhere, 'gone.md'), 'precious: would be deleted');
    fs.symlinkSync(elsewhere, path.join(out, 'roles'));
    fs.writeFileSync(
      path.join(out, MANIFEST),
      manifest({ 'roles/运营主管.md': sha256('precious: would be overwritten'), 'roles/gone.md': sha256('precious: would be deleted') }),
    );
    const before = snapshot(elsewhere);
    const dirBefore = snapshot(out);
    const r = await run(['docs', org, '-o', out]);
    expectRefusal(
      r,
      new RegExp(`refusing to write through ${path.join(out, 'roles').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: it is a symbolic link`),
    );
    expect(snapshot(elsewhere)).toEqual(before);
    expect(snapshot(out)).toEqual(dirBefore);
  });

  it('a stale page behind a link is left alone with a warning (no page needs that folder any more)', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    const elsewhere = tmpDir('orgctl-elsewhere-');
    fs.writeFileSync(path.join(elsewhere, 'gone.md'), 'precious');
    fs.symlinkSync(elsewhere, path.join(out, 'roles'));
    fs.writeFileSync(path.join(out, MANIFEST), manifest({ 'roles/gone.md': sha256('precious') }));
    const r = await run(['docs', org, '-o', out, '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(elsewhere, 'gone.md'), 'utf8')).toBe('precious');
    expect(r.stderr).toMatch(/warning: left .*roles\/gone\.md in place: it is reached through a symbolic link/);
    expect(JSON.parse(fs.readFileSync(path.join(out, MANIFEST), 'utf8')).files).toEqual({ 'handbook.html': expect.any(String) });
  });

  it("a link at a page's own path is never replaced or written through, even when the manifest lists it", async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    const elsewhere = tmpDir('orgctl-elsewhere-');
    fs.writeFileSync(path.join(elsewhere, 'target.md'), 'precious');
    fs.symlinkSync(path.join(elsewhere, 'target.md'), path.join(out, 'README.md'));
    fs.writeFileSync(path.join(out, MANIFEST), manifest({ 'README.md': sha256('precious') }));
    const r = await run(['docs', org, '-o', out]);
    expectRefusal(r, /refusing to write through .*README\.md: it is a symbolic link/);
    expect(fs.lstatSync(path.join(out, 'README.md')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(elsewhere, 'target.md'), 'utf8')).toBe('precious');
  });

  it('a manifest that is a link is refused (it would be read from, and written over, elsewhere)', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    const elsewhere = tmpDir('orgctl-elsewhere-');
    fs.writeFileSync(path.join(elsewhere, 'settings.json'), manifest({}));
    fs.symlinkSync(path.join(elsewhere, 'settings.json'), path.join(out, MANIFEST));
    const r = await run(['docs', org, '-o', out]);
    expectRefusal(r, /refusing to use .*\.orgctl-docs\.json: it is a symbolic link/);
    expect(fs.lstatSync(path.join(out, MANIFEST)).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(elsewhere, 'settings.json'), 'utf8')).toBe(manifest({}));
  });

  it('DIR itself may be a link (the user named it): the handbook lands where it points', async () => {
    const org = writeOrg(SHOP_FILES);
    const target = tmpDir();
    const link = path.join(tmpDir(), 'handbook');
    fs.symlinkSync(target, link);
    const r = await run(['docs', org, '-o', link]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(target, 'roles', '运营主管.md'))).toBe(true);
    expect((await run(['docs', org, '-o', link])).stderr).toContain('(0 written, 11 unchanged, 0 removed)');
  });
});

describe('the manifest is untrusted: only files still holding what orgctl wrote are replaced or removed', () => {
  it('a listed page whose content no longer matches its hash is not overwritten (exit 2)', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    fs.writeFileSync(path.join(out, 'README.md'), '# my project\n');
    fs.writeFileSync(path.join(out, MANIFEST), manifest({ 'README.md': sha256('something else') }));
    const r = await run(['docs', org, '-o', out]);
    expectRefusal(r, /refusing to overwrite .*README\.md: changed since orgctl docs wrote it/);
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('# my project\n');
  });

  it('an old manifest without hashes lists files, but they count as edited: never removed or overwritten', async () => {
    const org = writeOrg(SHOP_FILES);
    for (const files of [['notes.md', 'README.md'], { 'notes.md': true, 'README.md': 'not-a-hash' }]) {
      const out = tmpDir();
      fs.writeFileSync(path.join(out, 'notes.md'), 'mine');
      fs.writeFileSync(path.join(out, MANIFEST), manifest(files));
      const html = await run(['docs', org, '-o', out, '--format', 'html']);
      expect(html.code, html.stderr).toBe(0);
      expect(fs.readFileSync(path.join(out, 'notes.md'), 'utf8')).toBe('mine');
      expect(html.stderr).toMatch(/left .*notes\.md in place: it was edited/);

      fs.writeFileSync(path.join(out, 'README.md'), '# mine\n');
      fs.writeFileSync(path.join(out, MANIFEST), manifest(files));
      expectRefusal(await run(['docs', org, '-o', out]), /refusing to overwrite .*README\.md/);
      expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('# mine\n');
    }
  });

  it('a stale entry naming a current page in another case (README.MD) is never removed: on macOS or Windows it is the page just written', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    fs.writeFileSync(path.join(out, 'README.MD'), 'listed');
    fs.writeFileSync(path.join(out, MANIFEST), manifest({ 'README.MD': sha256('listed') }));
    const r = await run(['docs', org, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('0 removed');
    expect(fs.readFileSync(path.join(out, 'README.MD'), 'utf8')).toBe('listed'); // a distinct file here (Linux), left alone
  });

  it('entries that leave DIR (or could, on some system) are ignored with one escaped warning line; nothing outside is touched', async () => {
    const org = writeOrg(SHOP_FILES);
    const parent = tmpDir();
    const out = path.join(parent, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(parent, 'precious.txt'), 'x');
    const h = sha256('x');
    const hostile = [
      '../precious.txt',
      path.join(parent, 'precious.txt'),
      'roles/../../precious.txt',
      '..\\precious.txt',
      'C:precious.txt',
      'a\0/../../precious.txt',
      './../precious.txt',
      '\u001b]0;pwned\u0007.md',
    ];
    fs.writeFileSync(path.join(out, MANIFEST), manifest(Object.fromEntries(hostile.map((e) => [e, h]))));
    const r = await run(['docs', org, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(parent, 'precious.txt'), 'utf8')).toBe('x');
    const warnings = r.stderr.split('\n').filter((l) => l.includes('ignored'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/warning: ignored ".*" \(and 7 more\) in .*\.orgctl-docs\.json: not a file orgctl docs writes/);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/); // no terminal escape from the manifest
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(out, MANIFEST), 'utf8')).files)).toHaveLength(11);
  });
});

describe('page names fit in 255 bytes together with their temp name', () => {
  it('docs writes a role whose id is 60 astral-plane characters (was ENAMETOOLONG)', async () => {
    const id = '𠀀'.repeat(60);
    const org = writeOrg({ ...SHOP_FILES, 'extra.yaml': `kind: Role\nid: ${id}\ntitle: 长名\ndepartment: 运营部\nreports_to: 运营主管\n` });
    const out = tmpDir();
    const r = await run(['docs', org, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const names = fs.readdirSync(path.join(out, 'roles'));
    const long = names.find((n) => n.startsWith('𠀀'))!;
    expect(long).toBeDefined();
    expect(bytes(long) + TEMP_NAME_OVERHEAD_BYTES).toBeLessThanOrEqual(255);
    expect(fs.readFileSync(path.join(out, 'roles.md'), 'utf8')).toContain(`(roles/${long})`);
  });

  it('every name, with its extension, a collision suffix and the temp suffix, is at most 255 bytes, cut between characters, unique and stable', () => {
    const ids = [
      '𠀀'.repeat(60),
      '𠀀'.repeat(59) + '𠀁',
      '𠀀'.repeat(300),
      '运'.repeat(200),
      'a'.repeat(300),
      'a'.repeat(299) + 'b',
      'e\u0301'.repeat(120),
      'ɑ' + '\u0301'.repeat(400),
      `con.${'x'.repeat(250)}`,
      '😀'.repeat(100),
      'Ab'.repeat(150),
      'aB'.repeat(150),
    ];
    const names = assignNames(ids);
    expect(new Set([...names.values()].map(collisionKey)).size).toBe(ids.length);
    for (const [id, name] of names) {
      expect(bytes(`${name}.md`) + TEMP_NAME_OVERHEAD_BYTES, id.slice(0, 10)).toBeLessThanOrEqual(255);
      expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name); // no half of a surrogate pair (it would not survive UTF-8)
      const cut = /^([^]*)~[0-9a-f]{8}$/u.exec(name);
      if (cut && !id.startsWith('con') && !id.startsWith('ɑ\u0301\u0301')) {
        expect(/^\p{M}/u.test(id.normalize('NFC').slice(cut[1]!.length)), id.slice(0, 10)).toBe(false); // a mark is never cut off from its letter
      }
      expect(baseName(id)).toBe(baseName(id));
    }
    // A letter followed by nothing but marks, longer than the budget, is still cut (between marks: there is no better place).
    expect(bytes(baseName('ɑ' + '\u0301'.repeat(400)))).toBeLessThanOrEqual(255 - TEMP_NAME_OVERHEAD_BYTES - 3);
  });

  it('writing any file (chart -o, validate -o) works for a 250-byte name: the temp name is shortened, not the file', () => {
    const dir = tmpDir();
    const file = path.join(dir, `${'运'.repeat(82)}.svg`); // 250 bytes
    writeFileAtomic(file, '<svg/>');
    expect(fs.readFileSync(file, 'utf8')).toBe('<svg/>');
    expect(fs.readdirSync(dir)).toEqual([path.basename(file)]);
  });
});

describe('temp files of a killed run', () => {
  /** Run bin/orgctl.js with renameSync patched to SIGKILL the process at its n-th rename (after writing that temp file). */
  function killedRun(args: string[], n: number): void {
    const hook = path.join(tmpDir(), 'kill.cjs');
    fs.writeFileSync(
      hook,
      `const fs = require('fs'); const rename = fs.renameSync; let n = 0;
fs.renameSync = function (from, to) { if (++n === ${n}) process.kill(process.pid, 'SIGKILL'); return rename.apply(this, arguments); };\n`,
    );
    const r = runCli(args, { nodeArgs: ['--require', hook] });
    expect(r.signal, r.stderr).toBe('SIGKILL');
  }
  const temps = (dir: string) => [...snapshot(dir).keys()].filter((p) => /(^|\/)\.[^/]*\.tmp$/.test(p));

  it('are removed by the next run, which also accepts the half-replaced pages as its own', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    expect((await run(['docs', org, '-o', out])).code).toBe(0);
    // Every page changes (a new org name), and the run dies at its third rename (the manifest was the first).
    fs.writeFileSync(path.join(org, 'org.yaml'), SHOP_FILES['org.yaml']!.replace('曼曼电商', '曼曼商城'));
    killedRun(['docs', org, '-o', out], 3);
    expect(temps(out)).toHaveLength(1);

    const r = await run(['docs', org, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(temps(out)).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toContain('曼曼商城');
  }, 60_000);

  it("only a listed file's temp names, regular files, of a writer that is gone: nothing else that looks like one", async () => {
    const org = writeOrg(SHOP_FILES);
    const out = tmpDir();
    expect((await run(['docs', org, '-o', out])).code).toBe(0);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const elsewhere = tmpDir('orgctl-elsewhere-');
    fs.writeFileSync(path.join(elsewhere, 'x'), 'precious');
    const keep = {
      'notes.txt': 'mine',
      [`.notes.txt.orgctl-${dead}-1.tmp`]: 'not for a listed file',
      [`.README.md.orgctl-${process.ppid}-1.tmp`]: 'its writer still runs',
      [`roles/.运营主管.md.${dead}.1.tmp`]: 'not orgctl’s temp name',
    };
    for (const [rel, content] of Object.entries(keep)) fs.writeFileSync(path.join(out, rel), content);
    fs.symlinkSync(path.join(elsewhere, 'x'), path.join(out, `.README.md.orgctl-${dead}-2.tmp`));
    fs.writeFileSync(path.join(out, `.README.md.orgctl-${dead}-3.tmp`), 'stale');
    fs.writeFileSync(path.join(out, 'roles', `.运营主管.md.orgctl-${dead}-3.tmp`), 'stale');

    const r = await run(['docs', org, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    for (const [rel, content] of Object.entries(keep)) expect(fs.readFileSync(path.join(out, rel), 'utf8')).toBe(content);
    expect(fs.lstatSync(path.join(out, `.README.md.orgctl-${dead}-2.tmp`)).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(elsewhere, 'x'), 'utf8')).toBe('precious');
    expect(fs.existsSync(path.join(out, `.README.md.orgctl-${dead}-3.tmp`))).toBe(false);
    expect(fs.existsSync(path.join(out, 'roles', `.运营主管.md.orgctl-${dead}-3.tmp`))).toBe(false);
  });
});

describe('names that are one file on Windows or macOS', () => {
  /** Windows opens a device for `con`, `con.txt`, `con.tar.gz`: the part before the first dot, trailing dots and spaces dropped, any case. */
  const isDevice = (file: string) => /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i.test(file.split('.')[0]!.replace(/[ .]+$/, ''));

  it('no page is a Windows device name, whatever follows the dot', () => {
    for (const id of ['con', 'con.txt', 'nul.md', 'com1.anything', 'lpt9.x', 'CON.tar.gz', 'Aux.', 'prn..x', 'com¹.x', 'LPT3.']) {
      const name = baseName(id);
      expect(isDevice(`${name}.md`), `${id} → ${name}`).toBe(false);
      expect(name.toLowerCase().startsWith(id.split('.')[0]!.toLowerCase())).toBe(true); // still readable
    }
  });

  it('ids equal under full case folding get distinct names (ς/σ, ſt/st, µ/μ, ß/ss, Kelvin K/k, ẞ/ss, ﬅ/st, İ/i̇)', () => {
    const pairs: [string, string][] = [
      ['ς', 'σ'],
      ['ſt', 'st'],
      ['µ', 'μ'],
      ['ß', 'ss'],
      ['\u212Ak', 'kk'],
      ['ẞ', 'ss'],
      ['ﬅ', 'st'],
      ['İ', 'i\u0307'],
      ['\u01F0', 'J\u030C'],
      ['ᾳ', 'αι'],
      ['ŉ', 'ʼn'],
      ['ﬀ', 'ff'],
    ];
    for (const [a, b] of pairs) {
      const names = [...assignNames([a, b]).values()];
      expect(
        names.filter((n) => n.endsWith('~2')),
        `${a} / ${b}: ${names.join(', ')}`,
      ).toHaveLength(1);
    }
  });

  it("the collision key puts together every pair the regular-expression engine's Unicode case folding does", { timeout: 60_000 }, () => {
    // V8's /iu matching implements CaseFolding.txt (C and S): an oracle independent of toUpperCase/toLowerCase.
    const cased: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (/\p{Changes_When_Casemapped}|\p{Changes_When_Casefolded}/u.test(ch)) cased.push(ch);
    }
    const alternatives = new RegExp(`^(?:${cased.map((ch) => `(\\u{${ch.codePointAt(0)!.toString(16)}})`).join('|')})$`, 'iu');
    const apart: string[] = [];
    for (const ch of cased) {
      const m = alternatives.exec(ch)!;
      const first = cased[m.findIndex((g: string | undefined, i) => i > 0 && g !== undefined) - 1]!; // the first code point /iu finds equal to ch
      if (collisionKey(first) !== collisionKey(ch))
        apart.push(`U+${ch.codePointAt(0)!.toString(16)} / U+${first.codePointAt(0)!.toString(16)}`);
    }
    expect(cased.length).toBeGreaterThan(2000);
    expect(apart).toEqual([]);
  });
});
