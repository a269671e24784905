/** A value outside an option's choices: exit 2, one line, and the nearest choice when there is one. */
import { describe, expect, it } from 'vitest';
import { runMain } from './support/main.js';

describe('choices', () => {
  it('suggests the nearest choice for a mistyped --fail-on, --format, --level, --lang and <shell>', async () => {
    const cases: [string[], string][] = [
      [['diff', 'a', 'b', '--fail-on', 'new-error'], 'new-errors'],
      [['diff', 'a', 'b', '-f', 'markdwn'], 'markdown'],
      [['serve', '--level', 'departments'], 'department'],
      [['validate', '--format', 'sarf'], 'sarif'],
      [['diff', 'a', 'b', '--lang', 'zh-cn'], 'zh-CN'],
      [['completion', 'zhs'], 'zsh'],
      // Case and a missing word do not hide the choice either.
      [['diff', 'a', 'b', '-f', 'JSON'], 'json'],
      [['diff', 'a', 'b', '--fail-on', 'new'], "new-errors' or 'new-warnings"],
      [['init', 'x', '-t', 'MINIMAL-EN'], 'minimal-en'],
      [['init', 'x', '-t', 'ops'], 'ops-center'],
    ];
    for (const [args, meant] of cases) {
      const r = await runMain(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toContain(`(did you mean '${meant}'?)`);
    }
  });

  it('adds no guess when nothing is near, and still takes every listed choice', async () => {
    const r = await runMain(['diff', 'a', 'b', '--fail-on', 'xyzzy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices are new-errors, new-warnings, any-errors');
    expect(r.stderr).not.toContain('did you mean');
    expect((await runMain(['completion', 'fish'])).code).toBe(0);
  });
});

describe('diff with one git range instead of two sides', () => {
  it('says how to write the two sides (main..HEAD, and main...HEAD from the merge base, itself a side)', async () => {
    const two = await runMain(['diff', 'main..HEAD', '-p', 'org']);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe("orgctl: 'main..HEAD' is a git range; orgctl diff takes its two ends as sides: orgctl diff main HEAD\n");
    const three = await runMain(['diff', 'origin/main...HEAD']);
    expect(three.stderr).toBe(
      "orgctl: 'origin/main...HEAD' is a git range; orgctl diff takes its two ends as sides: orgctl diff origin/main...HEAD HEAD\n",
    );
    // A path is not a range, and a missing side is still named.
    expect((await runMain(['diff', 'org/../old'])).stderr).toBe("orgctl: missing required argument 'head'\n");
  });
});

describe('choices, option by option', () => {
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
