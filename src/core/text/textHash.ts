/**
 * FNV-1a over UTF-16 code units, folded to 30 bits: a small integer key for bucketing many strings (look-alike
 * ids) in a map keyed by numbers, where a map keyed by the strings themselves would first have to
 * build, flatten and hash 100k new strings. Equal texts have equal hashes; where two hashes meet, the caller
 * compares the texts.
 */
export const HASH_START = 0x811c9dc5;

/** The hash so far, continued with `text`. */
export function hashMore(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/** The finished hash: 30 bits, so a small integer on every platform V8 runs on. */
export function hashEnd(h: number): number {
  return (h >>> 0) & 0x3fffffff;
}

/** The hash of one text. */
export function textHash(text: string): number {
  return hashEnd(hashMore(HASH_START, text));
}
