/**
 * Denial of service: a pull request controls every byte of the org, so every
 * command must stay linear (or n log n) in its input. Each test times the
 * hostile input against a linear baseline of the same size in the same
 * process (never an absolute time): what used to be quadratic, or worse, now
 * costs a small multiple of the baseline. Deep chains must also end without a
 * crash (no stack overflow, no heap exhaustion) and with output whose size is
 * bounded by the input's.
 */
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/render/chart/text.js';
import { suggest } from '../../src/util/suggest.js';
import { lint, ORG } from '../helpers.js';

/** Best of `reps` runs, in ms: the least disturbed by other processes on a loaded machine. */
function fastest(fn: () => unknown, reps = 3): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Deterministic lowercase ids of `length` characters. */
function idMaker(seed: number, length: number): () => string {
  let x = seed;
  return () => {
    let s = '';
    for (let i = 0; i < length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      s += String.fromCharCode(97 + ((x >>> 0) % 26));
    }
    return s;
  };
}

describe('"did you mean" is bounded', () => {
  it('unknown long ids against many long ids cost about as much as known ones', { timeout: 120_000 }, () => {
    // 150 roles with 200-character ids, each reporting to an unknown 200-character id: the old
    // code compared every unknown id with every id in full (seconds); the baseline reports to known ids.
    const id = idMaker(7, 200);
    const ids = Array.from({ length: 150 }, id);
    const unknown = Array.from({ length: 150 }, id);
    const org = (targets: string[]) =>
      ORG + '---\nkind: Department\nid: d\nname: D\nroles:\n' + ids.map((r, i) => `  - id: ${r}\n    title: T\n    reports_to: ${targets[i]}\n`).join('');
    const hostile = org(unknown);
    const benign = org(ids.map((_, i) => ids[(i + 1) % ids.length]!));
    const base = fastest(() => lint(benign));
    const slow = fastest(() => lint(hostile));
    expect(lint(hostile).filter((f) => f.rule === 'reports-to-unknown')).toHaveLength(150);
    console.log(expect.getState().currentTestName, (slow / base).toFixed(2));
    expect(slow / base).toBeLessThan(8);
  });

  it('many unknown short ids against many short ids stay near linear', { timeout: 120_000 }, () => {
    const id = idMaker(11, 12);
    const ids = Array.from({ length: 3000 }, id);
    const org = (target: (i: number) => string) =>
      ORG + '---\nkind: Department\nid: d\nname: D\nroles:\n' + ids.map((r, i) => `  - id: ${r}\n    title: T\n    reports_to: ${target(i)}\n`).join('');
    const base = fastest(() => lint(org((i) => ids[(i + 1) % ids.length]!)));
    const slow = fastest(() => lint(org((i) => `${ids[(i + 7) % ids.length]!.slice(0, 6)}zzzzzz`)));
    console.log(expect.getState().currentTestName, (slow / base).toFixed(2));
    expect(slow / base).toBeLessThan(8);
  });

  it('still suggests what it suggested before on normal input', () => {
    expect(suggest('cs-leed', ['cs-lead', 'ops-lead', 'cs-agent'])).toBe('cs-lead');
    expect(suggest('cs-lead', ['cs-lead'])).toBeUndefined();
    // A swap of two neighbours is one edit; ties go to the first in sorted order.
    expect(suggest('abdc', ['abcd', 'abxc'])).toBe('abcd');
    expect(suggest('abcx', ['abcz', 'abcy'])).toBe('abcy');
    // Accepted up to max(2, ⌊length/3⌋).
    expect(suggest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    expect(suggest('abcdefghi', ['abcdewxyz'])).toBeUndefined();
    expect(suggest('运营总监', new Map([['运营总鉴', 1], ['客服主管', 2]]))).toBe('运营总鉴');
    // Several sets: the best over all of them.
    expect(suggest('sales', new Map([['saels-x', 1]]), ['sale'])).toBe('sale');
  });
});

describe('chart text wrapping is linear in the length of a word', () => {
  const words = (n: number) => 'word '.repeat(n / 5);
  it('an unbroken 20,000-character title', { timeout: 120_000 }, () => {
    const base = fastest(() => wrapText(words(20_000), 200, 14, true));
    const slow = fastest(() => wrapText('x'.repeat(20_000), 200, 14, true));
    expect(wrapText('x'.repeat(20_000), 200, 14, true).join('')).toBe('x'.repeat(20_000));
    console.log(expect.getState().currentTestName, (slow / base).toFixed(2));
    expect(slow / base).toBeLessThan(10);
  });

  it('a word of zero-width combining marks', { timeout: 120_000 }, () => {
    const base = fastest(() => wrapText(words(20_000), 200, 14, true));
    const marks = 'x' + '\u0301'.repeat(20_000);
    const slow = fastest(() => wrapText(marks, 200, 14, true));
    expect(wrapText(marks, 200, 14, true)).toEqual([marks]);
    console.log(expect.getState().currentTestName, (slow / base).toFixed(2));
    expect(slow / base).toBeLessThan(10);
  });
});
