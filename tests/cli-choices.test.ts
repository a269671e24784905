/**
 * A value that is not one of an option's choices gets a did-you-mean, as an
 * unknown option or rule id does: `--format githb`, `--format SARIF`,
 * `--lang zh-cn`. Still exit 2 with one line.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from './support/main.js';

describe('choices', () => {
  it.each([
    [['validate', '--format', 'githb'], "option '-f, --format <format>' argument 'githb' is invalid", "(did you mean 'github'?)"],
    [['validate', '-f', 'SARIF'], "argument 'SARIF' is invalid", "(did you mean 'sarif'?)"],
    [['stats', '--lang', 'zh_CN'], "argument 'zh_CN' is invalid", "(did you mean 'zh-CN'?)"],
    [['completion', 'zsh2'], "value 'zsh2' is invalid for argument 'shell'", "(did you mean 'zsh'?)"],
  ])('%j', async (args, what, suggestion) => {
    const r = await runMain(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.stderr).toContain(what);
    expect(r.stderr).toContain('Allowed choices are ');
    expect(r.stderr).toContain(suggestion);
  });

  it('a value far from every choice gets the list only', async () => {
    const r = await runMain(['validate', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "orgctl: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, compact, json, github, github-actions, sarif, junit.\n",
    );
  });

  it('a valid choice still parses', async () => {
    const r = await runMain(['completion', 'bash']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('orgctl');
  });
});
