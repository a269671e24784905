import { describe, expect, it } from 'vitest';
import { lintOrg } from '../../src/lint/result.js';
import { formatProblem } from '../../src/import/index.js';
import { planImport } from '../../src/import/plan.js';
import type { RosterRow } from '../../src/import/types.js';
import { csv, importCsv, modelOfImport } from './support.js';

const HEAD = '姓名,工号,部门,岗位,直属上级,编制';

describe('import: roles, departments and reporting lines', () => {
  it('groups people with the same title, department and manager into one role with head-count and holders', async () => {
    const r = await importCsv(
      csv(
        HEAD,
        '张三,E1,电商中心,总监,,',
        '李四,E2,电商中心/运营部/美工组,美工主管,张三,',
        '王五,E3,电商中心/运营部/美工组,美工,李四,5',
        '赵六,E4,电商中心/运营部/美工组,美工,E2,5',
        '钱七,E5,电商中心/运营部/美工组,美工,美工主管,5',
      ),
    );
    expect(r.problems).toEqual([]);
    const model = modelOfImport(r);
    const role = model.roles.get('美工')!;
    expect(role.headcount).toBe(5);
    expect(role.holders?.map((h) => h.name)).toEqual(['王五', '赵六', '钱七']);
    expect(role.reportsTo).toBe('美工主管');
    expect(role.department).toBe('美工组');
    expect(model.departments.get('美工组')!.parent).toBe('运营部');
    expect(model.departments.get('运营部')!.parent).toBe('电商中心');
    expect(model.departments.get('美工组')!.head).toBe('美工主管');
    expect(model.organization?.top).toBe('总监');
    expect(r.files.map((f) => f.path)).toEqual(['organization.yaml', 'departments/电商中心.yaml', 'orgctl.schema.json']);
  });

  it('names department files so that every file system can hold them: 255 bytes at most, no Windows device name', async () => {
    const long = '部'.repeat(100);
    const r = await importCsv(csv(HEAD, `张三,E1,${long},总经理,,`, '李四,E2,AUX,专员,张三,', '王五,E3,con.x,专员,张三,'));
    expect(r.problems).toEqual([]);
    const names = r.files.map((f) => f.path.split('/').at(-1)!);
    for (const name of names) expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    // A device name opens the device on Windows whatever follows its first dot.
    for (const name of names) expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
    // The same long name always gives the same file, and the org still reads back whole.
    expect((await importCsv(csv(HEAD, `张三,E1,${long},总经理,,`))).files[1]!.path).toBe(r.files[1]!.path);
    expect(modelOfImport(r).departments.get(long)!.name).toBe(long);
  });

  it('writes an org that validates clean, with the schema comment on every document', async () => {
    const r = await importCsv(
      csv(HEAD, '张三,E1,总经办,总经理,,', '李四,E2,技术部,技术总监,张三,', '王五,E3,技术部,工程师,李四,3', '赵六,E4,技术部,工程师,李四,3'),
    );
    const result = lintOrg(modelOfImport(r));
    expect(result.findings).toEqual([]);
    for (const f of r.files.filter((x) => x.path.endsWith('.yaml'))) {
      const docs = f.content.split(/^---$/m);
      for (const d of docs) expect(d.trimStart()).toMatch(/^# yaml-language-server: \$schema=(\.\.\/|\.\/)orgctl\.schema\.json\n/);
    }
  });

  it('gives readable ids that never collide: the title, then department-title, then a number', async () => {
    const r = await importCsv(
      csv(
        HEAD,
        '甲,1,公司,经理,,',
        '乙,2,公司/销售部,经理,甲,',
        '丙,3,公司/采购部,经理,甲,',
        '丁,4,公司/销售部,专员,乙,',
        '戊,5,公司/采购部,专员,丙,',
        '己,6,公司/销售部,专员,4,',
        '庚,7,公司/销售部,专员,6,',
        '辛,8,公司/销售部,专员,7,',
      ),
    );
    const model = modelOfImport(r);
    const ids = (title: string) => [...model.roles.values()].filter((x) => x.title === title).map((x) => `${x.id}<${x.reportsTo ?? ''}`);
    expect(ids('经理').sort()).toEqual(['经理<', '销售部-经理<经理', '采购部-经理<经理'].sort());
    // Breadth-first from the top: 丁's role first, then 戊's, then each level below 丁.
    expect(ids('专员').sort()).toEqual(
      ['专员<销售部-经理', '采购部-专员<采购部-经理', '销售部-专员<专员', '公司-销售部-专员<销售部-专员', '专员-2<公司-销售部-专员'].sort(),
    );
    expect(lintOrg(model).findings.filter((f) => f.rule === 'duplicate-id')).toEqual([]);
    // A department and a role with the same name do not collide either.
    const r2 = await importCsv(csv(HEAD, '甲,1,财务,财务,,'));
    expect([...modelOfImport(r2).byId.keys()].sort()).toEqual(['org', '财务', '财务-财务'].sort());
  });

  it('the same roster gives byte-identical files', async () => {
    const text = csv(HEAD, '张三,E1,A/B,总监,,', '李四,E2,A/B/C,专员,张三,2');
    const [a, b] = [await importCsv(text), await importCsv(text)];
    expect(a.files).toEqual(b.files);
  });

  it('reads English headers, and --map names a column it does not know', async () => {
    const r = await importCsv(csv('Name,Job Title,Dept,Reports To,Seats', 'Ann,CEO,HQ,,', 'Bob,Engineer,HQ/Eng,Ann,2'));
    expect(modelOfImport(r).roles.get('Engineer')?.headcount).toBe(2);
    const mapped = await importCsv(csv('姓名,岗位,部门,汇报给', '甲,总经理,总部,', '乙,秘书,总部,甲'), { map: ['汇报给=manager'] });
    expect(modelOfImport(mapped).roles.get('秘书')?.reportsTo).toBe('总经理');
    const byLetter = await importCsv(csv('姓名,岗位,部门,X', '甲,总经理,总部,', '乙,秘书,总部,甲'), { map: ['D=上级'] });
    expect(modelOfImport(byLetter).roles.get('秘书')?.reportsTo).toBe('总经理');
  });

  it('finds the separator of a semicolon- or tab-separated CSV under a title row', async () => {
    for (const sep of [';', '\t']) {
      const lines = ['2026年12月花名册', ['姓名', '岗位', '部门', '上级'], ['甲', '总经理', '总部', ''], ['乙', '秘书', '总部', '甲']];
      const r = await importCsv(csv(...lines.map((l) => (Array.isArray(l) ? l.join(sep) : l))));
      expect(r.problems).toEqual([]);
      expect(modelOfImport(r).roles.get('秘书')?.reportsTo).toBe('总经理');
    }
    // A comma inside a quoted cell of the title row does not outvote the header's separators.
    const quoted = await importCsv(csv('"花名册, 2026"', '姓名;岗位;部门;上级', '甲;总经理;总部;', '乙;秘书;"总部, 北京";甲'));
    expect(quoted.problems).toEqual([]);
    const model = modelOfImport(quoted);
    expect(model.departments.get(model.roles.get('秘书')!.department!)?.name).toBe('总部, 北京');
  });

  it('reads a quote inside an unquoted cell as a spreadsheet does; a quote never closed is one error at its cell', async () => {
    const r = await importCsv(csv('姓名,岗位,部门,上级', '甲,总经理,总部,', '乙,秘书 "大",总部,甲', '丙,=HYPERLINK("http://x"),总部,甲'));
    expect(r.problems).toEqual([]);
    expect([...modelOfImport(r).roles.values()].map((role) => role.title)).toEqual(['总经理', '秘书 "大"', '=HYPERLINK("http://x")']);
    await expect(importCsv(csv('姓名,岗位,部门,上级', '甲,总经理,总部,', '', '乙,"秘书,总部,甲', '丙,秘书,总部,甲'))).rejects.toThrow(
      'roster.csv:B4: this cell opens a quote (") that is never closed: close it, and write a quote inside a quoted cell as ""',
    );
  });

  it('reads a head-count typed in full-width digits (全角 ３) as the number it is', async () => {
    const r = await importCsv(csv(HEAD, '甲,E1,总部,总经理,,', '乙,E2,总部,秘书,甲,１２'));
    expect(r.problems).toEqual([]);
    expect(modelOfImport(r).roles.get('秘书')?.headcount).toBe(12);
  });

  it('writes YAML that shows a bidi control as its escape (no Trojan Source line in the org) and holds no raw DEL or C1', async () => {
    const r = await importCsv(csv(HEAD, '甲\u202e,E1,总部,总经理\u007f,,', '乙,E2,总部\u2066,秘书\u009b,甲\u202e,'));
    expect(r.problems).toEqual([]);
    for (const f of r.files.filter((x) => x.path.endsWith('.yaml'))) {
      expect(f.content.match(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu), f.path).toBeNull();
    }
    expect(r.files.find((f) => f.path.startsWith('departments/'))?.content).toContain('"甲\\u202e"');
    const model = modelOfImport(r);
    expect(model.roles.get('总经理')?.title).toBe('总经理\u007f');
    expect(model.roles.get('总经理')?.holders?.map((h) => h.name)).toEqual(['甲\u202e']);
    expect([...model.departments.values()].map((d) => d.name).sort()).toEqual(['总部', '总部\u2066']);
  });

  it('a row without a name is a vacant seat', async () => {
    const r = await importCsv(csv(HEAD, '甲,1,总部,总经理,,', ',,总部,助理,甲,2'));
    const role = modelOfImport(r).roles.get('助理')!;
    expect(role.holders).toEqual([]);
    expect(role.headcount).toBe(2);
  });
});

describe('import: one person in two roles (兼任)', () => {
  it('two rows with one employee number and one name are one person holding two roles, marked as intended', async () => {
    const r = await importCsv(
      csv(
        HEAD,
        '张三,E1,总部,总经理,,',
        '董芳,E2,总部/财务部,财务总监,张三,',
        '董芳,E2,总部/人事部,人事行政经理,张三,',
        '王五,E4,总部/财务部,会计,E2,',
        '钱七,E5,总部/财务部,出纳,董芳,',
        '赵六,E6,总部/人事部,专员,人事行政经理,',
      ),
    );
    expect(r.problems).toEqual([]);
    const model = modelOfImport(r);
    expect(model.roles.get('财务总监')?.holders?.map((h) => h.name)).toEqual(['董芳']);
    expect(model.roles.get('人事行政经理')?.holders?.map((h) => h.name)).toEqual(['董芳']);
    // The number or the name in a manager cell is the person's first row (主岗); a title reaches the other role.
    expect(model.roles.get('会计')?.reportsTo).toBe('财务总监');
    expect(model.roles.get('出纳')?.reportsTo).toBe('财务总监');
    expect(model.roles.get('专员')?.reportsTo).toBe('人事行政经理');
    // The roster says it on purpose: the later role lists the person, so validate does not warn.
    expect(model.roles.get('人事行政经理')?.concurrentHolders).toEqual(['董芳']);
    expect(model.roles.get('财务总监')?.concurrentHolders ?? []).toEqual([]);
    expect(lintOrg(model).findings).toEqual([]);
  });

  it('a person whose first row reports to their own name reports to their other role', async () => {
    const r = await importCsv(csv(HEAD, '张三,E1,总部/技术部,技术总监,张三,', '张三,E1,总部,总经理,,'));
    expect(r.problems).toEqual([]);
    expect(modelOfImport(r).roles.get('技术总监')?.reportsTo).toBe('总经理');
  });

  it('the same person twice in the same role, or one number for two names, is still a problem', async () => {
    const r = await importCsv(
      csv(HEAD, '张三,E1,总部,总经理,,', '董芳,E2,总部,会计,张三,', '董芳,E2,总部,会计,张三,', '李四,E2,总部,出纳,张三,'),
    );
    expect(r.problems.map((p) => formatProblem('roster.csv', p))).toEqual([
      "roster.csv:B4: employee number (工号) 'E2' of '董芳' is also on row 3 in the same role (会计 in 总部): delete one of the two rows",
      "roster.csv:B5: employee number (工号) 'E2' of '李四' is also '董芳' on row 3: employee numbers must be unique",
    ]);
    expect(
      modelOfImport(r)
        .roles.get('会计')
        ?.holders?.map((h) => h.name),
    ).toEqual(['董芳']);
  });
});

describe('import: rows that cannot be placed', () => {
  it('reports an unknown manager, its reports, a duplicate employee number and a cycle with sheet, row and column', async () => {
    const r = await importCsv(
      csv(
        HEAD,
        '甲,E1,总部,总经理,,',
        '乙,E2,总部,经理,刘洋,',
        '丙,E3,总部,专员,乙,',
        '丁,E1,总部,助理,甲,',
        '戊,E5,总部,顾问,己,',
        '己,E6,总部,顾问长,戊,',
      ),
    );
    expect(r.problems.map((p) => formatProblem('roster.csv', p))).toEqual([
      "roster.csv:E3: manager '刘洋' is not in the roster (no name, employee number or title matches; has this person left?): fill in the current manager",
      "roster.csv:E4: the manager, '乙' on row 3, could not be placed, so neither can '丙'",
      "roster.csv:B5: employee number (工号) 'E1' of '丁' is also '甲' on row 2: employee numbers must be unique",
      "roster.csv:E6: '戊' is in a reporting cycle (戊 → 己 → 戊): one of them needs another manager",
      "roster.csv:E7: '己' is in a reporting cycle (戊 → 己 → 戊): one of them needs another manager",
    ]);
    // What could be placed is written.
    expect([...modelOfImport(r).roles.keys()]).toEqual(['总经理']);
  });

  it('a head-count too large for the format is reported and left out, so the written org validates', async () => {
    const r = await importCsv(csv(HEAD, '甲,E1,总部,总经理,,', '乙,E2,总部,秘书,甲,99999999999999999999'));
    expect(r.problems.map((p) => formatProblem('roster.csv', p))).toEqual([
      "roster.csv:F3: head-count (编制) '99999999999999999999' is more than 9007199254740991 seats; the row is imported without it",
    ]);
    expect(lintOrg(modelOfImport(r)).findings).toEqual([]);
  });

  it('an unknown manager suggests the employee number or title it is one typo from, not only names', async () => {
    const r = await importCsv(csv(HEAD, '甲,E1001,总部,总经理,,', '乙,E2,总部,秘书,E1O01,', '丙,E3,总部,助理,总经埋,'));
    expect(r.problems.map((p) => p.message)).toEqual([
      "manager 'E1O01' is not in the roster (no name, employee number or title matches; has this person left?) (did you mean 'E1001'?): fill in the current manager",
      "manager '总经埋' is not in the roster (no name, employee number or title matches; has this person left?) (did you mean '总经理'?): fill in the current manager",
    ]);
  });

  it('a row without a title says whose row it is, or that it is a row without a name (not "row of \'\'")', async () => {
    const r = await importCsv(csv(HEAD, '甲,E1,总部,总经理,,', '乙,E2,总部,,甲,', ',,总部,,甲,2'));
    expect(r.problems.map((p) => formatProblem('roster.csv', p))).toEqual([
      "roster.csv:D3: the row of '乙' has no title (岗位): every row needs one",
      'roster.csv:D4: this row (no name: a vacant seat) has no title (岗位): every row needs one',
    ]);
  });

  it('a manager named by a name two people share is ambiguous; the employee number resolves it', async () => {
    const r = await importCsv(
      csv(HEAD, '甲,E1,总部,总经理,,', '张伟,E2,总部,经理,甲,', '张伟,E3,总部,工程师,甲,', '乙,E4,总部,专员,张伟,', '丙,E5,总部,助理,E2,'),
    );
    expect(r.problems.map((p) => `${p.at.column}${p.at.row}`)).toEqual(['E5']);
    expect(r.problems[0]!.message).toContain("'张伟' is the name of 2 people (rows 3, 4)");
    expect(modelOfImport(r).roles.get('助理')?.reportsTo).toBe('经理');
  });

  it('a second row without a manager is reported, not made a second top', async () => {
    const r = await importCsv(csv(HEAD, '甲,E1,总部,总经理,,', '乙,E2,总部,副总,,'));
    expect(r.problems.map((p) => p.message)).toEqual([
      "'乙' has no manager (上级), but '甲' on row 2 is already the top: fill in the manager",
    ]);
  });

  it('more rows of the top role (co-CEOs) join it instead of being a second top', async () => {
    const r = await importCsv(csv(HEAD, '甲,E1,总部,联席CEO,,2', '乙,E2,总部,联席CEO,,2', '丙,E3,总部,助理,甲,'));
    expect(r.problems).toEqual([]);
    expect(
      modelOfImport(r)
        .roles.get('联席CEO')
        ?.holders?.map((h) => h.name),
    ).toEqual(['甲', '乙']);
  });

  it('lists problems in workbook order (sheets as they come, then row, then column: Z before AA), whatever the locale', () => {
    // Sheet 销售 comes first in the workbook; by name (any locale's collation) 人事 or 销售 could come first.
    const row = (sheet: string, n: number, values: RosterRow['values'], columns: RosterRow['columns']): RosterRow => ({
      sheet,
      row: n,
      values,
      columns,
    });
    const rows = [
      row('销售', 2, { name: '甲', title: '总经理', department: '总部' }, { name: 'A', title: 'B', department: 'C' }),
      row('销售', 3, { name: '乙', department: '总部' }, { name: 'A', title: 'B', department: 'C' }),
      row('销售', 4, { name: '丙', title: '专员', department: '总部', headcount: 'x', manager: '甲' }, { headcount: 'AA', title: 'Z' }),
      row('人事', 2, { name: '丁', title: '专员' }, { name: 'A', title: 'B', department: 'C' }),
    ];
    const at = planImport(rows).problems.map((p) => `${p.at.sheet}!${p.at.column}${p.at.row}`);
    expect(at).toEqual(['销售!B3', '销售!AA4', '人事!C2']);
  });

  it('a missing or misspelt column every row needs is one usage error naming the column that looks like it, not a problem per row', async () => {
    const english = importCsv(csv('Name,Title,Departmnt,Manger', 'Ann,CEO,HQ,', 'Bob,Engineer,HQ,Ann'));
    await expect(english).rejects.toThrow(
      "roster.csv: the header on row 1 has no department (部门) or manager (上级) column; column C 'Departmnt' (did you mean 'department'?), column D 'Manger' (did you mean 'manager'?): rename them, or use --map 'Departmnt=department' --map 'Manger=manager'",
    );
    await expect(importCsv(csv('姓名,岗位,部们,上级', '甲,总经理,总部,', '乙,秘书,总部,甲'))).rejects.toThrow(
      "column C '部们' (did you mean '部门'?): rename it, or use --map '部们=department'",
    );
    await expect(importCsv(csv('姓名,岗位,部门', '甲,总经理,总部', '乙,秘书,总部'))).rejects.toThrow(
      'has no manager (上级) column; add it, or name an existing column with --map <column>=manager',
    );
    // One role needs no manager column (its seats are the top); the fix named by --map works.
    expect((await importCsv(csv('姓名,岗位,部门', '甲,联席CEO,总部', '乙,联席CEO,总部'))).problems).toEqual([]);
    const mapped = await importCsv(csv('Name,Title,Departmnt,Manger', 'Ann,CEO,HQ,', 'Bob,Engineer,HQ,Ann'), {
      map: ['Departmnt=department', 'Manger=manager'],
    });
    expect(mapped.problems).toEqual([]);
  });

  it('a roster with a header but no rows (a blank template) is refused: nothing to import, and --update would empty every role', async () => {
    await expect(importCsv(csv('姓名,岗位,部门,上级', ',,,', ''))).rejects.toThrow(
      'roster.csv: no rows under the header on row 1: nothing to import (is this the right file or sheet?)',
    );
  });

  it('a header row where no column is recognised names the ones that look like known headers', async () => {
    await expect(importCsv(csv('Nmae,Titel,Departmnt', 'Ann,CEO,HQ'))).rejects.toThrow(
      "no header row found (a row naming at least a 姓名/name or 岗位/title column and one more: 部门, 上级, 工号 …) ('Nmae' looks like name (姓名), 'Titel' looks like title (岗位), 'Departmnt' looks like department (部门)); name the columns with --map column=field",
    );
  });

  it('a roster without a recognisable header is a usage error naming the fix', async () => {
    await expect(importCsv(csv('a,b,c', '1,2,3'))).rejects.toThrow(/no header row found.*--map/);
  });
});
