import type { Command } from 'commander';

export default function define(program: Command): Command {
  return program
    .command('schema')
    .description('print the JSON Schema (draft-07) of the org format (same as schemas/orgctl.schema.json)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orgctl schema > orgctl.schema.json\n  # in a YAML file: # yaml-language-server: $schema=./orgctl.schema.json\n',
    )
    .action(async (opts: { output?: string }) => {
      const { jsonSchemaText } = await import('../../model/jsonSchema.js');
      const { writeOutput } = await import('../../core/fs/output.js');
      writeOutput(jsonSchemaText(), opts.output);
    });
}
