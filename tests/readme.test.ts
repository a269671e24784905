/**
 * README as a new user reads it: the Commands table is the list of commands and options people look
 * for first, so it must name every option `--help` shows (and no option that does not exist) and the
 * choices each takes, and `--help` must not promise a default the code does not apply.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { decideJobs } from '../src/load/pool.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The rows of the table under `## Commands`: command name → the row (its usage and what it says). */
function commandRows(): Map<string, string> {
  const section = README.slice(README.indexOf('\n## Commands\n'), README.indexOf('\n### Exit codes\n'));
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const row = /^\| `orgctl ([a-z]+)[^`]*` \| .* \|$/.exec(line);
    if (row) rows.set(row[1]!, line);
  }
  return rows;
}

/** Options every command that reads an org takes, documented once under the table, and help itself. */
const SAID_ONCE = new Set(['--as-of', '--help']);

function optionsOf(cmd: Command): Map<string, string> {
  const byName = new Map<string, string>();
  for (const o of cmd.options) {
    const long = o.long ?? o.short!;
    if (SAID_ONCE.has(long)) continue;
    byName.set(long, long);
    if (o.short) byName.set(o.short, long);
  }
  return byName;
}

/** The options a README row names, as long names (`-o FILE` is `--output`). */
function optionsIn(row: string, known: Map<string, string>): Set<string> {
  const named = new Set<string>();
  for (const m of row.matchAll(/(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])(?![\w-])/g)) named.add(known.get(m[1]!) ?? m[1]!);
  return named;
}

const program = buildProgram();
const commands = program.commands.filter((c) => c.name() !== 'help');

describe('README Commands table', () => {
  it('has a row for every command', () => {
    expect([...commandRows().keys()].sort()).toEqual(commands.map((c) => c.name()).sort());
  });

  it.each(commands.map((c) => [c.name(), c] as const))('%s: the row names every option of --help, and only those', (name, cmd) => {
    const row = commandRows().get(name) ?? '';
    const known = optionsOf(cmd);
    const documented = optionsIn(row, known);
    const real = new Set(known.values());
    expect(
      [...real].filter((o) => !documented.has(o)),
      'in --help, missing from the README row',
    ).toEqual([]);
    expect(
      [...documented].filter((o) => !real.has(o)),
      'in the README row, not an option',
    ).toEqual([]);
  });

  it.each(commands.map((c) => [c.name(), c] as const))('%s: the row lists the choices --help accepts', (name, cmd) => {
    const row = commandRows().get(name) ?? '';
    for (const o of cmd.options) {
      if (!o.argChoices || !o.long) continue;
      const listed = new RegExp(`${o.long} ([\\w-]+(?:\\\\?\\|[\\w-]+)*)`).exec(row)?.[1]?.split(/\\?\|/) ?? [];
      expect(
        listed.filter((c) => !o.argChoices!.includes(c)),
        `${o.long}: listed, not accepted`,
      ).toEqual([]);
      const shown = o.argChoices.filter((c) => listed.includes(c) || row.includes(`\`${c}\``));
      expect(shown, `${o.long}: every accepted choice in the row`).toEqual(o.argChoices);
    }
  });
});

describe('--help', () => {
  it('chart --scale says the range its parser takes (above 0, at most 16), as README does', () => {
    const chart = commands.find((c) => c.name() === 'chart')!;
    const scale = chart.options.find((o) => o.long === '--scale')!;
    expect(() => {
      scale.parseArg!('17', undefined);
    }).toThrow(/at most 16/);
    expect(scale.description).toContain('at most 16');
    expect(README).toMatch(/`--scale`[^.]*at most 16/);
  });

  it("validate --jobs says the default the loader applies (one thread, or ORGCTL_JOBS), not 'all cores'", () => {
    const validate = commands.find((c) => c.name() === 'validate')!;
    const jobs = validate.options.find((o) => o.long === '--jobs')!;
    expect(decideJobs(undefined, 100 * 1024 * 1024, {})).toBe(1);
    expect(jobs.description).not.toMatch(/all cores/);
    expect(jobs.description).toMatch(/default: 1\b/);
    expect(jobs.description).toContain('ORGCTL_JOBS');
  });
});

describe('paths the docs name', () => {
  const root = path.resolve(__dirname, '..');
  const names = (dir: string) => (readdirSync(path.join(root, dir), { recursive: true }) as string[]).map((f) => path.basename(f));
  const known = new Set([...names('src'), ...names('tests'), ...readdirSync(root)]);
  const docs = ['README.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md', 'docs/SECURITY.md', 'docs/gallery.md', 'examples/README.md'];

  it.each(docs)('%s: every file it names in backticks exists (a bare name: in src/, tests/ or the top folder)', (doc) => {
    const text = readFileSync(path.join(root, doc), 'utf8');
    const missing: string[] = [];
    for (const [, name] of text.matchAll(/`([\w./-]+\.(?:ts|mjs|md|yml|yaml|json))`/g)) {
      if (name!.includes('<') || name!.includes('*')) continue;
      if (/^(src|tests|bench|scripts|schemas|docs|examples|templates)\//.test(name!)) {
        if (!existsSync(path.join(root, name!))) missing.push(name!);
      } else if (name!.endsWith('.ts') && !name!.includes('/') && !known.has(name!)) missing.push(name!);
    }
    expect(missing).toEqual([]);
  });

  const markdown = [
    ...docs.filter((d) => !d.startsWith('docs/')),
    ...(readdirSync(path.join(root, 'docs'), { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
  ];
  it.each(markdown)('%s: every relative link and every ../ path it names resolves from its folder', (doc) => {
    const text = readFileSync(path.join(root, doc), 'utf8');
    const here = path.dirname(path.join(root, doc));
    const targets = [
      ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!),
      ...[...text.matchAll(/`(\.\.\/[^`\s:]+)`/g)].map((m) => m[1]!), // a path, not a file:line:col
    ];
    const broken = targets
      .filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#'))
      .filter((t) => !existsSync(path.resolve(here, decodeURIComponent(t.split('#')[0]!))));
    expect(broken).toEqual([]);
  });
});
