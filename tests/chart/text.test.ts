/** Text measuring and wrapping: CJK one em a character, Latin proportional, lines that break where readers expect. */
import { describe, expect, it } from 'vitest';
import { textWidth, wrapItems, wrapText } from '../../src/chart/draw/text.js';

describe('textWidth', () => {
  it('counts CJK (and full-width punctuation) one em per character', () => {
    const one = textWidth('运', 14);
    expect(one).toBeGreaterThanOrEqual(14);
    expect(textWidth('运营总监', 14)).toBeCloseTo(4 * one, 5);
    expect(textWidth('（，）', 14)).toBeCloseTo(3 * one, 5);
  });

  it('measures Latin proportionally: narrow letters narrower than wide ones, bold wider than regular', () => {
    expect(textWidth('iiiiiiii', 14)).toBeLessThan(textWidth('MMMMMMMM', 14) / 2);
    expect(textWidth('Store Manager', 14, true)).toBeGreaterThan(textWidth('Store Manager', 14));
    // About half an em per lowercase letter, and less than CJK.
    const latin = textWidth('merchandiser', 14) / 12;
    expect(latin).toBeGreaterThan(14 * 0.4);
    expect(latin).toBeLessThan(14 * 0.7);
  });

  it('scales with the font size', () => {
    expect(textWidth('Ops 运营', 28)).toBeCloseTo(2 * textWidth('Ops 运营', 14), 5);
  });
});

describe('wrapText', () => {
  it('breaks CJK between any two characters, every line within the width', () => {
    const lines = wrapText('负责跨境电商平台全渠道运营与供应链协同的高级经理', 100, 14, true);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('负责跨境电商平台全渠道运营与供应链协同的高级经理');
    for (const l of lines) expect(textWidth(l, 14, true)).toBeLessThanOrEqual(100);
  });

  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    for (let width = 40; width < 200; width += 7) {
      const lines = wrapText('运营主管（兼任）负责店铺，活动、推广。「大促」期间值班', width, 14);
      for (const l of lines.slice(1)) expect('，。、）」').not.toContain(l[0]);
      for (const l of lines.slice(0, -1)) expect('（「').not.toContain(l[l.length - 1]);
      expect(lines.join('')).toBe('运营主管（兼任）负责店铺，活动、推广。「大促」期间值班');
    }
  });

  it('breaks Latin at spaces and after hyphens, splitting only a word longer than the line', () => {
    expect(wrapText('Senior Marketplace Operations Manager', 150, 14)).toEqual(['Senior Marketplace', 'Operations Manager']);
    expect(wrapText('Cross-Border Lead', 100, 14)).toEqual(['Cross-Border', 'Lead']);
    const long = wrapText('Supercalifragilisticexpialidocious', 80, 14);
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const l of long) expect(textWidth(l, 14)).toBeLessThanOrEqual(80);
  });

  it('mixes scripts and collapses whitespace the way SVG shows it', () => {
    expect(wrapText('  BD   主管  ', 500, 14)).toEqual(['BD 主管']);
    expect(wrapText('', 100, 14)).toEqual(['']);
  });
});

describe('wrapItems', () => {
  it('breaks a list of names only between names', () => {
    const names = ['段佳芳、', '莫佳、', '蒋涛然、', '贺桂怡'];
    const lines = wrapItems(names, 110, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('段佳芳、莫佳、蒋涛然、贺桂怡');
    for (const n of ['段佳芳', '莫佳', '蒋涛然', '贺桂怡']) expect(lines.some((l) => l.includes(n))).toBe(true);
  });
});
