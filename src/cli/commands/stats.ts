import { asOfOption } from '../asOf.js';
import { Option, type Command } from 'commander';
import { STATS_FORMATS, type StatsFormat } from '../../stats/formats.js';
import { LOCALES, type Locale } from '../../core/locale.js';

export interface StatsOptions {
  asOf?: string;
  format: StatsFormat;
  output?: string;
  lang?: Locale;
}

export default function define(program: Command): Command {
  return program
    .command('stats')
    .description('seats, holders, vacancies, layers and span of control, per department and in total')
    .argument('[path]', 'org directory or file', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(STATS_FORMATS).default('text'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addOption(new Option('--lang <lang>', "language of the text format's headings (default: the org's locale)").choices(LOCALES))
    .addOption(asOfOption())
    .addHelpText(
      'after',
      `
Departments count their sub-departments (like headcount_budget). Span of control is a
manager's direct solid-line reports in seats, against the org's span-of-control max
(no limit when the org turns the rule off: rules: {span-of-control: off}).
Vacancies are counted only for roles that list their holders.

Examples:
  $ orgctl stats examples/ops-center
  $ orgctl stats org/ --format json | jq .total.vacancies
  $ orgctl stats examples/ops-center --lang en        # English headings for a zh-CN org
`,
    )
    .action(async (path: string, opts: StatsOptions) => {
      const { runStats } = await import('../actions/stats.js');
      process.exitCode = runStats(path, opts);
    });
}
