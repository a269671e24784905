/** A mistyped command or option: exit 2, one line on stderr, and the guess on that line. */
import { describe, expect, it } from 'vitest';
import { runMain } from './support/main.js';

describe('unknown commands and options', () => {
  it.each([
    [['valdate'], "orgctl: unknown command 'valdate' (did you mean 'validate'?)\n"],
    [['exlpain', 'span-of-control'], "orgctl: unknown command 'exlpain' (did you mean 'explain'?)\n"],
    [['VALIDATE'], "orgctl: unknown command 'VALIDATE' (did you mean 'validate'?)\n"],
    [['rule'], "orgctl: unknown command 'rule' (did you mean 'rules'?)\n"],
    // Words other CLIs use for these commands: no spelling rule finds them.
    [['complete', 'bash'], "orgctl: unknown command 'complete' (did you mean 'completion'?)\n"],
    [['lint', 'org'], "orgctl: unknown command 'lint' (did you mean 'validate'?)\n"],
    [['check'], "orgctl: unknown command 'check' (did you mean 'validate'?)\n"],
    [['version'], "orgctl: unknown command 'version' (did you mean '--version'?)\n"],
    [['validate', '--formt', 'json'], "orgctl: unknown option '--formt' (did you mean '--format'?)\n"],
    [['validate', '--max-warning', '0'], "orgctl: unknown option '--max-warning' (did you mean '--max-warnings'?)\n"],
    [['init', '--templte', 'x'], "orgctl: unknown option '--templte' (did you mean '--template'?)\n"],
    [['validate', '--FORMAT', 'json'], "orgctl: unknown option '--FORMAT' (did you mean '--format'?)\n"],
    [['--versoin'], "orgctl: unknown option '--versoin' (did you mean '--version'?)\n"],
    [['-v'], "orgctl: unknown option '-v' (did you mean '-V'?)\n"],
    [['validate', '--lang', 'en'], "orgctl: unknown option '--lang': validate does not take it (chart, diff, docs, stats do)\n"],
    [
      ['init', '--output', 'org'],
      "orgctl: unknown option '--output': init does not take it (chart, completion, diff, docs, export, import, schema, stats, validate do)\n",
    ],
    [['stats', '--depth=2'], "orgctl: unknown option '--depth=2': stats does not take it (chart, serve do)\n"],
    [['validate', '--formt=json'], "orgctl: unknown option '--formt=json' (did you mean '--format'?)\n"],
    [['xyzzy'], "orgctl: unknown command 'xyzzy'\n"],
    [['validate', '-x'], "orgctl: unknown option '-x'\n"],
    [['explain'], "orgctl: missing required argument 'rule': orgctl rules lists the rule ids (e.g. orgctl explain span-of-control)\n"],
  ])('%j', async (args, stderr) => {
    const r = await runMain(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
  });
});

describe('help and no command', () => {
  it('help for a command that does not exist is bad usage, with the guess', async () => {
    const r = await runMain(['help', 'valdate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("orgctl: unknown command 'valdate' (did you mean 'validate'?)\n");
  });

  it('help for a command prints its help and exits 0', async () => {
    const r = await runMain(['help', 'explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: orgctl explain');
  });

  it('no command at all prints the help on stderr and exits 2, as any other bad usage', async () => {
    const r = await runMain([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: orgctl');
  });
});
