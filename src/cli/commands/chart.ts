import { asOfOption } from '../asOf.js';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CHART_FORMATS, CHART_LEVELS, type ChartFormat, type ChartLevel } from '../../chart/types.js';
import { parseCount } from './validate.js';
import { LOCALES, type Locale } from '../../core/locale.js';

export interface ChartCommandOptions {
  asOf?: string;
  format: ChartFormat;
  output?: string;
  root?: string;
  department?: string;
  depth?: number;
  level: ChartLevel;
  team?: string;
  scale?: number;
  lang?: Locale;
}

export default function define(program: Command): Command {
  return program
    .command('chart')
    .description(
      'draw the org chart: SVG for the wall, PNG for slides, an interactive HTML page for the screen, Mermaid for Markdown, DOT for Graphviz, or the laid-out JSON',
    )
    .argument('[path]', 'org directory or file', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(CHART_FORMATS).default('svg'))
    .option('-o, --output <file>', 'write the chart to a file instead of stdout')
    .option('--scale <n>', 'png: pixels per SVG unit, above 0, at most 16 (2 for a sharp slide)', parseScale)
    .addOption(new Option('--root <role>', 'chart only the reporting subtree under this role').conflicts('department'))
    .addOption(new Option('--department <dept>', 'chart only this department and its sub-departments').conflicts('root'))
    .option('--team <team>', 'chart a project team (Team id): its lead and members inside their home departments')
    .option('--depth <n>', 'show at most n levels below the top; deeper boxes collapse into "+N"', (v) => parseCount(v, '--depth'))
    .addOption(
      new Option('--level <level>', 'role: roles in department boxes; department: one box per department with seat totals')
        .choices(CHART_LEVELS)
        .default('role'),
    )
    .addOption(
      new Option('--lang <lang>', "language of the chart's own words: title, seat counts, legend (default: the org's locale)").choices(
        LOCALES,
      ),
    )
    .addOption(asOfOption())
    .addHelpText(
      'after',
      `
An org with errors is still drawn as far as it can be (a role whose manager is
unknown is drawn as a root, reporting cycles are broken); the number of errors
is printed on stderr and the exit code is 1.

Examples:
  $ orgctl chart examples/ops-center -o org-chart.svg
  $ orgctl chart org/ --format mermaid > org-chart.mmd     # paste into a \`\`\`mermaid block
  $ orgctl chart org/ --format dot | dot -Tpng -o org.png
  $ orgctl chart org/ --department customer-service --depth 1
  $ orgctl chart org/ --root cs-lead -o cs.svg
  $ orgctl chart org/ --level department -o departments.svg
  $ orgctl chart org/ --format html --depth 2 -o org-chart.html   # pan, zoom, search, fold; offline
  $ orgctl chart examples/project-teams --team 大促项目组 -o 大促项目组.svg
  $ orgctl chart org/ --format png --scale 2 -o org.png     # for slides, WeChat, DingTalk
  $ orgctl chart examples/ops-center --lang en              # English title and legend for a zh-CN org
`,
    )
    .action(async (path: string, opts: ChartCommandOptions) => {
      const { runChart } = await import('../actions/chart.js');
      process.exitCode = await runChart(path, opts);
    });
}

function parseScale(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0) || n > 16) throw new InvalidArgumentError('expected a number above 0, at most 16');
  return n;
}
