import { InvalidArgumentError, Option, type Command } from 'commander';
import { asOfOption } from '../asOf.js';
import { REPORT_FORMATS, type ReportFormat } from '../../report/types.js';

export interface ValidateOptions {
  format: ReportFormat;
  maxWarnings?: number;
  quiet?: boolean;
  output?: string;
  asOf?: string;
  fix?: boolean;
  /** --color / --no-color; undefined: NO_COLOR, FORCE_COLOR, then whether stdout is a terminal. */
  color?: boolean;
  fixDryRun?: boolean;
  /** Keep each file's parse between runs (load/cache.ts). */
  cache?: boolean;
  cacheLocation?: string;
  /** Threads that parse; undefined: ORGCTL_JOBS, else by the org's size. */
  jobs?: number;
}

export default function define(program: Command): Command {
  return program
    .command('validate')
    .description('check an org against the format and every rule; report findings')
    .argument('[paths...]', 'org directories or files', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)', (v) =>
      v === '-1' ? -1 : parseCount(v, '--max-warnings'),
    )
    .option('-q, --quiet', 'report errors only (warnings are neither shown nor counted)')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(asOfOption())
    .option('--fix', "apply the safe suggestions (a typo'd id with one did-you-mean) to the org's files, then report what is left")
    .option('--color', 'colour the report even when stdout is not a terminal')
    .option('--no-color', 'never colour the report (as NO_COLOR=1 does)')
    .option(
      '--fix-dry-run',
      "print the changes --fix would make as a unified diff (with --format json: JSON, each file's edits and diff); write nothing; exit 1 if errors would remain",
    )
    .option('--cache', "keep each file's parse in a cache file; later runs parse only the files that changed")
    .option('--cache-location <file>', 'where --cache keeps its file (default: .orgctl-cache in the current directory)')
    .option(
      '-j, --jobs <n>',
      'threads that parse the files (default: 1, this thread only, or ORGCTL_JOBS; more pays only on idle cores)',
      (v) => parsePositive(v, '--jobs'),
    )
    .addHelpText(
      'after',
      `
Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 could not run.

Examples:
  $ orgctl validate                          # the org in the current directory
  $ orgctl validate examples/ops-center
  $ orgctl validate org/ --format github     # annotations in GitHub Actions
  $ orgctl validate org/ --format sarif -o orgctl.sarif
  $ orgctl validate org/ --max-warnings 0
  $ orgctl validate org/ --as-of 2027-01-01     # the org once a planned restructure takes effect
  $ orgctl validate org/ --fix-dry-run       # the diff --fix would apply
  $ orgctl validate org/ --fix-dry-run --format json   # the same for a script: {fixes: [{file, applied, edits, diff}], summary}
  $ orgctl validate org/ --fix
  $ orgctl validate org/ --cache             # the edit loop: only changed files are parsed again
  $ orgctl validate org/ --jobs 1            # parse on one thread only
`,
    )
    .action(async (paths: string[], opts: ValidateOptions) => {
      const { runValidate } = await import('../actions/validate.js');
      process.exitCode = await runValidate(paths, opts);
    });
}

export function parseCount(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) {
    throw new InvalidArgumentError(`${flag} must be a whole number, got '${value}'`);
  }
  return Number(value);
}

export function parsePositive(value: string, flag: string): number {
  const n = parseCount(value, flag);
  if (n < 1 || n > 256) throw new InvalidArgumentError(`${flag} must be a whole number from 1 to 256, got '${value}'`);
  return n;
}
