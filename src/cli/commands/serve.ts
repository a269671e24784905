import { asOfOption } from '../asOf.js';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CHART_LEVELS, type ChartLevel } from '../../chart/types.js';
import { parseCount } from './validate.js';

export interface ServeCommandOptions {
  asOf?: string;
  host: string;
  port: number;
  open?: boolean;
  root?: string;
  department?: string;
  depth?: number;
  level: ChartLevel;
}

function parsePort(value: string): number {
  const n = parseCount(value, '--port');
  if (n > 65535) throw new InvalidArgumentError(`--port must be at most 65535, got '${value}'`);
  return n;
}

export default function define(program: Command): Command {
  return program
    .command('serve')
    .description('live preview: serve the interactive chart, the handbook and the findings, and update them on every save')
    .argument('[path]', 'org directory or file', '.')
    .option('--host <address>', 'address to listen on (only this machine by default)', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', parsePort, 7420)
    .option('--open', 'open the chart in the default browser')
    .addOption(new Option('--root <role>', 'chart only the reporting subtree under this role').conflicts('department'))
    .addOption(new Option('--department <dept>', 'chart only this department and its sub-departments').conflicts('root'))
    .option('--depth <n>', 'fold the chart below n levels at first (unfold in the page)', (v) => parseCount(v, '--depth'))
    .addOption(
      new Option('--level <level>', 'role: roles in department boxes; department: one box per department')
        .choices(CHART_LEVELS)
        .default('role'),
    )
    .addOption(asOfOption())
    .addHelpText(
      'after',
      `
Watches the org's YAML files and pushes each saved change to the open pages.
A file that does not parse keeps the last good chart on screen with the error
on top. Stop with Ctrl-C.

Examples:
  $ orgctl serve examples/ops-center            # then open http://127.0.0.1:7420/
  $ orgctl serve org/ --port 8080 --open
  $ orgctl serve org/ --depth 2 --level department
`,
    )
    .action(async (path: string, opts: ServeCommandOptions) => {
      const { runServe } = await import('../actions/serve.js');
      process.exitCode = await runServe(path, opts);
    });
}
