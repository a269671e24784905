import { Option, type Command } from 'commander';

export interface DiffOptions {
  format: 'text' | 'markdown' | 'json' | 'svg';
  path: string;
  exitCode?: boolean;
  output?: string;
}

export const DIFF_FORMATS = ['text', 'markdown', 'json', 'svg'];

export default function define(program: Command): Command {
  return program
    .command('diff')
    .description('semantic restructure diff of two versions of an org, with the findings it introduces and fixes')
    .argument('<base>', 'the org before: a path, or else a git revision')
    .argument('<head>', 'the org after: a path, or else a git revision')
    .option('-p, --path <path>', 'where the org is inside the repository, for sides given as git revisions', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option('--exit-code', 'exit 1 when the two sides differ (like git diff --exit-code)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      `
Each side is a directory or file when one exists at that path, else a git revision
of the current repository, read at --path straight from git's objects (no checkout:
fetch the base in a shallow CI clone first).

Exit codes: 0 done (with --exit-code: no difference), 1 with --exit-code: the sides
differ, 2 could not run (unknown path or revision, unwritable output).

Examples:
  $ orgctl diff main HEAD --path org                       # review a branch
  $ orgctl diff org-old/ org/                              # two directories
  $ orgctl diff origin/main HEAD -p org -f markdown >> "$GITHUB_STEP_SUMMARY"
  $ orgctl diff v1.0 HEAD -p org -f json | jq '.findings.introduced'
  $ orgctl diff main HEAD -p org -f svg -o restructure.svg
`,
    )
    .action(async (base: string, head: string, opts: DiffOptions) => {
      const { runDiff } = await import('../actions/diff.js');
      process.exitCode = await runDiff(base, head, opts);
    });
}
