/**
 * Ancestor queries on a forest (departments in a chart), by binary lifting:
 * O(n log n) to build, O(log n) per query. What "the lowest department
 * holding both ends of a line" needs without writing out each node's whole
 * chain of ancestors, which is O(n · depth) on a deep tree.
 */
export class Ancestry {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly depths: number[] = [];
  /** up[k][i]: the 2^k-th ancestor of node i, or -1. */
  private readonly up: Int32Array[] = [];

  /** `nodes` in an order where every parent comes before its children (a preorder). */
  constructor(nodes: Iterable<{ id: string; parent?: string | undefined }>) {
    const parents: number[] = [];
    for (const n of nodes) {
      const p = n.parent === undefined ? -1 : (this.index.get(n.parent) ?? -1);
      this.index.set(n.id, this.ids.length);
      this.ids.push(n.id);
      parents.push(p);
      this.depths.push(p < 0 ? 0 : this.depths[p]! + 1);
    }
    const n = this.ids.length;
    this.up.push(Int32Array.from(parents));
    for (let k = 1; 1 << k <= n; k++) {
      const prev = this.up[k - 1]!;
      const next = new Int32Array(n);
      for (let i = 0; i < n; i++) next[i] = prev[i]! < 0 ? -1 : prev[prev[i]!]!;
      this.up.push(next);
    }
  }

  /** Levels above `id` (0 for a top; -1 for an id not in the forest). */
  depth(id: string | undefined): number {
    const i = id === undefined ? undefined : this.index.get(id);
    return i === undefined ? -1 : this.depths[i]!;
  }

  private lift(i: number, levels: number): number {
    for (let k = 0; levels > 0 && i >= 0; k++, levels >>= 1) if (levels & 1) i = this.up[k]![i]!;
    return i;
  }

  /** The ancestor of `id` (or itself) at depth `d`. */
  ancestorAt(id: string, d: number): string | undefined {
    const i = this.index.get(id);
    if (i === undefined || d < 0 || d > this.depths[i]!) return undefined;
    return this.ids[this.lift(i, this.depths[i]! - d)];
  }

  /** The lowest common ancestor of two nodes (either may be itself), or undefined when they share none. */
  lowestCommon(a: string | undefined, b: string | undefined): string | undefined {
    const ia = a === undefined ? undefined : this.index.get(a);
    const ib = b === undefined ? undefined : this.index.get(b);
    if (ia === undefined || ib === undefined) return undefined;
    let [i, j] = this.depths[ia]! < this.depths[ib]! ? [ib, ia] : [ia, ib];
    i = this.lift(i, this.depths[i]! - this.depths[j]!);
    if (i === j) return this.ids[i];
    for (let k = this.up.length - 1; k >= 0; k--) {
      const ui: number = this.up[k]![i]!;
      const uj: number = this.up[k]![j]!;
      if (ui !== uj) {
        i = ui;
        j = uj;
      }
    }
    const p = this.up[0]![i]!;
    return p < 0 ? undefined : this.ids[p];
  }

  /**
   * Where the chains of ancestors of `a` and `b` (top first, each ending at
   * itself) part: `shared` is the length of their common start, `lowest` its
   * last node, and `a` / `b` the next node of each chain, if it goes on.
   */
  split(a: string | undefined, b: string | undefined): { shared: number; lowest?: string; a?: string; b?: string } {
    const lowest = this.lowestCommon(a, b);
    const shared = lowest === undefined ? 0 : this.depth(lowest) + 1;
    const next = (x: string | undefined) => (x !== undefined && this.depth(x) >= shared ? this.ancestorAt(x, shared) : undefined);
    return { shared, ...(lowest !== undefined ? { lowest } : {}), ...optional('a', next(a)), ...optional('b', next(b)) };
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
