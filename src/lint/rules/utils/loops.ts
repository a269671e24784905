/**
 * Loops in a graph where every node has at most one outgoing edge (a role's
 * manager, a department's parent). Shared by reporting-cycle and
 * department-cycle. Linear: every node is walked once.
 */

/**
 * Every loop once, as its members in edge order. Each loop starts at its
 * member that comes first in `items` among those accepted by `startAt`
 * (loops with no such member are left out), so the output does not depend on
 * where the walk happened to enter the loop.
 */
export function findLoops<T>(items: readonly T[], next: (item: T) => T | undefined, startAt: (item: T) => boolean = () => true): T[][] {
  const order = new Map<T, number>();
  items.forEach((item, i) => order.set(item, i));
  // undefined = not seen; a number = position on the walk in progress; 'done' = walked before.
  const state = new Map<T, number | 'done'>();
  const loops: T[][] = [];
  for (const start of items) {
    if (state.has(start)) continue;
    const path: T[] = [];
    let cur: T | undefined = start;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, path.length);
      path.push(cur);
      cur = next(cur);
    }
    const onPath = cur === undefined ? undefined : state.get(cur);
    if (typeof onPath === 'number') {
      const loop = path.slice(onPath);
      const first = firstInOrder(loop, order, startAt);
      if (first >= 0) loops.push([...loop.slice(first), ...loop.slice(0, first)]);
    }
    for (const p of path) state.set(p, 'done');
  }
  return loops;
}

/** Index in `loop` of the accepted member that comes first in model order, or -1. */
function firstInOrder<T>(loop: T[], order: Map<T, number>, accept: (item: T) => boolean): number {
  let best = -1;
  for (let i = 0; i < loop.length; i++) {
    if (!accept(loop[i]!)) continue;
    if (best < 0 || order.get(loop[i]!)! < order.get(loop[best]!)!) best = i;
  }
  return best;
}

/** `a → b → c → a`: the loop written out, back to where it started. */
export function loopText(ids: readonly string[]): string {
  return [...ids, ids[0]].join(' → ');
}
