/**
 * Order statistics of ranges of one list (the k-th smallest of values[from..to)),
 * for many ranges: a persistent segment tree over the values' ranks, built in
 * O(n log n), each query O(log n). What the median of every department's
 * subtree needs, where sorting each subtree's values on its own is O(n · depth).
 */
export class RangeOrder {
  private readonly sorted: number[];
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly count: Int32Array;
  /** roots[i]: the tree holding values[0..i). */
  private readonly roots: Int32Array;
  private size = 1; // node 0 is the empty tree, its own children

  constructor(values: readonly number[]) {
    this.sorted = [...new Set(values)].sort((a, b) => a - b);
    const rank = new Map(this.sorted.map((v, i) => [v, i]));
    const capacity = 1 + values.length * (Math.ceil(Math.log2(Math.max(2, this.sorted.length))) + 2);
    this.left = new Int32Array(capacity);
    this.right = new Int32Array(capacity);
    this.count = new Int32Array(capacity);
    this.roots = new Int32Array(values.length + 1);
    for (let i = 0; i < values.length; i++) this.roots[i + 1] = this.insert(this.roots[i]!, rank.get(values[i]!)!);
  }

  /** A copy of the path to `rank` under `node`, with one more value counted along it. */
  private insert(node: number, rank: number): number {
    const top = this.size;
    let lo = 0;
    let hi = this.sorted.length - 1;
    let from = node;
    let to = this.size++;
    for (;;) {
      this.count[to] = this.count[from]! + 1;
      this.left[to] = this.left[from]!;
      this.right[to] = this.right[from]!;
      if (lo === hi) break;
      const mid = (lo + hi) >> 1;
      const next = this.size++;
      if (rank <= mid) {
        this.left[to] = next;
        from = this.left[from]!;
        hi = mid;
      } else {
        this.right[to] = next;
        from = this.right[from]!;
        lo = mid + 1;
      }
      to = next;
    }
    return top;
  }

  /** The k-th smallest (from 0) of values[from..to). */
  kth(from: number, to: number, k: number): number {
    let a = this.roots[from]!;
    let b = this.roots[to]!;
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const inLeft = this.count[this.left[b]!]! - this.count[this.left[a]!]!;
      if (k < inLeft) {
        a = this.left[a]!;
        b = this.left[b]!;
        hi = mid;
      } else {
        k -= inLeft;
        a = this.right[a]!;
        b = this.right[b]!;
        lo = mid + 1;
      }
    }
    return this.sorted[lo]!;
  }
}
