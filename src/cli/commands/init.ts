import type { Command } from 'commander';
import { DEFAULT_TEMPLATE } from '../../init/templates.js';

export interface InitOptions {
  template?: string;
  list?: boolean;
  force?: boolean;
}

export default function define(program: Command): Command {
  return (
    program
      .command('init')
      .description('write a starter org from a template (and orgctl.schema.json for editors)')
      .argument('[dir]', 'directory to write the org into (created when missing)', '.')
      // Not .choices(): an unknown name gets a "did you mean" and the list, like an unknown id.
      .option('-t, --template <name>', 'the template to start from (see --list)', DEFAULT_TEMPLATE)
      .option('-l, --list', 'list the templates and exit')
      .option('--force', 'overwrite files that already exist')
      .addHelpText(
        'after',
        `
Every YAML document (each file's first line, and the line after each "---")
starts with "# yaml-language-server: $schema=…" pointing at the orgctl.schema.json
written beside the org, so editors with YAML support complete and check fields.
.vscode/settings.json maps that schema to the org's YAML files; an existing one
is merged when it is plain JSON, else left as it is with a note.
Existing files are never overwritten without --force.

Examples:
  $ orgctl init --list
  $ orgctl init org                              # the minimal English org in ./org
  $ orgctl init org --template ops-center        # an operations center with head-counts
  $ orgctl init org --template ecommerce-startup --force
`,
      )
      .action(async (dir: string, opts: InitOptions) => {
        const { runInit } = await import('../actions/init.js');
        process.exitCode = runInit(dir, opts);
      })
  );
}
