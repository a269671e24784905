/**
 * A line index found when first asked for (a file a parse worker read) gives
 * the lines and columns of one built from the text at once.
 */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/load/lineIndex.js';

describe('LineIndex.whenAsked', () => {
  it.each(['', 'kind: Role', 'kind: Role\n', 'a: 1\n\nb: 二\n  c: 三\r\n', '\n\n'])('%j: the positions fromText gives', (text) => {
    const lazy = LineIndex.whenAsked(text);
    const eager = LineIndex.fromText(text);
    for (let offset = 0; offset <= text.length; offset++) expect(lazy.linePos(offset)).toEqual(eager.linePos(offset));
    expect(lazy.lineStarts).toEqual(eager.lineStarts);
    expect(lazy.matchesText(text)).toBe(true);
  });
});
