/**
 * `orgctl docs -o DIR` on ids built to pass 255 bytes or to collide on
 * Windows and macOS.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { assignNames, baseName } from '../../src/render/docs/paths.js';
import { collisionKey, TEMP_NAME_OVERHEAD_BYTES } from '../../src/util/fileNames.js';
import { writeFileAtomic } from '../../src/util/output.js';
import { SHOP_FILES, writeOrg } from '../docs/fixtures.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function tmpDir(prefix = 'orgctl-docs-writer-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  process.exitCode = 0;
  try {
    await main(['node', 'orgctl', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, stdout, stderr };
}

afterEach(() => {
  process.exitCode = 0;
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
      '𠀀'.repeat(60), '𠀀'.repeat(59) + '𠀁', '𠀀'.repeat(300), '运'.repeat(200), 'a'.repeat(300), 'a'.repeat(299) + 'b',
      ('e\u0301').repeat(120), 'ɑ' + '\u0301'.repeat(400), `con.${'x'.repeat(250)}`, '😀'.repeat(100), 'Ab'.repeat(150), 'aB'.repeat(150),
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
    const pairs = [['ς', 'σ'], ['ſt', 'st'], ['µ', 'μ'], ['ß', 'ss'], ['\u212Ak', 'kk'], ['ẞ', 'ss'], ['ﬅ', 'st'], ['İ', 'i\u0307'], ['\u01F0', 'J\u030C'], ['ᾳ', 'αι'], ['ŉ', 'ʼn'], ['ﬀ', 'ff']];
    for (const [a, b] of pairs) {
      const names = [...assignNames([a!, b!]).values()];
      expect(names.filter((n) => n.endsWith('~2')), `${a} / ${b}: ${names.join(', ')}`).toHaveLength(1);
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
      const first = cased[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!; // the first code point /iu finds equal to ch
      if (collisionKey(first) !== collisionKey(ch)) apart.push(`U+${ch.codePointAt(0)!.toString(16)} / U+${first.codePointAt(0)!.toString(16)}`);
    }
    expect(cased.length).toBeGreaterThan(2000);
    expect(apart).toEqual([]);
  });
});
