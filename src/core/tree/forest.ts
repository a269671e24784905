/** Linear walks over graphs where every node has at most one parent, loops included. */

/** A parent-link graph read once: links, children, the leaves-first order, and the loops. */
interface ParentLinks<T> {
  all: T[];
  parent: Map<T, T>;
  children: Map<T, T[]>;
  /** Every node not on a loop, each after all its children (a loop member's subtree never finishes). */
  leavesFirst: T[];
  /** The loops, each once, found in node order; every node not in `leavesFirst` is on exactly one. */
  loops: T[][];
}

function readParentLinks<T>(nodes: Iterable<T>, parentOf: (node: T) => T | undefined): ParentLinks<T> {
  const all = [...nodes];
  const known = new Set(all);
  const parent = new Map<T, T>();
  const children = new Map<T, T[]>();
  for (const n of all) {
    const p = parentOf(n);
    if (p === undefined || !known.has(p)) continue;
    parent.set(n, p);
    let list = children.get(p);
    if (!list) children.set(p, (list = []));
    list.push(n);
  }
  // Leaves first; a node is done once all its children are. Nodes on a loop never are.
  const pending = new Map<T, number>();
  for (const n of all) pending.set(n, children.get(n)?.length ?? 0);
  const ready = all.filter((n) => pending.get(n) === 0);
  const leavesFirst: T[] = [];
  const done = new Set<T>();
  while (ready.length) {
    const n = ready.pop()!;
    done.add(n);
    leavesFirst.push(n);
    const p = parent.get(n);
    if (p === undefined) continue;
    const left = pending.get(p)! - 1;
    pending.set(p, left);
    if (left === 0) ready.push(p);
  }
  // What is left are loops (one parent each, so following parents from a member stays on its loop).
  const loops: T[][] = [];
  for (const start of all) {
    if (done.has(start)) continue;
    const loop: T[] = [];
    for (let cur = start; !done.has(cur); cur = parent.get(cur)!) {
      done.add(cur);
      loop.push(cur);
    }
    loops.push(loop);
  }
  return { all, parent, children, leavesFirst, loops };
}

/**
 * Sums over everything below each node of a graph where every node has at
 * most one parent (a role's manager, a department's parent), loops included,
 * in one linear pass. Walking each node's subtree on its own costs
 * O(n · depth): minutes on a chain 20,000 deep.
 *
 * "Below" is what a loop-safe walk down the child links reaches: a node's
 * subtree; for a node on a loop, the whole loop and everything hanging off
 * it (each counted once).
 */
export function subtreeSums<T>(nodes: Iterable<T>, parentOf: (node: T) => T | undefined, value: (node: T) => number): Map<T, number> {
  const { all, parent, leavesFirst, loops } = readParentLinks(nodes, parentOf);
  const sum = new Map<T, number>();
  for (const n of all) sum.set(n, value(n));
  for (const n of leavesFirst) {
    const p = parent.get(n);
    if (p !== undefined) sum.set(p, sum.get(p)! + sum.get(n)!);
  }
  // Each loop member holds its own value plus the trees hanging off it.
  for (const loop of loops) {
    const total = loop.reduce((t, m) => t + sum.get(m)!, 0);
    for (const m of loop) sum.set(m, total);
  }
  return sum;
}

/**
 * The nodes below at least one `marked` node (below in the sense above: in
 * its subtree, or anywhere in the loop component of a marked loop member, but
 * never below itself). Linear, top-down.
 */
export function belowMarked<T>(nodes: Iterable<T>, parentOf: (node: T) => T | undefined, marked: (node: T) => boolean): Set<T> {
  const { all, parent, children, loops } = readParentLinks(nodes, parentOf);
  const below = new Set<T>();
  // What each node passes down to its children that are not on a loop: "a marked node is above you".
  const queue: Array<[T, boolean]> = [];
  for (const n of all) if (!parent.has(n)) queue.push([n, marked(n)]);
  const onLoop = new Set<T>(loops.flat());
  for (const loop of loops) {
    const markedCount = loop.filter(marked).length;
    for (const m of loop) {
      if (markedCount - (marked(m) ? 1 : 0) > 0) below.add(m);
      queue.push([m, markedCount > 0]);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const [n, above] = queue[i]!;
    for (const c of children.get(n) ?? []) {
      if (onLoop.has(c)) continue;
      if (above) below.add(c);
      queue.push([c, above || marked(c)]);
    }
  }
  return below;
}
