/**
 * The fast YAML path against `yaml` on volume: every file of generated orgs
 * (bench/generate, two seeds and a restructure variant) and thousands of
 * seeded mutations of real files. For each text the fast path must either
 * decline (undefined) or give exactly `yaml`'s ParsedFile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM scripts without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
import { fastParse } from '../../src/load/fastYaml/index.js';
import { parseSource, parseSourceSlow } from '../../src/load/parse.js';
import { withSkeletons } from '../support/skeletons.js';
import { slowdown } from '../support/slowdown.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** xorshift32: the same cases on every run. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

/** Whether the fast path read `text`; fails when it did and differs from yaml. */
function agrees(text: string): boolean {
  if (fastParse(text) === undefined) return false;
  const slow = parseSourceSlow(text, 'f.yaml');
  // With its skeletons built at once, and as it reads by default (each built on first use).
  for (const lazy of [false, true]) {
    const fast = withSkeletons(parseSource(text, 'f.yaml', { fast: true, lazy }));
    if (JSON.stringify(fast) !== JSON.stringify(slow)) expect({ text, fast }).toStrictEqual({ text, fast: slow });
    expect(fast).toStrictEqual(slow);
  }
  return true;
}

describe('fast YAML path on generated orgs', () => {
  it.each([
    { roles: 1000, seed: 1, variant: 0 },
    { roles: 1000, seed: 7, variant: 2 },
  ])('reads every file of %j exactly like yaml', (params) => {
    const { files } = generateOrgFiles(params) as { files: Map<string, string> };
    let fast = 0;
    for (const text of files.values()) if (agrees(text)) fast++;
    expect(fast).toBe(files.size); // the bench's files are all in the fast subset: a silent decline would show here
  });
});

const INSERTS = [
  ': ',
  ':',
  '#',
  ' #',
  '"',
  "'",
  '\t',
  '- ',
  '-',
  '  ',
  ' ',
  '\n',
  '\n  ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '---\n',
  '...\n',
  '&a ',
  '*a',
  '!',
  '|',
  '>',
  '~',
  '0x1F',
  '.inf',
  '1e3',
  '?',
  '\r',
  '\\',
  'null',
  '%',
  '@',
  '`',
  '  # c\n',
  '\n# c\n',
  '__proto__: 1\n',
];

function mutate(text: string, rand: () => number): string {
  const at = Math.floor(rand() * (text.length + 1));
  const kind = Math.floor(rand() * 8);
  if (kind === 0) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
  if (kind === 1) return text.slice(0, at) + text.slice(at, at + 1) + text.slice(at);
  if (kind <= 3) return text.slice(0, at) + INSERTS[Math.floor(rand() * INSERTS.length)]! + text.slice(at);
  const lines = text.split('\n');
  const i = Math.floor(rand() * lines.length);
  if (kind >= 6) {
    // a comment line or a blank line (maybe with spaces) at some column: yaml files these into different ranges
    const spaces = ' '.repeat(Math.floor(rand() * 9));
    lines.splice(i, 0, kind === 6 ? `${spaces}# c` : spaces.slice(0, 3));
  } else if (kind === 4) {
    // change one line's indentation
    const delta = Math.floor(rand() * 5) - 2;
    lines[i] = delta > 0 ? ' '.repeat(delta) + lines[i]! : lines[i]!.replace(new RegExp(`^ {0,${-delta}}`), '');
  } else {
    // swap two lines
    const j = Math.floor(rand() * lines.length);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return lines.join('\n');
}

describe('fast YAML path on mutated files', () => {
  const sources = [
    'examples/minimal-en/departments.yaml',
    'examples/minimal-en/workflows.yaml',
    'examples/ecommerce-center/organization.yaml',
    'examples/project-teams/organization.yaml',
  ]
    .map((f) => path.join(ROOT, f))
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
  const { files } = generateOrgFiles({ roles: 200, seed: 3 }) as { files: Map<string, string> };
  // Short generated files keep each case cheap; one of each kind (roles, departments, kpis, workflows).
  for (const [name, text] of files)
    if (sources.length < 10 && /^(roles|departments|kpis|workflows)\//.test(name)) sources.push(text.slice(0, 3000));

  it('declines or agrees with yaml on 3,000 seeded mutations (one to three edits each)', () => {
    const rand = prng(20261201);
    let read = 0;
    for (let n = 0; n < 3000; n++) {
      let text = sources[n % sources.length]!;
      const edits = 1 + Math.floor(rand() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, rand);
      if (agrees(text)) read++;
    }
    // Most single edits leave valid YAML in the subset (a changed word, a moved line): the fast path must read many.
    expect(read).toBeGreaterThan(300);
  });
});

describe('fast YAML path: linear time', () => {
  it('100,000 list items with no `:` or `#` until the end of the file cost about as much as a mapping of as many lines', () => {
    // A search for the next `:` or `#` that restarted on every line would scan to the end of the file each time.
    const n = 100_000;
    const hostile = `a:\n${Array.from({ length: n }, (_, i) => `  - item number ${i}`).join('\n')}\nb: 1 # end\n`;
    const benign = `${Array.from({ length: n }, (_, i) => `key-${i}: item ${i} # c`).join('\n')}\n`;
    expect(fastParse(hostile)).toBeDefined();
    expect(fastParse(benign)).toBeDefined();
    expect(
      slowdown(
        () => fastParse(benign),
        () => fastParse(hostile),
      ),
    ).toBeLessThan(5);
  });
});
