/**
 * Readers: CSV in UTF-8 (with or without BOM) and GBK, the xlsx fixture with
 * its merged header cells, and the fixture's golden org folder
 * (tests/golden/import/花名册/; regenerate with UPDATE_GOLDEN=1 and read the diff).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRoster } from '../../src/import/decode.js';
import { formatProblem, importRoster } from '../../src/import/index.js';
import { lintOrg } from '../../src/lint/result.js';
import { loadOrgFromText } from '../../src/model/load.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/roster');
const GOLDEN = path.join(import.meta.dirname, '../golden/import/花名册');

describe('import: encodings', () => {
  const text = '姓名,岗位\n张伟,总经理\n';
  const utf8 = new TextEncoder().encode(text);
  it('UTF-8 with and without BOM', () => {
    expect(decodeRoster(utf8, 'r.csv')).toEqual({ text, encoding: 'utf-8' });
    expect(decodeRoster(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8), 'r.csv')).toEqual({ text, encoding: 'utf-8' });
  });
  it('GBK (what Chinese Excel saves as CSV) is detected and decoded', () => {
    // 姓名 in GBK: D0 D5 C3 FB
    const gbk = Uint8Array.of(0xd0, 0xd5, 0xc3, 0xfb, 0x0a);
    expect(decodeRoster(gbk, 'r.csv')).toEqual({ text: '姓名\n', encoding: 'gb18030' });
    expect(decodeRoster(gbk, 'r.csv', 'gbk').text).toBe('姓名\n');
  });
  it('bytes that are neither say how to convert them', () => {
    expect(() => decodeRoster(Uint8Array.of(0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xfd), 'r.csv')).toThrow(/CSV UTF-8.*iconv/);
  });
});

async function importFixture(name: string) {
  const bytes = fs.readFileSync(path.join(FIXTURES, name));
  return importRoster(bytes, name, { folder: '/x/org', name: '某电商集团' });
}

describe('import: the 300-row fixture', () => {
  it('xlsx (title row, merged group headers) and the GBK CSV give the same org', async () => {
    const [xlsx, gbk] = [await importFixture('花名册.xlsx'), await importFixture('花名册-gbk.csv')];
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.files).toEqual(xlsx.files);
    expect(xlsx.plan.rows).toBe(299);
  });

  it("reports the export's mistakes by sheet, row and column, and writes the rest", async () => {
    const r = await importFixture('花名册.xlsx');
    const lines = r.problems.map((p) => formatProblem('花名册.xlsx', p));
    expect(lines.filter((l) => l.includes("'张伟' is the name of 2 people"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("manager '刘洋' is not in the roster"))).toEqual([
      expect.stringMatching(/^花名册\.xlsx:花名册!F128: /),
      expect.stringMatching(/^花名册\.xlsx:花名册!F129: /),
    ]);
    expect(lines.filter((l) => l.includes('could not be placed'))).toHaveLength(12);
    expect(lines.filter((l) => /^花名册\.xlsx:花名册!B\d+: employee number \(工号\) 'HZ\d+'/.test(l))).toHaveLength(1);
    expect(r.problems).toHaveLength(16);
    expect(r.plan.placedRows).toBe(299 - 16);
    // The CEO (blank manager) is the top.
    expect(r.plan.top?.holders[0]?.name).toBe('王建国');
  });

  it('matches the golden org folder, which validates without errors', async () => {
    const r = await importFixture('花名册.xlsx');
    const yaml = r.files.filter((f) => f.path.endsWith('.yaml'));
    if (process.env.UPDATE_GOLDEN) {
      fs.rmSync(GOLDEN, { recursive: true, force: true });
      for (const f of yaml) {
        fs.mkdirSync(path.dirname(path.join(GOLDEN, f.path)), { recursive: true });
        fs.writeFileSync(path.join(GOLDEN, f.path), f.content);
      }
    }
    for (const f of yaml) expect(f.content, f.path).toBe(fs.readFileSync(path.join(GOLDEN, f.path), 'utf8'));
    const summary = lintOrg(loadOrgFromText(Object.fromEntries(yaml.map((f) => [f.path, f.content])))).summary;
    expect(summary.errors).toBe(0);
  });
});
