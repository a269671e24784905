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
  const explain = program
    .command('explain')
    .description("print a rule's documentation: why, how to fix, an example, its options")
    .argument('<rule>', 'rule id (see orgctl rules)')
    .addHelpText('after', '\nExamples:\n  $ orgctl explain span-of-control\n')
    .action(async (id: string) => {
      const { explainRule } = await import('../actions/rules.js');
      process.stdout.write(explainRule(id));
    });
  saysWhereRulesAre(explain);
  return explain;
}

/**
 * `orgctl explain` alone: instead of commander's "missing required argument 'rule'", say where the rule ids
 * are. Commander reports a missing argument through missingArgument, which its types do not declare.
 */
function saysWhereRulesAre(command: Command): void {
  const internal = command as unknown as { missingArgument(name: string): never };
  internal.missingArgument = (): never =>
    command.error("missing required argument 'rule': orgctl rules lists the rule ids (e.g. orgctl explain span-of-control)", {
      code: 'commander.missingArgument',
    });
}
