import { Argument, type Command } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish'];

export default function define(program: Command): Command {
  return program
    .command('completion')
    .description('print a shell completion script (commands, options, formats, template names)')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELLS))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      `
Install:
  bash  $ orgctl completion bash > ~/.local/share/bash-completion/completions/orgctl
        (or add to ~/.bashrc: source <(orgctl completion bash))
  zsh   $ orgctl completion zsh > "\${fpath[1]}/_orgctl"     # then start a new shell
  fish  $ orgctl completion fish > ~/.config/fish/completions/orgctl.fish
`,
    )
    .action(async (shell: string, opts: { output?: string }) => {
      const { runCompletion } = await import('../actions/completion.js');
      process.exitCode = runCompletion(shell, opts);
    });
}
