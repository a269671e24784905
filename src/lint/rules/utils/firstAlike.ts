/**
 * Items that are alike by some key (look-alike ids: equal skeletons), each later one handed over with the
 * first of its kind, in the order given. Items are bucketed by a small integer hash of the key, and the key
 * itself is built only where two hashes meet: at 100k ids, a map keyed by 100k new strings was most of the
 * cost of confusable-id.
 */
export function forEachAlike<T>(
  items: Iterable<T>,
  hash: (item: T) => number,
  key: (item: T) => string,
  /** An item whose key an earlier item has (it never becomes a first itself). */
  onRepeat: (item: T, first: T) => void,
): void {
  const firstByHash = new Map<number, T>();
  // Firsts of other keys with the same hash: about one pair in 100k ids of a 30-bit hash.
  const otherFirsts = new Map<number, T[]>();
  for (const item of items) {
    const h = hash(item);
    const seen = firstByHash.get(h);
    if (seen === undefined) {
      firstByHash.set(h, item);
      continue;
    }
    const k = key(item);
    const others = otherFirsts.get(h);
    const first = key(seen) === k ? seen : others?.find((f) => key(f) === k);
    if (first !== undefined) onRepeat(item, first);
    else if (others) others.push(item);
    else otherFirsts.set(h, [item]);
  }
}
