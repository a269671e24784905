/** The grapheme segmenter (ICU's break data, ~15 ms of CPU to make) is made only when a word is broken between graphemes. */
import { afterAll, describe, expect, it } from 'vitest';

const Original = Intl.Segmenter;
let made = 0;
// Counted from before the chart's text modules load (they are imported below, not at the top).
/** Intl, with Segmenter replaceable (TypeScript has it read-only; it is a plain writable property). */
const intl = Intl as { Segmenter: typeof Original };
intl.Segmenter = class extends Original {
  constructor(...args: ConstructorParameters<typeof Original>) {
    super(...args);
    made++;
  }
};
afterAll(() => {
  intl.Segmenter = Original;
});

describe('the grapheme segmenter', () => {
  it('is not made for labels that wrap at spaces, between Han characters or fit whole', async () => {
    const { wrapText } = await import('../../src/chart/draw/text.js');
    expect(wrapText('运营总监', 200, 14)).toEqual(['运营总监']);
    expect(wrapText('Head of Customer Service Operations', 120, 14).length).toBeGreaterThan(1);
    expect(wrapText('跨境电商事业部事业部总经理', 176, 14, true)).toEqual(['跨境电商事业部事业部总', '经理']);
    expect(made).toBe(0);
  });

  it('is made once a word is broken between graphemes, and breaks it there', async () => {
    const { wrapText } = await import('../../src/chart/draw/text.js');
    // Accented letters written as a letter and a combining mark: a line may not start between the two.
    const word = 'Re\u0301sume\u0301'.repeat(6);
    const lines = wrapText(word, 80, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(line.startsWith('\u0301')).toBe(false);
    expect(made).toBe(1);
  });
});
