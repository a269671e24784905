import { describe, expect, it } from 'vitest';
import { lint, ORG } from '../helpers.js';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Departments with random parents (loops, departments hanging off loops before
 * them in model order, self-parents), each with a head role reporting to a
 * random head, and a plain role reporting to a random head.
 */
function randomOrg(seed: number, n: number) {
  const rnd = random(seed);
  const pick = () => Math.floor(rnd() * n);
  const parents = Array.from({ length: n }, () => (rnd() < 0.15 ? undefined : pick()));
  const docs = parents.map((p, i) => {
    const parent = p === undefined ? '' : `\nparent: d${p}`;
    return (
      `kind: Department\nid: d${i}\nname: D${i}${parent}\nhead: h${i}\nroles:\n` +
      `  - {id: h${i}, title: H${i}, reports_to: h${pick()}}\n  - {id: m${i}, title: M${i}, reports_to: h${pick()}}\n`
    );
  });
  return { yaml: ORG + '---\n' + docs.join('---\n'), parents };
}

/** What the rule means, written the slow way: the manager heads the role's department or one up its parent links. */
function expectedFlagged(parents: (number | undefined)[], n: number, seed: number): string[] {
  const rnd = random(seed);
  const pick = () => Math.floor(rnd() * n);
  Array.from({ length: n }, () => (rnd() < 0.15 ? undefined : pick())); // the same draws as randomOrg
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const managers = [pick(), pick()];
    ['h', 'm'].forEach((kind, k) => {
      const m = managers[k]!;
      if (m === i) return; // same department
      const up = new Set<number>();
      for (let cur: number | undefined = i; cur !== undefined && !up.has(cur); cur = parents[cur]) up.add(cur);
      if (!up.has(m)) out.push(`${kind}${i}`);
    });
  }
  return out;
}

describe('cross-department-reporting on the department tree', () => {
  it('allows a manager heading any department up the parent links, loops included', () => {
    let total = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const n = 8;
      const { yaml, parents } = randomOrg(seed, n);
      const flagged = lint(yaml)
        .filter((f) => f.rule === 'cross-department-reporting')
        .map((f) => /role '([^']+)'/.exec(f.message)![1]!);
      const expected = expectedFlagged(parents, n, seed);
      expect(flagged.sort(), `seed ${seed}`).toEqual(expected.sort());
      total += expected.length;
    }
    expect(total).toBeGreaterThan(30); // the orgs do make findings to compare
  });
});
