/**
 * forEachAlike buckets by a hash and compares keys only where hashes meet: whatever the hash, it reports
 * what a map keyed by the key itself reports (each repeat with the first item of its key, in order).
 */
import { describe, expect, it } from 'vitest';
import { forEachAlike } from '../../../src/lint/rules/utils/firstAlike.js';

/** The plain way: a map from key to the first item. */
function byKey(items: string[], key: (s: string) => string): string[] {
  const first = new Map<string, string>();
  const out: string[] = [];
  for (const item of items) {
    const f = first.get(key(item));
    if (f === undefined) first.set(key(item), item);
    else out.push(`${item}~${f}`);
  }
  return out;
}

function alike(items: string[], hash: (s: string) => number, key: (s: string) => string): string[] {
  const out: string[] = [];
  forEachAlike(items, hash, key, (item, first) => out.push(`${item}~${first}`));
  return out;
}

describe('forEachAlike', () => {
  const key = (s: string) => s.toLowerCase().replace(/[0o]/g, 'o');
  const items = ['a0', 'b', 'AO', 'c', 'B', 'ao', 'd', 'C', 'e', 'E', 'bo', 'b0'];

  it('with a hash that tells keys apart, reports as a map by key', () => {
    const good = (s: string) => {
      let h = 7;
      for (const unit of key(s)) h = (h * 31 + unit.charCodeAt(0)) % 1_000_003;
      return h;
    };
    expect(alike(items, good, key)).toEqual(byKey(items, key));
  });

  it('with hashes that collide (every item, or in pairs), still compares the keys', () => {
    expect(alike(items, () => 1, key)).toEqual(byKey(items, key));
    expect(alike(items, (s) => s.length, key)).toEqual(byKey(items, key));
    expect(byKey(items, key)).toEqual(['AO~a0', 'B~b', 'ao~a0', 'C~c', 'E~e', 'b0~bo']);
  });
});
