/**
 * The skeleton's table lookup (a binary search over the shipped data, decoding
 * only the entries asked for) gives every code point the prototype the data
 * says: checked against the whole table decoded the plain way, for every code
 * point Unicode has.
 */
import { describe, expect, it } from 'vitest';
import { CONFUSABLES } from '../../src/model/confusables-data.js';
import { textHash } from '../../src/core/text/textHash.js';
import { skeleton, skeletonHash, unicodeSkeleton } from '../../src/model/confusables.js';

/** The data as one Map, decoded entry by entry (how the table was read before the lookup). */
function plainTable(): Map<number, string> {
  const table = new Map<number, string>();
  for (const entry of CONFUSABLES.split(';')) {
    if (!entry) continue;
    const [source, target] = entry.split('>') as [string, string];
    const [start, run] = source.split('*') as [string, string | undefined];
    const targets = target.split('.').map((h) => parseInt(h, 16));
    const count = run === undefined ? 1 : Number(run);
    for (let k = 0; k < count; k++)
      table.set(parseInt(start, 16) + k, count === 1 ? String.fromCodePoint(...targets) : String.fromCodePoint(targets[0]! + k));
  }
  return table;
}

describe('confusables lookup', () => {
  it('maps every code point as the whole table does', () => {
    const table = plainTable();
    expect(table.size).toBe(6565);
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates are not characters
      const ch = String.fromCodePoint(cp);
      // A character already in NFD with no invisible part: its skeleton is its prototype, in NFD.
      if (ch.normalize('NFD') !== ch || /\p{Default_Ignorable_Code_Point}/u.test(ch)) continue;
      const expected = (table.get(cp) ?? ch).normalize('NFD');
      if (skeleton(ch) !== expected) wrong.push(`U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives every id the skeleton TR39 gives, by the direct table where it applies', () => {
    const wrong: string[] = [];
    const check = (s: string) => {
      const sk = unicodeSkeleton(s);
      if (skeleton(s) !== sk || skeletonHash(s) !== textHash(sk)) wrong.push(JSON.stringify(s));
    };
    // Every character of the BMP alone and after an ASCII letter, and every pair of ASCII characters.
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      check(String.fromCharCode(unit));
      check('a' + String.fromCharCode(unit));
    }
    for (let a = 0; a < 128; a++) for (let b = 0; b < 128; b++) check(String.fromCharCode(a, b));
    // Random ids over the characters where the shortcut could go wrong: marks of every class around
    // starters, text that NFD changes (Hangul, é), invisible ones, look-alikes, astral characters.
    // Code points on purpose: marks and halves of emoji are what the check is about.
    const pool = ['ab0Om1lI|`-_.', '人力行政部经理一口', 'еаоіΑΟ', '\u0301\u0345\u0334\u0327\u05b0', 'é각\u200d\ufe0f\u00ad', '𝐚𝟎😀'];
    const chars = pool.flatMap((p) => Array.from(p));
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8; // exact in 32 bits
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let n = next() % 9; n >= 0; n--) s += chars[next() % chars.length]!;
      check(s);
    }
    for (const id of ['ops-lead-01', 'rn-m', 'I1l|', 'cs`lead', '人力行政部-200-人事主管-1', 'x'.repeat(100), ''.padEnd(70, '人')])
      check(id);
    expect(wrong).toEqual([]);
    // Both ways are taken: an id that is its own skeleton, one that maps, one that needs the letter of TR39.
    expect(skeleton('ceo')).toBe('ceo');
    expect(skeleton('m0')).toBe('rnO');
    expect(skeleton('`')).not.toBe('`');
  });
});
