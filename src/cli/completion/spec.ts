/**
 * What the shell completions know, read from the commander program itself so
 * that a new command, option or format choice is completed without touching
 * the completion code. The shell writers (bash.ts, zsh.ts, fish.ts) turn this
 * into scripts.
 */
import type { Argument, Command, Option } from 'commander';

/** What a value (an option's or a positional argument's) completes to. */
export type ValueKind =
  | { kind: 'words'; words: string[] } // a fixed list: --format choices, template names
  | { kind: 'file' }
  | { kind: 'dir' }
  | { kind: 'revision' } // a git revision or a path (diff's sides)
  | { kind: 'free' }; // anything: a number, an id

export interface OptionSpec {
  short?: string; // "-f"
  long?: string; // "--format"
  description: string;
  /** Absent for flags that take no value. */
  value?: ValueKind;
}

export interface ArgumentSpec {
  name: string;
  description: string;
  required: boolean;
  variadic: boolean;
  value: ValueKind;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  args: ArgumentSpec[];
}

export interface CompletionSpec {
  program: string;
  options: OptionSpec[];
  commands: CommandSpec[];
}

/**
 * Values that commander cannot know about: `init --template` takes a name from the templates/ directory,
 * `explain <rule>` a rule id from the registry.
 */
export interface ExtraWords {
  templates: string[];
  rules: string[];
}

export function completionSpec(program: Command, extra: ExtraWords): CompletionSpec {
  const help = program.createHelp();
  const commands: CommandSpec[] = help.visibleCommands(program).map((cmd) => ({
    name: cmd.name(),
    description: cmd.description(),
    options: cmd
      .createHelp()
      .visibleOptions(cmd)
      .map((o) => optionSpec(o, extra)),
    args: cmd.registeredArguments.map((arg) => argumentSpec(arg, extra)),
  }));
  // commander's own `help [command]` takes a command name.
  const names = commands.map((c) => c.name).filter((n) => n !== 'help');
  for (const cmd of commands) {
    if (cmd.name === 'help') for (const arg of cmd.args) arg.value = { kind: 'words', words: names };
  }
  return { program: program.name(), options: help.visibleOptions(program).map((o) => optionSpec(o, extra)), commands };
}

function optionSpec(option: Option, extra: ExtraWords): OptionSpec {
  const spec: OptionSpec = { description: option.description };
  if (option.short) spec.short = option.short;
  if (option.long) spec.long = option.long;
  if (option.required || option.optional) spec.value = optionValue(option, extra);
  return spec;
}

function optionValue(option: Option, extra: ExtraWords): ValueKind {
  if (option.argChoices?.length) return { kind: 'words', words: [...option.argChoices] };
  if (option.long === '--template') return { kind: 'words', words: [...extra.templates] };
  // Otherwise the value's placeholder in the flags says what it is: -o, --output <file>.
  const placeholder = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1] ?? '';
  if (placeholder === 'dir') return { kind: 'dir' };
  if (placeholder === 'file' || placeholder === 'path') return { kind: 'file' };
  return { kind: 'free' };
}

function argumentSpec(arg: Argument, extra: ExtraWords): ArgumentSpec {
  const name = arg.name();
  return { name, description: arg.description, required: arg.required, variadic: arg.variadic, value: argumentValue(arg, extra) };
}

function argumentValue(arg: Argument, extra: ExtraWords): ValueKind {
  if (arg.argChoices?.length) return { kind: 'words', words: [...arg.argChoices] };
  const name = arg.name();
  if (name === 'rule') return { kind: 'words', words: [...extra.rules] };
  if (name === 'base' || name === 'head') return { kind: 'revision' };
  if (name === 'dir') return { kind: 'dir' };
  return { kind: 'file' };
}

/** The option's spellings: ["-f", "--format"]. */
export function spellings(option: OptionSpec): string[] {
  return [option.short, option.long].filter((s): s is string => s !== undefined);
}
