import { asOfOption } from '../asOf.js';
import { Option, type Command } from 'commander';
import { DOCS_FORMATS, type DocsFormat } from '../../docs/formats.js';

import { LOCALES, type Locale } from '../../core/locale.js';

export interface DocsOptions {
  asOf?: string;
  output?: string;
  format: DocsFormat;
  lang?: Locale;
  /** List the org's findings at the front of the handbook. */
  findings?: boolean;
}

export default function define(program: Command): Command {
  return program
    .command('docs')
    .description('write the org handbook: overview, departments, job descriptions, KPI dictionary, workflows with RACI')
    .argument('[path]', 'org directory or file', '.')
    .option('-o, --output <dir>', 'directory to write the handbook into (required)')
    .addOption(new Option('-f, --format <format>', 'markdown pages, or one printable HTML file').choices(DOCS_FORMATS).default('markdown'))
    .addOption(new Option('--lang <lang>', "language of headings and labels (default: the org's locale)").choices(LOCALES))
    .option('--findings', "list the org's findings (errors and warnings) at the front of the handbook")
    .addOption(asOfOption())
    .addHelpText(
      'after',
      `
Markdown: README.md (overview, org chart, department tree, head-count), roles.md,
kpis.md, one page per department (departments/), role (roles/) and workflow
(workflows/), cross-linked; renders on GitHub and GitLab. HTML: handbook.html,
one self-contained file to print or save as PDF.

Only files orgctl wrote are touched: the list (with a hash of each) is kept in
DIR/.orgctl-docs.json, pages of entities that no longer exist are removed on the
next run unless edited, a file of yours in DIR is never overwritten, and no
symbolic link inside DIR is followed. An org with findings still gets its
handbook (exit code 1 when there are errors); the handbook is for employees,
so findings are listed in it only with --findings.

Examples:
  $ orgctl docs org/ -o handbook/
  $ orgctl docs org/ -o handbook/ --lang en
  $ orgctl docs org/ -o review/ --findings     # a draft for the org's authors, with the findings in front
  $ orgctl docs org/ -o print/ --format html     # then print print/handbook.html to PDF
`,
    )
    .action(async (orgPath: string, opts: DocsOptions) => {
      const { runDocs } = await import('../actions/docs.js');
      process.exitCode = await runDocs(orgPath, opts);
    });
}
