/**
 * Union-find (path halving, union by size): which items are already joined,
 * in near-constant time each, so "would this line close a loop?" stays
 * linear over a whole chart.
 */
export class DisjointSets<T> {
  private readonly parent = new Map<T, T>();
  private readonly size = new Map<T, number>();

  find(x: T): T {
    let p = this.parent.get(x);
    if (p === undefined) return x;
    let cur = x;
    while (p !== cur) {
      const grand = this.parent.get(p) ?? p;
      this.parent.set(cur, grand);
      cur = grand;
      p = this.parent.get(cur) ?? cur;
    }
    return cur;
  }

  union(a: T, b: T): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [sa, sb] = [this.size.get(ra) ?? 1, this.size.get(rb) ?? 1];
    const [big, small] = sa >= sb ? [ra, rb] : [rb, ra];
    this.parent.set(small, big);
    this.size.set(big, sa + sb);
  }
}
