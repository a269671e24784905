/**
 * The skeleton's table lookup (a binary search over the shipped data, decoding
 * only the entries asked for) gives every code point the prototype the data
 * says: checked against the whole table decoded the plain way, for every code
 * point Unicode has.
 */
import { describe, expect, it } from 'vitest';
import { CONFUSABLES } from '../../src/model/confusables-data.js';
import { skeleton } from '../../src/model/confusables.js';

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
});
