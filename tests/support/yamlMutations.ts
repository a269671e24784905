/**
 * Seeded mutations of YAML texts, for tests that hold the fast YAML path
 * (src/load/fastYaml) against `yaml` or against itself: small edits of real
 * files that often stay in the fast subset and often leave it.
 */
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error -- plain ESM scripts without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** xorshift32: the same cases on every run. */
export function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

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

export function mutate(text: string, rand: () => number): string {
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

/** The texts the mutations start from: a few example files and short generated ones (one of each kind). */
export function mutationSources(): string[] {
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
  return sources;
}

/** `count` texts, each a source with one to three seeded mutations: the same texts on every run. */
export function mutatedTexts(count: number, seed = 20261201): string[] {
  const sources = mutationSources();
  const rand = prng(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = sources[n % sources.length]!;
    const edits = 1 + Math.floor(rand() * 3);
    for (let e = 0; e < edits; e++) text = mutate(text, rand);
    out.push(text);
  }
  return out;
}
