/** xlsx cells as the text a person sees in the spreadsheet: hyperlinks, rich text, formulas. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importRoster } from '../../src/import/index.js';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('import: xlsx cells', () => {
  it('a hyperlink whose text is rich text (part of it formatted) reads as that text', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('花名册');
      ws.addRow(['姓名', '部门', '岗位', '上级', '邮箱']);
      ws.addRow([
        '甲',
        '总部',
        '总经理',
        null,
        { text: { richText: [{ text: 'jia' }, { text: '@x.cn', font: { bold: true } }] }, hyperlink: 'mailto:jia@x.cn' },
      ]);
      ws.addRow(['乙', '总部', '秘书', '甲', { text: 'yi@x.cn', hyperlink: 'mailto:yi@x.cn' }]);
    });
    const r = await importRoster(bytes, 'roster.xlsx', { folder: '/x/org' });
    expect(r.problems).toEqual([]);
    expect(r.plan.roles.map((role) => role.holders[0]?.email)).toEqual(['jia@x.cn', 'yi@x.cn']);
  });

  it('a computed number reads as the spreadsheet shows it (15 significant digits), not with binary floating-point noise', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('花名册');
      ws.addRow(['姓名', '部门', '岗位', '上级', '编制']);
      ws.addRow(['甲', '总部', '总经理', null, 1]);
      // 0.3 / 0.1 in the sheet: Excel shows 3, the cached result is 2.9999999999999996.
      ws.addRow(['乙', '总部', '客服', '甲', { formula: '0.3/0.1', result: 0.3 / 0.1 }]);
    });
    const r = await importRoster(bytes, 'roster.xlsx', { folder: '/x/org' });
    expect(r.problems).toEqual([]);
    expect(r.plan.roles.map((role) => role.headcount)).toEqual([1, 3]);
  });

  it('a lookup sheet beside the roster (部门 and 岗位 lists, no 上级) does not stop the import', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('花名册');
      ws.addRow(['姓名', '部门', '岗位', '上级']);
      ws.addRow(['甲', '总部', '总经理', null]);
      ws.addRow(['乙', '总部', '秘书', '甲']);
      const lists = wb.addWorksheet('下拉选项');
      lists.addRow(['部门', '岗位']);
      lists.addRow(['总部', '总经理']);
      lists.addRow(['总部', '秘书']);
    });
    const r = await importRoster(bytes, 'roster.xlsx', { folder: '/x/org' });
    expect(r.plan.roles.map((role) => role.holders[0]?.name)).toEqual(['甲', '乙']);
  });

  it('a hidden sheet (离职 archive, drop-down lists) is not read: only what the user sees in the workbook is imported', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('花名册');
      ws.addRow(['姓名', '部门', '岗位', '上级']);
      ws.addRow(['甲', '总部', '总经理', null]);
      ws.addRow(['乙', '总部', '秘书', '甲']);
      const left = wb.addWorksheet('离职', { state: 'hidden' });
      left.addRow(['姓名', '部门', '岗位', '上级']);
      left.addRow(['戊', '总部', '秘书', '甲']);
      const lists = wb.addWorksheet('字典', { state: 'veryHidden' });
      lists.addRow(['部门', '岗位']);
      lists.addRow(['总部', '司机']);
    });
    const r = await importRoster(bytes, 'roster.xlsx', { folder: '/x/org' });
    expect(r.problems).toEqual([]);
    expect(r.plan.roles.flatMap((role) => role.holders.map((h) => h.name))).toEqual(['甲', '乙']);
  });

  it('--encoding with an xlsx roster is refused (a workbook has no encoding to choose) instead of being ignored', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('花名册').addRow(['姓名', '部门', '岗位', '上级']);
    });
    await expect(importRoster(bytes, 'roster.xlsx', { folder: '/x/org' }, { encoding: 'gbk' })).rejects.toThrow(
      'roster.xlsx: --encoding applies to CSV rosters only (an .xlsx workbook is always Unicode); leave it out',
    );
  });
});
