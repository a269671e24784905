/**
 * Locating a node from the text (src/load/fastYaml/locate.ts) against the
 * skeleton: on every node of generated orgs, the repository's examples and
 * 3,000 mutated files, and on paths that do not resolve, the walk must give
 * the offset findNode gives — and leave the skeleton unbuilt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM scripts without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
import { fastParse, skeletonPending } from '../../src/load/fastYaml/index.js';
import { locateStart } from '../../src/load/fastYaml/locate.js';
import { findNode, nodeStart, resolveNode, type LazyNode } from '../../src/load/positions.js';
import { isPosMap, isPosSeq, type PosNode } from '../../src/load/skeleton.js';
import type { PathSegment } from '../../src/load/types.js';
import { mutatedTexts } from '../support/yamlMutations.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every path below `node` (to each key and value, each item), and a few that stop short: a missing key or item, a step past a scalar. */
function pathsBelow(node: PosNode, prefix: PathSegment[], out: PathSegment[][]): void {
  out.push(prefix);
  if (isPosMap(node)) {
    node.keys.forEach((k, i) => {
      if (k === null) return;
      const value = node.vals[i];
      if (value) pathsBelow(value, [...prefix, k.v], out);
      else out.push([...prefix, k.v]);
    });
    out.push([...prefix, 'no-such-key'], [...prefix, 'no-such-key', 0], [...prefix, 0]);
  } else if (isPosSeq(node)) {
    node.items.forEach((item, i) => {
      pathsBelow(item, [...prefix, i], out);
    });
    out.push([...prefix, node.items.length], [...prefix, 'id']);
  } else out.push([...prefix, 'past'], [...prefix, 0, 'past']);
}

/** How many nodes of `text` were checked: each must be located where the skeleton puts it. */
function agreesEverywhere(text: string): number {
  const eager = fastParse(text, false);
  if (!eager) return 0;
  let checked = 0;
  for (const doc of eager.docs) {
    const paths: PathSegment[][] = [];
    pathsBelow(doc.root, [], paths);
    for (const p of paths)
      for (const key of [false, true]) {
        const want = findNode(doc.root, p, key)!.s;
        const got = locateStart(text, doc.offset, p, key).at;
        if (got !== want) expect({ text, path: p, key, at: got }).toStrictEqual({ text, path: p, key, at: want });
        checked++;
      }
  }
  return checked;
}

describe('locating a node from the text', () => {
  it('agrees with the skeleton on every node of generated orgs', () => {
    for (const params of [
      { roles: 300, seed: 1, variant: 0 },
      { roles: 300, seed: 7, variant: 2 },
    ]) {
      const { files } = generateOrgFiles(params) as { files: Map<string, string> };
      let checked = 0;
      for (const text of files.values()) checked += agreesEverywhere(text);
      expect(checked).toBeGreaterThan(10_000);
    }
  });

  it('agrees with the skeleton on every node of the examples and fixtures', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.ya?ml$/.test(e.name) && e.isFile()) files.push(full);
      }
    };
    walk(path.join(ROOT, 'examples'));
    walk(path.join(ROOT, 'tests/fixtures'));
    let read = 0;
    for (const f of files) if (agreesEverywhere(fs.readFileSync(f, 'utf8')) > 0) read++;
    expect(read).toBeGreaterThan(50);
  });

  it('agrees with the skeleton on 3,000 mutated files (comments, blank lines, indents, flow collections, quoted keys)', async () => {
    let read = 0;
    let done = 0;
    for (const text of mutatedTexts(3000)) {
      if (agreesEverywhere(text) > 0) read++;
      // Loaded, this loop took a minute: the event loop turns now and then, or vitest's worker misses the
      // runner's answers and fails the run ("Timeout calling onTaskUpdate").
      if (++done % 100 === 0) await turn();
    }
    expect(read).toBeGreaterThan(300);
  });

  it('reads the shapes the fast subset allows', () => {
    const text = [
      '# head',
      '---',
      'kind: Department',
      '"quoted key": 1',
      'list:',
      '- a',
      '-   b: 1',
      '    c: [x, {y: 2}]',
      '- - nested',
      '- plain # not: a key',
      'empty:',
      'deep:   # note',
      '',
      '    k: v',
      '---',
      '---',
      '- top',
    ].join('\n');
    expect(agreesEverywhere(text)).toBeGreaterThan(40);
    const docs = fastParse(text, false)!.docs;
    expect(docs).toHaveLength(3);
    const at = (d: number, p: PathSegment[], key = false) => locateStart(text, docs[d]!.offset, p, key).at;
    expect(text.slice(at(0, ['list', 1, 'c', 1, 'y']))).toMatch(/^2\}/);
    expect(text.slice(at(0, ['quoted key'], true))).toMatch(/^"quoted key"/);
    // A ` #` starts a comment: `plain # not: a key` is the scalar `plain`, so no key `plain # not` is under it.
    expect(at(0, ['list', 3, 'plain # not'])).toBe(text.indexOf('plain #'));
    expect(at(0, ['empty'])).toBe(text.indexOf('empty:') + 6);
    expect(text.slice(at(0, ['deep']))).toMatch(/^k: v/);
    expect(at(1, [])).toBe(text.lastIndexOf('---') - 1); // an empty document: a null at the end of its `---`
  });
});

describe('nodeStart on a document read without its skeleton', () => {
  const texts = [...(generateOrgFiles({ roles: 300, seed: 5 }) as { files: Map<string, string> }).files.values()];
  const text = texts.find((t) => t.includes('\nroles:\n'))!;

  it('gives what the skeleton gives, under an entity path that resolves or not, and builds no skeleton', () => {
    const lazy = fastParse(text)!.docs[0]!;
    const eager = fastParse(text, false)!.docs[0]!;
    const paths: PathSegment[][] = [];
    pathsBelow(eager.root, [], paths);
    const refs: PathSegment[][] = [[], ['roles', 0], ['roles', 1], ['roles', 99_999], ['no-such-key']];
    for (const refPath of refs)
      for (const p of paths.slice(0, 200))
        for (const key of [false, true]) {
          const ref: LazyNode = { doc: eager, path: refPath };
          const want = findNode(resolveNode(ref), p, key)!.s;
          expect(nodeStart({ doc: lazy, path: refPath }, p, key)).toBe(want);
        }
    expect(skeletonPending(lazy)).toBe(false); // the paths that do not resolve asked the skeleton
    const fresh = fastParse(text)!.docs[0]!;
    nodeStart({ doc: fresh, path: ['roles', 2] }, ['title'], true);
    expect(skeletonPending(fresh)).toBe(true);
  });

  it('builds the skeleton once walks would cost more than twice the text (linear in the file, however many nodes are asked)', () => {
    const doc = fastParse(text)!.docs[0]!;
    const roles = (doc.value as { roles?: unknown[] }).roles;
    const last = (roles?.length ?? 1) - 1;
    let n = 0;
    while (skeletonPending(doc) && n < 100) {
      nodeStart({ doc, path: ['roles', last] }, ['title'], true);
      n++;
    }
    expect(skeletonPending(doc)).toBe(false);
    expect(n).toBeLessThanOrEqual(4);
  });
});
