/**
 * The handbook's chart speaks the handbook's language: `docs --lang en` on a
 * zh-CN org (and `--lang zh-CN` on an English one) draws the chart's own words
 * — title, seat counts, legend — in that language, like every other page.
 */
import { describe, expect, it } from 'vitest';
import { renderHandbook } from '../../src/docs/index.js';
import { CATALOGUES } from '../../src/i18n/index.js';
import { modelOf } from '../helpers.js';

/** Names in ASCII, so any CJK character in the chart is one of orgctl's own words. */
const org = (locale: string) =>
  modelOf({
    'org.yaml': [
      `kind: Organization\nid: acme\nname: Acme\nlocale: ${locale}\ntop: boss`,
      'kind: Department\nid: ops\nname: Ops\nhead: boss\nroles:\n  - id: boss\n    title: Boss\n    holders: [Ann]\n  - id: clerk\n    title: Clerk\n    reports_to: boss\n    headcount: 3\n    holders: [Bo]',
    ].join('\n---\n'),
  });

const CJK = /[\u3000-\u9fff\uff00-\uffef]/u;

describe("the handbook's chart", () => {
  it('is drawn in the --lang asked for, not the org locale', async () => {
    const svg = (await renderHandbook(org('zh-CN'), { format: 'markdown', lang: 'en' })).get('chart.svg')!;
    expect(svg).toContain('<svg');
    expect(svg.match(CJK)).toBeNull();
    expect(svg).toContain(CATALOGUES.en.chart.legendSolid);

    const zh = (await renderHandbook(org('en'), { format: 'markdown', lang: 'zh-CN' })).get('chart.svg')!;
    expect(zh).toContain(CATALOGUES['zh-CN'].chart.legendSolid);
    expect(zh).not.toContain(CATALOGUES.en.chart.legendSolid);
  }, 60_000);

  it('is the same picture in the HTML handbook', async () => {
    const page = (await renderHandbook(org('zh-CN'), { format: 'html', lang: 'en' })).get('handbook.html')!;
    const src = /<img alt="[^"]*" src="data:image\/svg\+xml;base64,([^"]+)">/.exec(page);
    const chart = Buffer.from(src![1]!, 'base64').toString('utf8');
    expect(chart).toContain(CATALOGUES.en.chart.legendSolid);
    expect(chart.match(CJK)).toBeNull();
  }, 60_000);
});
