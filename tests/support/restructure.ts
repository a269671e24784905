/**
 * Random restructures of a generated org, for tests that hold an optimised diff path to the plain one:
 * a replayable random source, line edits on the generator's YAML, and both sides loaded as
 * `orgctl diff` loads them (files alike on both sides share their parse and their built entities).
 */
import { createDocMemo, createSharedParse } from '../../src/api.js';
import { loadSide } from '../../src/model/load.js';
import type { OrgModel } from '../../src/model/types.js';
import { writeTree } from './tmp.js';

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An org's files: path relative to the org → text. */
export type Files = Map<string, string>;

export interface Line {
  file: string;
  index: number;
  match: RegExpMatchArray;
}

/** The lines matching `pattern`, in the files whose path starts with `under` (all by default). */
export function lines(files: Files, pattern: RegExp, under = ''): Line[] {
  const out: Line[] = [];
  for (const [file, text] of files) {
    if (!file.startsWith(under)) continue;
    text.split('\n').forEach((line, index) => {
      const match = line.match(pattern);
      if (match) out.push({ file, index, match });
    });
  }
  return out;
}

export function setLine(files: Files, at: Line, text: string): void {
  const list = files.get(at.file)!.split('\n');
  list[at.index] = text;
  files.set(at.file, list.join('\n'));
}

/** Both sides written under `root` and loaded as `orgctl diff` loads them. */
export function loadPair(root: string, before: Files, after: Files): { base: OrgModel; head: OrgModel } {
  for (const [name, files] of [
    ['before', before],
    ['after', after],
  ] as const)
    writeTree(root, Object.fromEntries([...files].map(([rel, text]) => [`${name}/${rel}`, text])));
  const parse = createSharedParse();
  const docMemo = createDocMemo();
  const side = (p: string) => loadSide({ kind: 'path', path: p }, '.', root, parse, { asOf: '2026-12-01', docMemo });
  return { base: side('before'), head: side('after') };
}
