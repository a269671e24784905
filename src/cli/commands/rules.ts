import type { Command } from 'commander';

export default function define(program: Command): Command {
  program
    .command('rules')
    .description('list every rule: id, default severity, what it reports')
    .addHelpText('after', '\nExamples:\n  $ orgctl rules\n  $ orgctl explain reports-to-unknown\n')
    .action(async () => {
      const { listRules } = await import('../actions/rules.js');
      process.stdout.write(listRules());
    });
  return program
    .command('explain')
    .description("print a rule's documentation: why, how to fix, an example, its options")
    .argument('<rule>', 'rule id (see orgctl rules)')
    .addHelpText('after', '\nExamples:\n  $ orgctl explain span-of-control\n')
    .action(async (id: string) => {
      const { explainRule } = await import('../actions/rules.js');
      process.stdout.write(explainRule(id));
    });
}
