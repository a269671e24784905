/**
 * The fast YAML path (src/load/fastYaml/) against the `yaml` package: for
 * every text it reads, the whole ParsedFile must be the one `yaml` gives
 * (values, skeleton ranges, document offsets, line starts), and every shape
 * outside its subset must go to `yaml` (fastParse → undefined).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/load/fastYaml/index.js';
import { parseSource, parseSourceSlow } from '../../src/load/parse.js';
import { withSkeletons } from '../support/skeletons.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function yamlFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Both paths give the same parse, byte for byte; true when the fast path read it. The fast path is read
 * twice: with its skeletons built at once, and as it reads by default (each skeleton built on first use).
 */
function same(text: string): boolean {
  const slow = parseSourceSlow(text, 'f.yaml');
  for (const lazy of [false, true]) {
    const fast = withSkeletons(parseSource(text, 'f.yaml', { fast: true, lazy }));
    expect(fast).toStrictEqual(slow);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  }
  return fastParse(text) !== undefined;
}

/** The one document's value through the fast path (which must read it), checked against yaml. */
function value(text: string): unknown {
  expect(same(text), `fast path declined ${JSON.stringify(text)}`).toBe(true);
  return parseSource(text, 'f.yaml').file.docs[0]?.value;
}

describe('fast YAML path: the repository files', () => {
  it('parses examples/ and tests/fixtures/ exactly like yaml, most of them on the fast path', () => {
    const files = [...yamlFilesUnder(path.join(ROOT, 'examples')), ...yamlFilesUnder(path.join(ROOT, 'tests/fixtures'))];
    expect(files.length).toBeGreaterThan(100);
    let fast = 0;
    for (const file of files) if (same(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))) fast++;
    // Files with syntax errors, suppression comments or indented comments go to yaml; the rest must not.
    expect(fast / files.length).toBeGreaterThan(0.9);
  });

  it('parses the seed texts, if present, exactly like yaml', () => {
    for (const file of yamlFilesUnder(path.resolve(ROOT, '../shared/seeds'))) same(fs.readFileSync(file, 'utf8'));
  });
});

describe('fast YAML path: scalars resolve as in the YAML 1.2 core schema', () => {
  it.each([
    ['a: ~', null],
    ['a: null', null],
    ['a: Null', null],
    ['a: NULL', null],
    ['a: nULL', 'nULL'],
    ['a:', null],
    ['a: true', true],
    ['a: True', true],
    ['a: TRUE', true],
    ['a: tRUE', 'tRUE'],
    ['a: false', false],
    ['a: False', false],
    ['a: FALSE', false],
    ['a: yes', 'yes'],
    ['a: on', 'on'],
    ['a: 12', 12],
    ['a: -12', -12],
    ['a: +12', 12],
    ['a: -0', -0],
    ['a: 007', 7],
    ['a: 0o17', 15],
    ['a: 0o18', '0o18'],
    ['a: 0x1F', 31],
    ['a: 0X1F', '0X1F'],
    ['a: 1_000', '1_000'],
    ['a: 1.5', 1.5],
    ['a: 1.', 1],
    ['a: .5', 0.5],
    ['a: -.5', -0.5],
    ['a: 1e3', 1000],
    ['a: 1.5E-2', 0.015],
    ['a: .inf', Infinity],
    ['a: -.Inf', -Infinity],
    ['a: +.INF', Infinity],
    ['a: .nan', NaN],
    ['a: .NaN', NaN],
    ['a: 99999999999999999999', 1e20],
    ['a: 2026-01-01', '2026-01-01'],
    ['a: 1:30', '1:30'],
    ["a: '12'", '12'],
    ['a: "true"', 'true'],
    ["a: 'it''s'", "it's"],
    ['a: "tab\\there \\u4e2d\\x41\\U0001F600 \\"q\\" \\\\ \\/"', 'tab\there 中A😀 "q" \\ /'],
    ['a: 负责 新员工 培训', '负责 新员工 培训'],
    ['a: x #not a comment? no: a comment', 'x'],
    ['a: x#y', 'x#y'],
    ['a: -x', '-x'],
    ['a: [a b, -1, "c, d", 1.0, ~]', ['a b', -1, 'c, d', 1, null]],
    ['a: {name: 钱丽霞, email: x@y.example}', { name: '钱丽霞', email: 'x@y.example' }],
    ['a: [[1], {b: [2]}, []]', [[1], { b: [2] }, []]],
  ])('%s', (text, expected) => {
    expect((value(text) as { a: unknown }).a).toStrictEqual(expected);
  });

  it('resolves keys like yaml names properties: numbers, booleans and null as strings, in order', () => {
    expect(Object.keys(value('b: 1\n1: x\ntrue: y\n~: z\n0x10: w\n') as object)).toStrictEqual(['1', '16', 'b', 'true', '']);
  });

  it('keeps __proto__ as an own property, never the prototype', () => {
    const v = value('__proto__: {polluted: 1}\nconstructor: x\n') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.hasOwn(v, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const flow = value('a: {__proto__: 1}') as { a: object };
    expect(Object.hasOwn(flow.a, '__proto__')).toBe(true);
  });
});

describe('fast YAML path: structure and positions', () => {
  it.each([
    ['', 0],
    ['# only a comment\n', 0],
    ['---\n', 1],
    ['---\n---\n', 2],
    ['a: 1\n---', 2],
    ['# c\n---\na: 1\n---\n# only\n---\nb: 2\n---\n', 4],
    ['# c\n\na: 1\n', 1],
    ['a: 1  # c\n\n', 1],
    ['a:\n  b: 1\n  c:\n\nd: 2', 1],
    ['a:\n- x\n- y\nb: 1', 1],
    ['- a\n- b: 1\n  c: 2\n- [x, y]\n', 1],
    ['- - a\n  - b\n- c', 1],
    ['-   a\n-    b: 1\n     c: 2', 1],
    ['k: [a, b , c]  # x\nm: {a: 1, b: [x]}\nn: []\no: {}', 1],
    ['a: \'x y\'  # c\nb: "z"', 1],
    ['a:   v  \n', 1],
    ['a  : 1', 1],
    ['x', 1],
    ['[a]', 1],
    ['{a: 1}\n', 1],
    ['a: [ ]', 1],
    ['a: [x,]', 1],
    ['a:\n  k: {x: 1}\n', 1],
    ['x:\n  a: 1\n# col-0 comment\n  b: 2\n# another\ny:\n  - 1\n# end\n', 1],
    ['a:\n  b:\n    c:\n      d: [1]\n    e: 2\n  f:\n  - x\n  -   y: 1\n      z:\n', 1],
    ['"quoted key": 1\n\'single\': 2\n', 1],
    // Comment lines: yaml keeps some inside a collection's or a value's range, depending on their column.
    ['x:\n  a: 1\n  # trailing\n', 1],
    ['x:\n  a: 1\n  # trailing\ny: 2', 1],
    ['x:\n  a: 1\n    # deeper: extends the value\n\n    # again\n', 1],
    ['x:\n  a: [1]\n    # after a flow value\n', 1],
    ['x:\n  - a\n  # at the item column\n\n', 1],
    ['x:\n  - a\n # between the columns\n', 1],
    ['x:\n  - y:\n      z: 1\n    # at y\n   # less\n  # at the dash\nw: 1', 1],
    ['x:\n- a\n  # deeper than the indentless sequence\n- b\n# c\n', 1],
    ['a:\n  # before a nested value\n  b: 1\n', 1],
    ['r:\n  - id: x\n    resp:\n      - A\n      # c\n  - C\n', 1],
    ['roles:\n  - id: 岗位\n    holders: [钱丽霞, {name: 钟娜, email: s@m.example}]\n', 1],
  ])('%j', (text, docs) => {
    expect(same(text)).toBe(true);
    expect(parseSource(text, 'f.yaml').file.docs).toHaveLength(docs);
  });
});

describe('fast YAML path: everything else goes to yaml', () => {
  it.each([
    ['anchor and alias', 'a: &x 1\nb: *x\n'],
    ['tag', 'a: !!str 1\n'],
    ['literal block scalar', 'a: |\n  text\n'],
    ['folded block scalar', 'a: >\n  text\n'],
    ['multi-line plain scalar', 'a: one\n  two\n'],
    ['multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['directive', '%YAML 1.2\n---\na: 1\n'],
    ['document end marker', 'a: 1\n...\n'],
    ['content after ---', '--- a\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['tab after a key', 'a:\t1\n'],
    ['explicit key', '? a\n: 1\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
    ['keys equal as strings', 'a:\n  1: x\n  "1": y\n'],
    ['merge key', 'a: {b: 1}\n<<: {c: 2}\n'],
    ['syntax error', 'a: [1, 2\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['suppression comment', 'a: 1 # orgctl-disable-line some-rule\n'],
    ['comment after an empty value', 'a:\n# c\nb: 1\n'],
    ['empty sequence item', '- \n- a\n'],
    ['CR line breaks', 'a: 1\rb: 2\r'],
    ['CRLF line breaks', 'a: 1\r\nb: 2\r\n'],
    ['line separator', 'a: x\u2028y\n'],
    ['byte order mark', '\ufeffa: 1\n'],
    ['sequence on the key line', 'a: - b\n'],
    ['sequence item where a key belongs', 'a: 1\n- b: 2\n'],
    ['nested key on one line', 'a: b: c\n'],
    ['empty flow value', 'a: {b: }\n'],
    ['pair in flow sequence', 'a: [b: 1]\n'],
    ['flow key without value', 'a: {b}\n'],
    ['comment inside flow', 'a: [1, # c\n  2]\n'],
    ['flow collection as key', '[a]: 1\n'],
    ['indented root', '  a: 1\n'],
    ['reserved indicator', 'a: @x\n'],
    ['invalid escape', 'a: "\\q"\n'],
    ['very long key', `${'k'.repeat(1100)}: 1\n`],
    ['deep nesting', Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n'],
  ])('%s', (_name, text) => {
    expect(fastParse(text)).toBeUndefined();
    same(text); // and parseSource still gives what yaml gives
  });
});

describe('fast YAML path: volume', () => {
  it('reads a 200,000-line mapping', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `key-${i}: value ${i}`);
    const { docs } = fastParse(lines.join('\n') + '\n')!;
    expect(docs).toHaveLength(1);
    expect(Object.keys(docs[0]!.value as object)).toHaveLength(200_000);
  });

  it('declines 20,000 levels of indentation without a stack overflow', () => {
    let text = '';
    for (let i = 0; i < 20_000; i++) text += `${' '.repeat(i)}k:\n`;
    expect(fastParse(text)).toBeUndefined();
    const flow = `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    expect(fastParse(flow)).toBeUndefined();
  });
});
