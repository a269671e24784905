/**
 * One wrapping wherever a title is drawn: the SVG chart, the diff chart and
 * the interactive chart (whose boxes carry the drawing's lines) show the same
 * lines for the seed titles the old wrapper broke: "(直通车/万" / "相台)" and a
 * lone "人".
 */
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/index.js';
import { diffOrgs, formatDiffSvg } from '../../src/diff/index.js';
import { modelOf, ORG } from '../helpers.js';

const LEAD = '天猫旗舰店店铺运营负责人';
const ADS = '付费推广专员 (直通车/万相台)';

const org = (withAds: boolean) =>
  modelOf({
    'org.yaml': `${ORG}locale: zh-CN\n`,
    'd.yaml':
      `kind: Department\nid: tmall\nname: 天猫事业部\nhead: lead\nroles:\n  - {id: lead, title: ${LEAD}}\n` +
      `  - {id: ops, title: 店铺运营专员, reports_to: lead}\n` +
      (withAds ? `  - {id: ads, title: "${ADS}", reports_to: lead}\n` : ''),
  });

/** The title lines of an SVG, in document order. */
const svgTitles = (svg: string) => [...svg.matchAll(/<tspan class="title"[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);

/** Every title line of the interactive chart's boxes. */
function htmlTitles(html: string): string[] {
  const json = /<script id="orgctl-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!;
  const payload = JSON.parse(json) as { nodes: Array<{ l: Array<Array<number | string>> }> };
  const out: string[] = [];
  for (const n of payload.nodes)
    for (const l of n.l)
      if (l[2] === 0)
        out.push(
          l
            .slice(3)
            .filter((_, i) => i % 2 === 0)
            .join(''),
        ); // tone 0: the title
  return out;
}

describe('one wrapping everywhere', () => {
  const WRAPPED = ['天猫旗舰店店', '铺运营负责人', '付费推广专员', '(直通车/万相台)'];

  it('the SVG chart', async () => {
    const titles = svgTitles(await renderChart(org(true)));
    expect(titles).toEqual(expect.arrayContaining(WRAPPED));
    expect(titles).not.toContain('人');
    expect(titles).not.toContain('相台)');
  });

  it('the diff chart', async () => {
    const titles = svgTitles(await formatDiffSvg(diffOrgs(org(false), org(true))));
    expect(titles).toEqual(expect.arrayContaining(WRAPPED));
    expect(titles).not.toContain('人');
  });

  it('the interactive chart', async () => {
    const titles = htmlTitles(await renderChart(org(true), { format: 'html' }));
    expect(titles).toEqual(expect.arrayContaining(WRAPPED));
    expect(titles).not.toContain('人');
  });
});
