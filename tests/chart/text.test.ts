/** Text measuring and wrapping: CJK one em a character, Latin proportional, lines that break where readers expect. */
import { describe, expect, it, vi } from 'vitest';
import { textWidth, wrapItems, wrapText } from '../../src/chart/draw/text.js';
import { METRICS } from '../../src/chart/draw/boxes.js';
import { layoutOrgChart } from '../../src/chart/index.js';
import { modelOf } from '../helpers.js';

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

  it('breaks Latin at spaces, splitting only a word longer than the line', () => {
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

/** Every width from a narrow box to a wide one, in steps of 3 px. */
const WIDTHS = Array.from({ length: 60 }, (_, i) => 60 + 3 * i);

/** One CJK character, with at most punctuation about it. */
const lonely = (line: string) => /^[^\p{L}\p{N}]*[\u3400-\u9fff][^\p{L}\p{N}]*$/u.test(line);

describe('wrapText on real titles', () => {
  const PROMO = '直通车/万相台推广专员 (直通车/万相台)';

  it('keeps a bracketed part whole whenever it fits on a line ("(直通车/万相 / 台)" was drawn)', () => {
    // In a 112 px box (the narrowest role box) the old wrapper drew 直通车/万相台推 / 广专员 (直通车/ / 万相台).
    expect(wrapText(PROMO, 112, 14, true)).toEqual(['直通车/万相台推', '广专员', '(直通车/万相台)']);
    const bracket = textWidth('(直通车/万相台)', 14, true);
    for (const width of WIDTHS.filter((w) => w >= bracket)) {
      const lines = wrapText(PROMO, width, 14, true);
      expect(lines.join('').replace(/ /g, ''), `${width}`).toBe(PROMO.replace(/ /g, ''));
      expect(
        lines.some((l) => l.endsWith('(直通车/万相台)')),
        `${width}: ${lines.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('never leaves a bracket alone with a character or two when the bracketed part is wider than a line', () => {
    for (const title of ['付费推广专员（直通车/万相台）', '推广专员(直通车/万相台/引力魔方)', PROMO]) {
      for (const width of WIDTHS) {
        const lines = wrapText(title, width, 14, true);
        for (const l of lines) {
          expect(/^[(（]$|^[)）]$/.test(l), `${width}: ${lines.join(' | ')}`).toBe(false);
          expect(lonely(l) && lines.length > 1, `${width}: ${lines.join(' | ')}`).toBe(false);
        }
        for (const l of lines.slice(1)) expect('/)）', `${width}: ${lines.join(' | ')}`).not.toContain(l[0]);
      }
    }
  });

  it('leaves no CJK character alone on the last line: the last two lines are re-split evenly', () => {
    // 13 characters fit in a 196 px box: the old wrapper left 人 on a line of its own.
    const width = 196 - 20;
    expect(wrapText('天猫旗舰店店铺运营负责人', width, 14, true)).toEqual(['天猫旗舰店店', '铺运营负责人']);
    expect(wrapText('品牌会员运营与私域社群负责人', 13 * textWidth('运', 14, true) + 1, 14, true)).toEqual([
      '品牌会员运营与',
      '私域社群负责人',
    ]);
    for (const title of [
      '天猫旗舰店店铺运营负责人',
      '品牌会员运营与私域社群负责人',
      '跨境电商平台运营与供应链协同负责人',
      '内容电商直播运营中心负责人',
    ]) {
      for (const width of WIDTHS) {
        const lines = wrapText(title, width, 14, true);
        expect(lines.join(''), `${width}`).toBe(title);
        for (const l of lines) {
          expect(lonely(l), `${width}: ${lines.join(' | ')}`).toBe(false);
          expect(textWidth(l, 14, true), `${width}: ${lines.join(' | ')}`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('wraps a long English title only at spaces, keeping "(Tmall Global)" together', () => {
    const title = 'Senior Cross-Border Marketplace Operations Manager (Tmall Global)';
    // The old wrapper broke after the hyphen: Senior Cross- / Border.
    expect(wrapText(title, 112, 14, true)).toEqual(['Senior', 'Cross-Border', 'Marketplace', 'Operations', 'Manager', '(Tmall Global)']);
    for (const width of WIDTHS.filter((w) => w >= textWidth('Cross-Border', 14, true))) {
      const lines = wrapText(title, width, 14, true);
      expect(lines.join(' '), `${width}`).toBe(title);
      expect(lines.some((l) => l.endsWith('(Tmall Global)')) || width < textWidth('(Tmall Global)', 14, true)).toBe(true);
    }
  });

  it('breaks a word wider than the box between graphemes, never inside one', () => {
    const coder = '\u{1F469}\u200D\u{1F4BB}'; // 👩‍💻, three code points, one grapheme
    expect(wrapText(coder.repeat(4), textWidth('\u{1F469}', 14) * 1.5, 14)).toEqual([coder, coder, coder, coder]);
    const accented = 'Cafe\u0301'.repeat(6); // é written as e + a combining accent
    for (const l of wrapText(accented, 40, 14)) expect(l.startsWith('\u0301')).toBe(false);
  });

  it('is deterministic: the same lines every time', () => {
    const once = WIDTHS.map((w) => wrapText(PROMO, w, 14, true).join('|'));
    expect(WIDTHS.map((w) => wrapText(PROMO, w, 14, true).join('|'))).toEqual(once);
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

describe('wrapText on very long words', () => {
  it('hands Intl.Segmenter short runs only (V8 walks the segments of one long string in quadratic time)', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const thai = 'กข'.repeat(20_000); // no spaces: one line-break segment, split between graphemes
      expect(wrapText(thai, 200, 14, true).join('')).toBe(thai);
      const latin = 'x'.repeat(40_000) + '\u0301'; // Latin letters need no segmenter at all
      expect(wrapText(latin, 200, 14, true).join('')).toBe(latin);
      expect(segment).toHaveBeenCalled();
      for (const [text] of segment.mock.calls) expect(text.length).toBeLessThanOrEqual(300);
    } finally {
      segment.mockRestore();
    }
  });

  it('keeps nested and unbalanced brackets in order, every line within the width', () => {
    for (const title of ['（运'.repeat(50) + '）'.repeat(50), '((直通车/万相台)推广))专员(', '【天猫】（直通车（万相台））「活动」']) {
      const lines = wrapText(title, 100, 14, true);
      expect(lines.join('')).toBe(title);
      for (const l of lines) expect(textWidth(l, 14, true) <= 100 || Array.from(l).length === 1).toBe(true);
    }
  });
});

describe('text is measured as it is drawn', () => {
  // Every markup output shows a bidi control as the six characters `\u202e` (src/core/escape/codePoints.ts).
  const OVERRIDE = '\u202e';
  const SHOWN = '\\u202e';

  it('textWidth, wrapText and wrapItems measure a bidi control as its visible escape, and return what is drawn', () => {
    expect(textWidth(`客服${OVERRIDE}主管`, 14, true)).toBe(textWidth(`客服${SHOWN}主管`, 14, true));
    expect(wrapText(`客服${OVERRIDE}主管`, 1000, 14, true)).toEqual([`客服${SHOWN}主管`]);
    // Eight overrides are 48 characters drawn: too wide for one line of 200 units, though the raw text is short.
    const lines = wrapText(`Ops ${OVERRIDE.repeat(8)} lead`, 200, 14, true);
    expect(lines.length).toBeGreaterThan(1);
    // The 48 characters wider than a line are broken inside, so compare without the spaces.
    expect(lines.join('').replace(/ /g, '')).toBe(`Ops${SHOWN.repeat(8)}lead`);
    for (const l of lines) expect(textWidth(l, 14, true)).toBeLessThanOrEqual(200);
    expect(wrapItems([`张三${OVERRIDE}、`, '李四'], 1000, 12)).toEqual([`张三${SHOWN}、李四`]);
  });

  it("a chart's boxes and headers hold the drawn text, and every line fits its box", async () => {
    const model = modelOf({
      'd.yaml': `kind: Department
id: d
name: "部\\u202e门"
head: boss
roles:
  - {id: boss, title: "Ops \\u202e\\u202e\\u202e\\u202e\\u202e\\u202e\\u202e\\u202e lead", holders: ["张三\\u202e"]}
  - {id: x, title: "专员", reports_to: boss}
`,
    });
    const drawing = await layoutOrgChart(model);
    const boss = drawing.nodes.find((n) => n.id === 'boss')!;
    const dept = drawing.nodes.find((n) => n.id === 'd')!;
    const texts = (n: typeof boss) => n.lines.flatMap((l) => l.spans.map((s) => s.text));
    for (const n of [boss, dept]) expect(texts(n).join('|')).not.toMatch(/[\u202a-\u202e]/);
    expect(texts(dept)[0]).toBe(`部${SHOWN}门`);
    expect(texts(boss)).toContain(`张三${SHOWN}`);
    const title = boss.lines.filter((l) => l.spans[0]!.tone === 'title');
    expect(title.length).toBeGreaterThan(1);
    expect(title.map((l) => l.spans[0]!.text.replace(/ /g, '')).join('')).toBe(`Ops${SHOWN.repeat(8)}lead`);
    for (const l of boss.lines) {
      const drawn = l.spans.reduce((w, s) => w + textWidth(s.text, l.size, s.tone === 'title'), 0);
      expect(drawn).toBeLessThanOrEqual(boss.width - 2 * METRICS.padX);
    }
  }, 60_000);
});

describe('emOf', () => {
  it('sums the widths character by character as for…of walks them: surrogate pairs together, lone surrogates alone', async () => {
    const { charWidthEm, emOf } = await import('../../src/chart/draw/measure.js');
    const texts = ['运营总监 Ops', 'a😀b', '\ud83d', 'x\ude00y', '\ud83d\ud83d\ude00', 'Re\u0301sume\u0301 ×3 · 2', ''];
    for (const text of texts)
      for (const bold of [false, true]) {
        let expected = 0.5;
        for (const ch of text) expected += charWidthEm(ch, bold);
        expect(emOf(text, bold, 0.5)).toBe(expected);
      }
  });
});
