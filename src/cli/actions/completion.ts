/**
 * `orgctl completion <shell>`: the script is generated from the commander
 * program itself (commands, options, choices), plus the template names, so it
 * never falls behind the CLI.
 */
import { templateNames } from '../../init/templates.js';
import { RULES } from '../../lint/registry.js';
import { UsageError } from '../../core/errors.js';
import { writeOutput } from '../../core/fs/output.js';
import { bashScript } from '../completion/bash.js';
import { fishScript } from '../completion/fish.js';
import { completionSpec, type CompletionSpec } from '../completion/spec.js';
import { zshScript } from '../completion/zsh.js';
import { buildProgram } from '../main.js';

const WRITERS: Record<string, (spec: CompletionSpec) => string> = { bash: bashScript, zsh: zshScript, fish: fishScript };

export function completionScript(shell: string): string {
  const write = WRITERS[shell];
  if (!write) throw new UsageError(`no completion for shell '${shell}'; choose one of: ${Object.keys(WRITERS).join(', ')}`);
  return write(completionSpec(buildProgram(), { templates: templateNames(), rules: RULES.map((r) => r.id) }));
}

export function runCompletion(shell: string, opts: { output?: string }): number {
  writeOutput(completionScript(shell), opts.output);
  return 0;
}
