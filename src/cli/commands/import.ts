import { Option, type Command } from 'commander';
import { encodingName, ENCODING_NAMES, ROSTER_FIELDS } from '../../import/types.js';
import { acceptAlso } from '../acceptAlso.js';

export interface ImportCliOptions {
  output: string;
  map: string[];
  encoding?: string;
  id?: string;
  name?: string;
  strict?: boolean;
  update?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export default function define(program: Command): Command {
  return program
    .command('import')
    .description('build an org folder from an HR roster (.xlsx or .csv: one row per person or position)')
    .argument('<roster>', 'the roster: .xlsx (every sheet with a header row) or .csv (UTF-8, UTF-8 with BOM, GBK/GB18030)')
    .requiredOption('-o, --output <dir>', 'the org folder to write (only files below it are written)')
    .option('--map <column=field>', `read a column as a field (${ROSTER_FIELDS.join(', ')}); repeatable`, collect, [])
    .addOption(
      acceptAlso(
        new Option('--encoding <name>', 'CSV encoding instead of detecting it (also read: GB2312, CP936, UTF8, any case)').choices(
          ENCODING_NAMES,
        ),
        encodingName,
      ),
    )
    .option('--id <id>', "the Organization's id (default: the output folder's name)")
    .option('--name <name>', "the Organization's display name (default: the id)")
    .option('--strict', 'write nothing when a row cannot be placed')
    .option(
      '--update',
      'update an existing org folder: holders and head-counts change, hand-written duties, KPIs and workflows stay; prints the change as orgctl diff',
    )
    .addHelpText(
      'after',
      `
Recognised headers (Chinese or English, case and spaces ignored):
  name        姓名 名字 员工姓名            employeeId  工号 员工编号
  title       岗位 职位 职务                department  部门 所属部门 (a path: 电商中心/运营部/推广组)
  manager     上级 直属上级 汇报对象 (a name, employee number or title)
  headcount   编制 编制人数                 email       邮箱 企业邮箱
  location    地点 工作地点 城市            roleId      岗位编号 岗位代码 (the role's id)
People with the same title, department and manager become one role with
head-count and holders. A row without a name is a vacant seat. Rows that cannot
be placed (unknown manager, a cycle, a duplicate employee number, a manager
named by a name two people share) are listed with sheet, row and column; the
rest is written and the exit code is 1 (with --strict nothing is written).

Examples:
  $ orgctl import 花名册.xlsx -o org
  $ orgctl import roster.csv -o org --map 汇报给=manager --map F=headcount
  $ orgctl import roster.csv -o org --encoding gbk --strict
  $ orgctl import 花名册.xlsx -o org --update       # holders and head-counts only
`,
    )
    .action(async (roster: string, opts: ImportCliOptions) => {
      const { runImport } = await import('../actions/import.js');
      process.exitCode = await runImport(roster, opts);
    });
}
