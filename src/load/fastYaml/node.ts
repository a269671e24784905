/**
 * What the fast path builds for each node: the JS value `toJS` would give and
 * the skeleton (load/skeleton.ts) with yaml's ranges, built in the same key
 * order so a parse from either path serialises to the same bytes.
 */
import { QUOTE, type PosMap, type PosNode, type PosScalar, type PosSeq, type Quote } from '../skeleton.js';

/** A node read on one line: its value, its skeleton, and the offset after its text (yaml's range[1]). */
export interface Read {
  value: unknown;
  node: PosNode;
  end: number;
}

export function scalarNode(s: number, e: number, value: unknown, q: Quote): PosScalar {
  return { s, e, v: String(value), q };
}

/**
 * What a read without its skeleton (`skeleton: false`) puts where a node would be: one shared, frozen
 * node of each shape, so nothing is allocated for positions (a write to one throws, in this strict module).
 */
export const NO_SCALAR: PosScalar = Object.freeze({ s: 0, e: 0, v: '', q: QUOTE.plain });
export const NO_MAP: PosMap = Object.freeze({
  s: 0,
  e: 0,
  keys: Object.freeze([]) as unknown as PosMap['keys'],
  vals: Object.freeze([]) as unknown as PosMap['vals'],
});
export const NO_SEQ: PosSeq = Object.freeze({ s: 0, e: 0, items: Object.freeze([]) as unknown as PosSeq['items'] });

export const PLAIN = QUOTE.plain;
export const SINGLE = QUOTE.single;
export const DOUBLE = QUOTE.other;

/** A scalar's JS value. */
export type ScalarValue = string | number | boolean | null;

/** A scalar read on one line (possibly a key). */
export interface ScalarRead extends Read {
  value: ScalarValue;
  node: PosScalar;
}

/** A mapping's key as yaml's toJS names the property (null → '', else String). */
export function keyString(value: ScalarValue): string {
  return value === null ? '' : String(value);
}

/**
 * Add `key: value` to a mapping's object and skeleton, or false where yaml
 * would not simply add a property: a key equal to an earlier one (yaml's
 * duplicate-key error, or a silent overwrite when only the strings collide)
 * and `<<` (a merge key in other schemas).
 */
export function addPair(obj: Record<string, unknown>, key: string, value: unknown): boolean {
  if (Object.hasOwn(obj, key) || key === '<<') return false;
  // yaml's addPairToJSMap defines an own property where `key in map` (e.g. __proto__): never the prototype setter.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
  return true;
}

export function emptyMap(s: number): PosMap {
  return { s, e: s, keys: [], vals: [] };
}
