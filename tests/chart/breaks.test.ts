/** Break opportunities of Han-only text, found without the `linebreak` package, are the ones it finds. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { breakUnits } from '../../src/chart/draw/breaks.js';
import { wrapText } from '../../src/chart/draw/text.js';

const require = createRequire(import.meta.url);

/** Whether this process has loaded the `linebreak` package (each test file runs in a process of its own). */
const linebreakLoaded = () => Object.keys(require.cache).some((file) => /[\\/]node_modules[\\/]linebreak[\\/]/.test(file));

/** Every character of the CJK Unified Ideographs block, U+4E00 to U+9FFF. */
const ALL_HAN = String.fromCharCode(...Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => 0x4e00 + i));

describe('Han-only labels', () => {
  // First in the file: the package must not be loaded yet when this runs.
  it('wrap without loading the linebreak package', () => {
    expect(linebreakLoaded()).toBe(false);
    expect(wrapText('跨境电商事业部事业部总经理', 176, 14, true)).toEqual(['跨境电商事业部事业部总', '经理']);
    expect(linebreakLoaded()).toBe(false);
  });

  it('break between every two characters, as UAX #14 (the package) says of the whole block', () => {
    const LineBreaker = require('linebreak') as typeof import('linebreak').default;
    const breaker = new LineBreaker(ALL_HAN);
    const positions: number[] = [];
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) positions.push(bk.position);
    expect(positions).toEqual(Array.from({ length: ALL_HAN.length }, (_, i) => i + 1));
    expect(breakUnits(ALL_HAN)).toEqual(Array.from(ALL_HAN, (text) => ({ text })));
  });

  it('mixed with anything else still go to the package (a closing bracket, a Latin word, a space)', () => {
    expect(breakUnits('运营（华东）总监').map((u) => u.text)).toEqual(['运', '营', '（华东）', '总', '监']);
    expect(breakUnits('运营 Ops总监').map((u) => u.text)).toEqual(['运', '营 ', 'Ops', '总', '监']);
    expect(linebreakLoaded()).toBe(true);
  });
});
