/** Seat-roster CSV: one row per seat, neutralised formulas, and a round trip through import to the same org. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasForbidden } from '../../src/core/escape/codePoints.js';
import { csvCell, exportCsv } from '../../src/export/csv.js';
import { importRoster } from '../../src/import/index.js';
import { loadOrg } from '../../src/model/load.js';
import { modelOf, ORG } from '../helpers.js';
import { UsageError } from '../../src/core/errors.js';

const GOLDEN_ORG = path.join(import.meta.dirname, '../golden/import/花名册');

describe('export --format csv', () => {
  it('one row per seat: department path, role, seat, holder or vacant', () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: a\nname: 电商中心\nroles:\n  - {id: 总监, title: 总监, holders: [张伟]}\n---\nkind: Department\nid: b\nname: 推广组\nparent: a\nroles:\n  - {id: 专员, title: 推广专员, reports_to: 总监, headcount: 2, holders: [李娜]}\n`,
    });
    expect(exportCsv(model).split('\r\n')).toEqual([
      '部门,岗位编号,岗位,席位,姓名,工号,邮箱,地点,直属上级,编制',
      '电商中心,总监,总监,1,张伟,,,,,1',
      '电商中心/推广组,专员,推广专员,1,李娜,,,,总监,2',
      '电商中心/推广组,专员,推广专员,2,,,,,总监,2',
      '',
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas (= + - @ tab CR), and quotes what CSV must', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'a,b', '普通'].map(csvCell)).toEqual([
      `"'=HYPERLINK(""x"")"`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      '"a,b"',
      '普通',
    ]);
  });

  it('carries no control character: printed on a terminal, ESC sequences in a name would run (each is U+FFFD)', () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: a\nname: "部门\\e[2J"\nroles:\n  - {id: r, title: "岗位\\e]8;;http://x\\a", holders: ["张\\x7f三\\x85", "李\\e[31m四"]}\n`,
    });
    const csv = exportCsv(model);
    expect(hasForbidden(csv)).toBe(false);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      '部门\ufffd[2J,r,岗位\ufffd]8;;http://x\ufffd,1,张\ufffd三\ufffd,,,,,1',
      '部门\ufffd[2J,r,岗位\ufffd]8;;http://x\ufffd,2,李\ufffd[31m四,,,,,1',
    ]);
  });

  it('round-trips the imported 300-person org through import to the same files', async () => {
    const csv = exportCsv(loadOrg([GOLDEN_ORG]));
    const again = await importRoster(new TextEncoder().encode(csv), 'seats.csv', { folder: '/x/org', name: '某电商集团' });
    expect(again.problems).toEqual([]);
    for (const f of again.files.filter((x) => x.path.endsWith('.yaml'))) {
      expect(f.content, f.path).toBe(fs.readFileSync(path.join(GOLDEN_ORG, f.path), 'utf8'));
    }
  });

  it('a holder whose name starts with = comes back as written', async () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: d\nname: D\nhead: boss\nroles:\n  - {id: boss, title: Boss, holders: ['=1+1', '-x']}\n`,
    });
    const csv = exportCsv(model);
    expect(csv).toContain(",'=1+1,");
    const again = await importRoster(new TextEncoder().encode(csv), 'seats.csv', { folder: '/x/acme' });
    expect(again.plan.roles[0]?.holders.map((h) => h.name)).toEqual(['=1+1', '-x']);
  });

  it('a name that itself starts with a quote before = + - @ comes back as written (the quote import removes is not its own)', async () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: d\nname: D\nhead: boss\nroles:\n  - {id: boss, title: "'+86 hotline", headcount: 2, holders: ["'=x", "'quoted'"]}\n`,
    });
    const again = await importRoster(new TextEncoder().encode(exportCsv(model)), 'seats.csv', { folder: '/x/acme' });
    expect(again.problems).toEqual([]);
    expect(again.plan.roles[0]?.title).toBe("'+86 hotline");
    expect(again.plan.roles[0]?.holders.map((h) => h.name)).toEqual(["'=x", "'quoted'"]);
  });

  it('refuses, at once and in one line, a roster too long for a spreadsheet (a headcount of a billion ran out of memory after minutes)', () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: a\nname: 客服中心\nroles:\n  - {id: 总监, title: 总监}\n  - {id: 客服, title: 客服专员, reports_to: 总监, headcount: 1048575}\n`,
    });
    expect(() => exportCsv(model)).toThrow(UsageError);
    expect(() => exportCsv(model)).toThrow(
      /1048576 rows: more than the 1048575 a spreadsheet.*role '客服' has 1048575 .*org\.yaml:\d+:\d+.*--format jsonld/u,
    );
  });

  it('two sibling departments of one name stay two departments through import (they merged into one)', async () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: p\nname: 中心\nhead: boss\nroles:\n  - {id: boss, title: 总监, holders: [张三]}\n---\nkind: Department\nid: x\nname: 组\nparent: p\nroles:\n  - {id: rx, title: 专员, reports_to: boss, holders: [李四]}\n---\nkind: Department\nid: y\nname: 组\nparent: p\nroles:\n  - {id: ry, title: 专员, reports_to: boss, holders: [王五]}\n`,
    });
    const csv = exportCsv(model);
    expect(csv).toContain('中心/组 (x),rx,');
    expect(csv).toContain('中心/组 (y),ry,');
    const again = await importRoster(new TextEncoder().encode(csv), 'seats.csv', { folder: '/x/acme' });
    expect(again.plan.departments).toHaveLength(3);
  });
});
