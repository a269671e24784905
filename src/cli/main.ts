/**
 * The CLI: thin commander wiring. Each command's definition lives in
 * commands/<name>.ts and loads its implementation (actions/<name>.ts) only when
 * it runs, so `orgctl --version` and `--help` stay light (no yaml, zod or elkjs).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { terminalText } from '../core/escape/terminal.js';
import { UsageError } from '../core/errors.js';
import { cannotWrite } from '../core/fs/output.js';
import { didYouMeanAny, didYouMeanValue, type Synonyms } from '../core/text/suggest.js';
import { aliasOf } from './acceptAlso.js';
import { packageVersion } from '../core/version.js';
import { COMMANDS } from './commands/index.js';
import { debug, note, say } from './stderr.js';
import { listenForNotices } from '../core/notices.js';

export function buildProgram(): Command {
  const program = new Command('orgctl')
    .description('Org-as-code: validate org YAML, draw org charts, write the handbook, diff restructures.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(false)
    .exitOverride();
  reportErrorsOf(program);
  program.addHelpText(
    'after',
    `
Examples:
  $ orgctl validate examples/ops-center
  $ orgctl validate org/ --format github --max-warnings 0
  $ orgctl chart org/ -o org-chart.svg
  $ orgctl docs org/ -o handbook/ --lang zh-CN
  $ orgctl diff main HEAD --path org --format markdown
`,
  );
  for (const define of COMMANDS) {
    const cmd = define(program);
    cmd.exitOverride().showSuggestionAfterError(false);
    reportErrorsOf(cmd);
    suggestChoices(cmd);
  }
  return program;
}

/** Commander's errors, as one line each: `orgctl: <message>`, user text inert. */
function reportErrorsOf(cmd: Command): void {
  cmd.configureOutput({
    outputError: (str, write) => {
      write(`orgctl: ${terminalLines(withGuess(str.replace(/^error: /, ''), cmd))}`);
    },
  });
}

/**
 * Commander's own guess sits on a line of its own and misses a slip of case
 * (`VALIDATE`, `--FORMAT`) or a short flag (`-v` for `-V`): ours is the one
 * every orgctl did-you-mean uses, on the message's line.
 */
function withGuess(message: string, cmd: Command): string {
  const unknown = /^unknown (command|option) '(.*)'\n$/.exec(message);
  if (!unknown) return message;
  const [, what, name] = unknown as unknown as [string, string, string];
  // `orgctl version` means --version (the root's own option, so only there).
  const candidates = what === 'command' ? [...commandNames(cmd), ...(cmd.parent ? [] : ['--version'])] : optionFlags(cmd);
  // `--formt=json`: the guess is about the option's name.
  const typed = what === 'option' ? name.split('=')[0]! : name;
  // A short flag is one letter: any other letter is one edit away, so only its other case is a guess.
  const guess = /^-[^-]$/.test(typed)
    ? didYouMeanAny(candidates.filter((c) => c !== typed && c.toLowerCase() === typed.toLowerCase()))
    : didYouMeanValue(typed, candidates, what === 'command' ? COMMAND_SYNONYMS : {});
  const elsewhere = guess === '' && what === 'option' ? takenBy(typed, cmd) : '';
  return `${message.slice(0, -1)}${guess}${elsewhere}\n`;
}

/** An option of other commands, given to one that has none such: say which take it (`validate --lang`). */
function takenBy(flag: string, cmd: Command): string {
  if (!cmd.parent) return '';
  const others = cmd.parent.commands
    .filter((c) => c !== cmd && c.options.some((o) => o.long === flag || o.short === flag))
    .map((c) => c.name())
    .sort();
  if (others.length === 0) return '';
  return `: ${cmd.name()} does not take it (${others.join(', ')} ${others.length === 1 ? 'does' : 'do'})`;
}

/** What other CLIs call these commands (ESLint's lint, kubectl's version, …): no spelling rule finds them. */
const COMMAND_SYNONYMS: Synonyms = {
  lint: 'validate',
  check: 'validate',
  verify: 'validate',
  complete: 'completion',
  version: '--version',
};

function commandNames(cmd: Command): string[] {
  return [...cmd.commands.map((c) => c.name()), 'help'];
}

/** The command's options and those of the commands above it (commander takes `validate --version`). */
function optionFlags(cmd: Command): string[] {
  const flags: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) {
    for (const option of c.createHelp().visibleOptions(c)) flags.push(...[option.long, option.short].filter((f) => f !== undefined));
  }
  return flags;
}

/**
 * Commander refuses a value outside an option's or argument's choices without a
 * guess; the nearest choice is added, as for unknown options
 * (`--fail-on new-error` → did you mean 'new-errors'?).
 */
function suggestChoices(cmd: Command): void {
  for (const holder of [...cmd.options, ...cmd.registeredArguments]) {
    const choices = holder.argChoices;
    if (!choices) continue;
    const alias = aliasOf(holder);
    holder.argParser((value: string) => {
      if (choices.includes(value)) return value;
      const meant = alias?.(value);
      if (meant !== undefined && choices.includes(meant)) return meant;
      throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}${didYouMeanValue(value, choices)}.`);
    });
  }
}

/** Commander's messages quote the arguments given; each of their lines is made inert (the line breaks are commander's). */
function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

let pipeGuarded = false;

/**
 * `orgctl … | head` closes the pipe early: that is the reader's choice, not an error. Any other failure
 * (`> report.sarif` on a full disk) is output that could not be written: one line and exit 2, as for `-o`,
 * never a stack trace with exit 1, which CI reads as findings.
 */
function guardStdoutPipe(): void {
  if (pipeGuarded) return; // main() may run many times in one process (tests, library use)
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    say(cannotWrite('standard output', err).message);
    process.exit(2);
  });
}

/** Run the CLI; sets process.exitCode (0 ok, 1 findings/differences, 2 could not do the job). */
export async function main(argv: string[]): Promise<void> {
  guardStdoutPipe();
  // Each notice once: `diff dir:org dir:org` reads the folder twice, `serve` on every change.
  const noted = new Set<string>();
  listenForNotices((text) => {
    if (noted.has(text)) return;
    noted.add(text);
    note(text);
  });
  const program = buildProgram();
  try {
    refuseHelpForUnknown(program, argv.slice(2));
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = exitCodeFor(err);
  }
}

/** Commander answers `help valdate` with the program's help and exit 0: a typo that a script would take for success. */
function refuseHelpForUnknown(program: Command, args: string[]): void {
  const [first, name] = args;
  if (first !== 'help' || name === undefined || name.startsWith('-')) return;
  if (commandNames(program).includes(name)) return;
  program.error(`unknown command '${name}'`, { code: 'commander.unknownCommand', exitCode: 2 });
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and version are successful exits; everything else commander rejects is bad usage.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    // `orgctl help` succeeds; `orgctl` alone prints the help on stderr because it was not told what to do.
    if (err.code === 'commander.help') return err.exitCode === 0 ? 0 : 2;
    return 2;
  }
  if (err instanceof UsageError) {
    // Messages quote paths, revisions and YAML values: one line, whatever they hold (stderr.ts escapes).
    say(err.message);
    return 2;
  }
  // Anything can be thrown, not only an Error.
  say(`internal error: ${err instanceof Error ? err.message : String(err)}`);
  debug(err instanceof Error ? (err.stack ?? '') : '');
  return 2;
}
