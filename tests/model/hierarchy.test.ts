import { describe, expect, it } from 'vitest';
import { departmentOrder, departmentSubtree, departmentSubtreeSums } from '../../src/model/hierarchy.js';
import { subtreeSums } from '../../src/core/tree/forest.js';
import type { Department } from '../../src/model/types.js';
import { modelOf, ORG } from '../helpers.js';

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Departments with random parents (tops, trees, loops, self-parents, unknown parents), each with a few seats. */
function randomOrg(seed: number, n: number) {
  const rnd = random(seed);
  const docs = Array.from({ length: n }, (_, i) => {
    const r = rnd();
    const parent = r < 0.15 ? '' : r < 0.2 ? `\nparent: nowhere` : `\nparent: d${Math.floor(rnd() * n)}`;
    const seats = Math.floor(rnd() * 4);
    return `kind: Department\nid: d${i}\nname: D${i}${parent}\nroles:\n  - {id: r${i}, title: R${i}, headcount: ${seats}}\n`;
  });
  return modelOf({ 'org.yaml': ORG, 'd.yaml': docs.join('---\n') });
}

describe('the department tree', () => {
  it('visits every department once, parents before children, each visit under its own parent except at a top', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const model = randomOrg(seed, 12);
      const order = departmentOrder(model);
      expect(new Set(order.map((v) => v.dept)).size, `seed ${seed}`).toBe(model.departments.size);
      const at = new Map(order.map((v, i) => [v.dept, i]));
      for (const v of order) {
        if (v.parent === undefined) expect(v.depth).toBe(0);
        else {
          expect(v.parent.id, `seed ${seed}`).toBe(v.dept.parent);
          expect(at.get(v.parent)!).toBeLessThan(at.get(v.dept)!);
        }
        // A top with an existing parent was cut out of a loop: following parents from it comes back to it.
        if (v.parent === undefined && v.dept.parent !== undefined && model.departments.has(v.dept.parent) && v.dept.parent !== v.dept.id) {
          const seen = new Set<string>();
          let cur: string | undefined = v.dept.parent;
          while (cur !== undefined && cur !== v.dept.id && !seen.has(cur)) {
            seen.add(cur);
            cur = model.departments.get(cur)?.parent;
          }
          expect(cur, `seed ${seed}: ${v.dept.id} is a top but not on a loop`).toBe(v.dept.id);
        }
      }
    }
  });

  it('sums each subtree as a walk down the parent links would (a loop member: the whole loop and what hangs off it)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const model = randomOrg(seed, 12);
      const parentOf = (d: Department) => (d.parent !== undefined && d.parent !== d.id ? model.departments.get(d.parent) : undefined);
      const seats = (d: Department) => (model.hierarchy.departmentRoles.get(d.id) ?? []).reduce((s, r) => s + r.headcount, 0);
      expect(departmentSubtreeSums(model, 'seats'), `seed ${seed}`).toEqual(subtreeSums(model.departments.values(), parentOf, seats));
      expect(departmentSubtreeSums(model, 'departments'), `seed ${seed}`).toEqual(
        subtreeSums(model.departments.values(), parentOf, () => 1),
      );
    }
  });

  it('gives a subtree as one run of the order', () => {
    const model = randomOrg(7, 12);
    for (const { dept } of departmentOrder(model)) {
      const sub = departmentSubtree(model, dept);
      expect(sub[0]!.dept).toBe(dept);
      expect(sub.slice(1).every((v) => v.depth > sub[0]!.depth)).toBe(true);
    }
  });
});
