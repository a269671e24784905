/**
 * `orgctl completion bash|zsh|fish`: the scripts parse in their shell, name
 * every command, and — run in bash (and fish/zsh where installed) — complete
 * what the commander program declares.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { completionScript } from '../src/cli/actions/completion.js';
import { buildProgram } from '../src/cli/main.js';
import { templateNames } from '../src/init/templates.js';
import { RULES } from '../src/lint/registry.js';
import { runCli } from './support/cli.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

function has(shell: string): boolean {
  return spawnSync(shell, ['-c', 'exit 0']).status === 0;
}

const program = buildProgram();
const commands = program.commands.map((c) => c.name());
const optionsOf = (name: string): Option[] => program.commands.find((c) => c.name() === name)!.options as Option[];

function scriptFile(shell: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-completion-')), `orgctl.${shell}`);
  fs.writeFileSync(file, completionScript(shell));
  return file;
}

/** What bash completes for `words` (the last one is being typed), in an empty directory. */
function bashComplete(words: string[]): string[] {
  const script = scriptFile('bash');
  const quoted = words.map((w) => `'${w}'`).join(' ');
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-completion-cwd-'));
  const r = spawnSync(
    'bash',
    ['-c', `source '${script}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _orgctl; printf '%s\\n' "\${COMPREPLY[@]}"`],
    { cwd, encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('orgctl completion', () => {
  it.each(SHELLS)('the %s script names every command and is the same every time', (shell) => {
    const script = completionScript(shell);
    expect(commands).toEqual(expect.arrayContaining(['validate', 'init', 'completion']));
    for (const name of commands) expect(script, name).toMatch(new RegExp(`(^|[\\s'(])${name}[\\s'):]`));
    for (const name of templateNames()) expect(script).toContain(name);
    expect(completionScript(shell)).toBe(script);
  });

  it('the bash script passes bash -n', () => {
    const r = spawnSync('bash', ['-n', scriptFile('bash')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!has('zsh'))('the zsh script passes zsh -n and registers itself with compdef', () => {
    const file = scriptFile('zsh');
    expect(spawnSync('zsh', ['-n', file], { encoding: 'utf8' }).status).toBe(0);
    const r = spawnSync('zsh', ['-f', '-c', `autoload -Uz compinit; compinit -u -D; source '${file}'; print -r -- $_comps[orgctl]`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('_orgctl');
  });

  it.skipIf(!has('fish'))('the fish script passes fish -n and completes commands, formats and templates', () => {
    const file = scriptFile('fish');
    expect(spawnSync('fish', ['-n', file], { encoding: 'utf8' }).status).toBe(0);
    const complete = (line: string) =>
      spawnSync('fish', ['-c', `source '${file}'; complete -C '${line}'`], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]);
    expect(complete('orgctl ')).toEqual(expect.arrayContaining(commands));
    expect(complete('orgctl validate --format ').sort()).toEqual(
      [...optionsOf('validate').find((o) => o.long === '--format')!.argChoices!].sort(),
    );
    expect(complete('orgctl init --template ').sort()).toEqual(templateNames());
  });

  it('bash completes the commands, then only options after a dash', () => {
    // commander's implicit `help [command]` comes last.
    expect(bashComplete(['orgctl', ''])).toEqual([...commands, 'help']);
    expect(bashComplete(['orgctl', '-'])).toEqual(['-V', '--version', '-h', '--help']);
    expect(bashComplete(['orgctl', 'va'])).toEqual(['validate']);
  });

  it("bash completes every command's options", () => {
    for (const name of commands) {
      const longs = optionsOf(name).map((o) => o.long!);
      expect(bashComplete(['orgctl', name, '--']), name).toEqual([...longs, '--help']);
    }
  });

  it('bash completes --format choices, also after --format=', () => {
    for (const name of commands) {
      const format = optionsOf(name).find((o) => o.long === '--format');
      if (!format) continue;
      expect(bashComplete(['orgctl', name, '--format', '']), name).toEqual(format.argChoices);
      expect(bashComplete(['orgctl', name, '-f', '']), name).toEqual(format.argChoices);
    }
    expect(bashComplete(['orgctl', 'validate', '--format', '=', 'j'])).toEqual(['json', 'junit']);
  });

  it('every option that declares choices completes to them, in each shell, import --encoding included', () => {
    const bash = completionScript('bash');
    const zsh = completionScript('zsh');
    const fish = completionScript('fish');
    let walked = 0;
    for (const name of commands)
      for (const option of optionsOf(name)) {
        if (!option.argChoices) continue;
        walked++;
        const what = `${name} ${option.long!}`;
        expect(bashComplete(['orgctl', name, option.long!, '']), what).toEqual(option.argChoices);
        for (const choice of option.argChoices) {
          expect(bash, what).toContain(choice);
          expect(zsh, what).toContain(choice);
          expect(fish, what).toMatch(new RegExp(`-l ${option.long!.slice(2)} [^\n]*${choice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        }
      }
    expect(walked).toBeGreaterThanOrEqual(14);
    expect(bashComplete(['orgctl', 'import', '--encoding', ''])).toEqual(['utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be']);
    expect(bashComplete(['orgctl', 'import', '--encoding', 'gb'])).toEqual(['gbk', 'gb18030']);
  });

  it('an option that takes a value declares its choices, names a file or folder, or is a free value listed here', () => {
    // A closed set of values must be declared with .choices() (completion, --help and did-you-mean all read it);
    // a new option whose values are free (an id, a number, a date) is added here on purpose.
    const FREE = new Set([
      '--max-warnings',
      '--jobs',
      '--as-of',
      '--scale',
      '--root',
      '--department',
      '--team',
      '--depth',
      '--labels',
      '--max-bytes',
      '--host',
      '--port',
      '--map',
      '--id',
      '--name',
      '--base',
      '--template', // init: completed from the templates folder
    ]);
    for (const name of commands)
      for (const option of optionsOf(name)) {
        if (!option.required && !option.optional) continue;
        if (option.argChoices) continue;
        const placeholder = /<([^>]+)>/.exec(option.flags)?.[1];
        if (placeholder === 'file' || placeholder === 'dir' || placeholder === 'path') continue;
        expect(FREE, `${name} ${option.flags}: declare its choices, or list it as free`).toContain(option.long);
      }
  });

  it('bash completes template names, shells, and command names for help', () => {
    expect(bashComplete(['orgctl', 'init', '--template', ''])).toEqual(templateNames());
    expect(bashComplete(['orgctl', 'init', '-t', 'ops'])).toEqual(['ops-center']);
    expect(bashComplete(['orgctl', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(bashComplete(['orgctl', 'completion', 'bash', ''])).toEqual([]);
    expect(bashComplete(['orgctl', 'help', 'd'])).toEqual(['docs', 'diff']);
  });

  it('bash and fish complete rule ids for explain, not file names', () => {
    const ids = RULES.map((r) => r.id);
    expect(bashComplete(['orgctl', 'explain', ''])).toEqual(ids);
    expect(bashComplete(['orgctl', 'explain', 'span'])).toEqual(['span-of-control']);
    expect(completionScript('zsh')).toContain('span-of-control');
    if (!has('fish')) return;
    const file = scriptFile('fish');
    const r = spawnSync('fish', ['-c', `source '${file}'; complete -C 'orgctl explain span'`], { encoding: 'utf8' });
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['span-of-control']);
  });

  it('bash completes file names typed with a backslash or an opening quote: spaces and Chinese', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-completion-cwd-'));
    fs.mkdirSync(path.join(cwd, 'my org'));
    fs.writeFileSync(path.join(cwd, '花名册 2024.xlsx'), '');
    const script = scriptFile('bash');
    // COMP_WORDS holds the word as typed, quotes and backslashes included.
    const complete = (typed: string) => {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `source '${script}'; COMP_WORDS=(orgctl "$1" "$2"); COMP_CWORD=2; _orgctl; printf '%s\\n' "\${COMPREPLY[@]}"`,
          'bash',
          typed === '花' ? 'import' : 'validate',
          typed,
        ],
        { cwd, encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(complete('my')).toEqual(['my org']);
    expect(complete('my\\ o')).toEqual(['my org']);
    expect(complete("'my o")).toEqual(['my org']);
    expect(complete('"my o')).toEqual(['my org']);
    expect(complete('花')).toEqual(['花名册 2024.xlsx']);
  });

  it.skipIf(!has('zsh'))('zsh completes commands, --format values (also after --format=), rule ids and names with spaces', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-completion-cwd-'));
    fs.mkdirSync(path.join(cwd, 'my org'));
    fs.writeFileSync(path.join(cwd, '花名册 2024.xlsx'), '');
    const fpath = path.dirname(scriptFile('zsh'));
    fs.renameSync(path.join(fpath, 'orgctl.zsh'), path.join(fpath, '_orgctl'));
    // An interactive zsh in a pseudo-terminal: compadd is wrapped to print what it is given, then TAB is typed.
    const driver = path.join(fpath, 'drive.zsh');
    fs.writeFileSync(
      driver,
      [
        'zmodload zsh/zpty',
        'zpty z zsh -f -i',
        `zpty -w z "PROMPT=''; fpath=('$1' \\$fpath); autoload -Uz compinit; compinit -u -D"`,
        `zpty -w z "compadd () { builtin compadd -O __hits \\"\\$@\\"; print -rl -- '<<' \\$__hits '>>' }"`,
        `zpty -w z "cd '$2'; print -r -- READY"`,
        "zpty -r z line '*READY*'",
        'zpty -n -w z "$3"$\'\\t\'',
        'out=""',
        'while zpty -r -t z line; do out+="$line"; sleep 0.05; done',
        'sleep 1',
        'while zpty -r -t z line; do out+="$line"; done',
        "print -r -- \"$out\" | tr -d '\\r' | sed -n '/<</,/>>/p' | grep -v '<<\\|>>' | sort -u",
        'zpty -d z',
      ].join('\n'),
    );
    const complete = (line: string) =>
      spawnSync('zsh', ['-f', driver, fpath, cwd, line], { encoding: 'utf8', timeout: 30_000 }).stdout.split('\n').filter(Boolean);
    expect(complete('orgctl ')).toEqual(expect.arrayContaining(commands));
    const formats = [...optionsOf('chart').find((o) => o.long === '--format')!.argChoices!].sort();
    expect(complete('orgctl chart --format ')).toEqual(formats);
    expect(complete('orgctl chart --format=')).toEqual(formats);
    expect(complete('orgctl explain span')).toEqual(['span-of-control']);
    expect(complete('orgctl validate my\\ o')).toContain('my org');
    expect(complete('orgctl import 花')).toContain('花名册 2024.xlsx');
  });

  it('bash completes nothing for a free value, and revisions for diff sides', () => {
    expect(bashComplete(['orgctl', 'validate', '--max-warnings', ''])).toEqual([]);
    expect(bashComplete(['orgctl', 'diff', 'H'])).toEqual(['HEAD']);
    // The option's value is skipped when counting positionals: still the first side.
    expect(bashComplete(['orgctl', 'diff', '--path', 'org', 'H'])).toEqual(['HEAD']);
    // Two sides given: nothing more to complete.
    expect(bashComplete(['orgctl', 'diff', 'a', 'b', 'H'])).toEqual([]);
  });

  it('the CLI prints the script; an unknown shell is bad usage', () => {
    const ok = runCli(['completion', 'bash']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(completionScript('bash'));
    const bad = runCli(['completion', 'tcsh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('tcsh');
  });
});
