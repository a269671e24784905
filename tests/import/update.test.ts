/** `import --update`: holders and head-counts change; comments, duties, KPIs and other files stay; the change prints as a diff. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { updateOrg } from '../../src/import/update.js';
import { loadOrgFromText } from '../../src/model/load.js';
import { lintOrg } from '../../src/lint/result.js';
import { csv, importCsv } from './support.js';

const HEAD = '姓名,工号,部门,岗位,直属上级,编制';

describe('import --update', () => {
  it('changes holders and head-counts without touching hand-written duties, KPIs, comments and workflows', async () => {
    const first = await importCsv(
      csv(
        HEAD,
        '张三,E1,总部,总经理,,',
        '李四,E2,总部/技术部,技术总监,张三,',
        '王五,E3,总部/技术部,工程师,李四,3',
        '赵六,E4,总部/技术部,工程师,李四,3',
      ),
    );
    const files = new Map(first.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content]));
    const dept = files
      .get('departments/总部.yaml')!
      .replace('    title: 工程师\n', '    title: 工程师 # 手写注释\n    responsibilities:\n      - 写代码\n    kpis: [bug-rate]\n');
    files.set('departments/总部.yaml', dept);
    const workflows = 'kind: Workflow\nid: 发布\nname: 发布\nsteps:\n  - id: 写\n    role: 工程师\n';
    files.set('workflows.yaml', workflows);
    files.set('kpis.yaml', 'kind: KPI\nid: bug-rate\nname: 缺陷率\n');

    const second = await importCsv(
      csv(
        HEAD,
        '张三,E1,总部,总经理,,',
        '李四,E2,总部/技术部,技术总监,张三,',
        '王五,E3,总部/技术部,工程师,李四,4',
        '钱七,E7,总部/技术部,工程师,李四,4',
        '孙八,E8,总部/市场部,市场经理,张三,',
      ),
    );
    const update = await updateOrg(files, second.plan);
    expect([...update.files.keys()]).toEqual(['departments/总部.yaml']);
    const text = update.files.get('departments/总部.yaml')!;
    expect(text).toContain('    title: 工程师 # 手写注释\n    responsibilities:\n      - 写代码\n    kpis: [bug-rate]\n');
    expect(text).toContain(
      '    headcount: 4\n    holders:\n      - {name: 王五, x-employee-id: E3}\n      - {name: 钱七, x-employee-id: E7}\n',
    );
    expect(text).toContain('kind: Department\nid: 市场部\nname: 市场部\nparent: 总部\nhead: 市场经理\n');
    expect(text.match(/# yaml-language-server/g)).toHaveLength(3);
    expect(update.diff).toContain('在岗人员:+钱七、−赵六');
    expect(update.diff).toContain('编制:3 → 4(+1)');
  });

  it('a role the roster no longer has keeps its duties and becomes vacant', async () => {
    const first = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,', '李四,E2,总部,秘书,张三,'));
    const files = new Map(first.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content]));
    const second = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,'));
    const text = (await updateOrg(files, second.plan)).files.get('departments/总部.yaml')!;
    expect(text).toContain('  - id: 秘书\n    title: 秘书\n    reports_to: 总经理\n    holders: []\n');
  });

  it('an unchanged roster changes no file', async () => {
    const r = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,', '李四,E2,总部,秘书,张三,'));
    const files = new Map(r.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content]));
    expect((await updateOrg(files, r.plan)).files.size).toBe(0);
  });

  it('a new top department gets a file name every file system can hold (long name, Windows device name)', async () => {
    const first = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,'));
    const files = new Map(first.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content]));
    const long = '部'.repeat(100);
    const second = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,', `李四,E2,${long},专员,张三,`, '王五,E3,nul,专员,张三,'));
    const update = await updateOrg(files, second.plan);
    const added = [...update.files.keys()].filter((f) => f !== 'departments/总部.yaml');
    expect(added).toHaveLength(2);
    for (const file of added) {
      const name = file.split('/').at(-1)!;
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
      expect(name).not.toMatch(/^nul(\.|$)/i);
    }
  });

  it('an org file that does not parse is exit 2 naming it at line:col, not an internal error', async () => {
    const first = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,'));
    const files = new Map(first.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content]));
    files.set('departments/总部.yaml', `${files.get('departments/总部.yaml')!}  bad: [unclosed\n`);
    const second = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,', '李四,E2,总部,专员,张三,'));
    const e = await updateOrg(files, second.plan, (f) => `org/${f}`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toMatch(
      /^--update: org\/departments\/总部\.yaml:\d+:\d+ does not parse \(.+\); fix it \(orgctl validate shows every error\), then import again$/,
    );
  });

  it('re-importing a roster whose cells hold control characters changes nothing (written as escapes, read back the same)', async () => {
    const roster = csv(HEAD, '张三\u001b[31m,E1,总部,总经理\u007f,,', '李四,E2,总部,秘书\u009b,E1,');
    const first = await importCsv(roster);
    const files = new Map(first.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content]));
    const update = await updateOrg(files, (await importCsv(roster)).plan);
    expect([...update.files.keys()]).toEqual([]);
  });

  it('holders and roles it adds show a bidi control, DEL or C1 as its escape, as a fresh import does, and read back the same', async () => {
    const first = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,', '李四,E2,总部,秘书,张三,'));
    const files = new Map(first.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content]));
    const roster = csv(HEAD, '张三,E1,总部,总经理,,', '李\u202e四\u2066,E2,总部,秘书,张三,', '王\u200f五\u007f,E3,总部,助理\u009b,张三,');
    const update = await updateOrg(files, (await importCsv(roster)).plan);
    const text = update.files.get('departments/总部.yaml')!;
    expect(text.match(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu)).toBeNull();
    expect(text).toContain('"李\\u202e四\\u2066"');
    const after = new Map([...files, ...update.files]);
    const model = loadOrgFromText(Object.fromEntries(after));
    expect(model.roles.get('秘书')?.holders?.map((h) => h.name)).toEqual(['李\u202e四\u2066']);
    const added = [...model.roles.values()].find((r) => r.title === '助理\u009b');
    expect(added?.holders?.map((h) => h.name)).toEqual(['王\u200f五\u007f']);
    // Read back through the same update, the roster changes nothing more.
    expect((await updateOrg(after, (await importCsv(roster)).plan)).files.size).toBe(0);
  });

  it('a holder the roster now puts in a second role (兼任) is listed in that role’s concurrent_holders, so validate stays clean', async () => {
    const first = await importCsv(csv(HEAD, '张三,E1,总部,总经理,,', '董芳,E2,总部,财务总监,张三,', '李四,E3,总部,人事行政经理,张三,'));
    const files = new Map(first.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content]));
    const roster = csv(HEAD, '张三,E1,总部,总经理,,', '董芳,E2,总部,财务总监,张三,', '董芳,E2,总部,人事行政经理,张三,');
    const update = await updateOrg(files, (await importCsv(roster)).plan);
    const text = update.files.get('departments/总部.yaml')!;
    expect(text).toContain('    holders:\n      - {name: 董芳, x-employee-id: E2}\n    concurrent_holders: [董芳]\n');
    const model = loadOrgFromText(Object.fromEntries(new Map([...files, ...update.files])));
    expect(lintOrg(model).findings).toEqual([]);
  });
});
