/**
 * The example charts in a real browser (headless Chromium, with the fonts it
 * finds — CI installs fonts-noto-cjk): from the browser's own text
 * measurements (getBBox), no label overflows its box or department header,
 * and no label overlaps another label or another box. Screenshots are left in
 * .tmp/chart-screenshots/ to look at. Skipped on a developer machine without
 * Chromium; in CI (CI=true) a missing Chromium is a failure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/index.js';
import type { OrgModel } from '../../src/model/types.js';
import type { ChartOptions } from '../../src/chart/types.js';
import { example, EXAMPLES, org, REPO } from './fixtures.js';
import { headlessChromium } from '../support/browser.js';

function findChromium(): string | undefined {
  for (const c of [process.env.CHROME_PATH, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    if (!c) continue;
    const r = spawnSync(c, ['--version'], { encoding: 'utf8', timeout: 20000 });
    if (r.status === 0) return c;
  }
  return undefined;
}

const CHROMIUM = findChromium();
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const SHOTS = path.join(REPO, '.tmp', 'chart-screenshots');

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Label {
  owner: string;
  text: string;
  box: Rect;
  /** The rectangle the label must stay in: its role box, or its department's header band. */
  frame: Rect;
}

/** Runs in the page: every label with its bounding box and the box it belongs to. */
const MEASURE = `
const out = { labels: [], boxes: [] };
const r = (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
for (const g of document.querySelectorAll('svg .roles > g')) {
  const rect = g.querySelector('rect');
  const frame = r(rect.getBBox());
  out.boxes.push({ owner: g.dataset.id, box: frame });
  for (const t of g.querySelectorAll('text')) out.labels.push({ owner: g.dataset.id, text: t.textContent, box: r(t.getBBox()), frame });
}
for (const g of document.querySelectorAll('svg .headers > g')) {
  const band = r(g.querySelector('path').getBBox());
  for (const t of g.querySelectorAll('text')) out.labels.push({ owner: 'header:' + t.textContent, text: t.textContent, box: r(t.getBBox()), frame: band });
}
document.getElementById('result').textContent = JSON.stringify(out);
`;

/** Long titles in both scripts, wide Latin letters, many holders: the measuring's hard cases. */
const LONG_LABELS = () =>
  org(`kind: Department
id: d
name: 跨境电商事业部 Cross-Border E-Commerce Division (Tmall Global · JD Worldwide)
head: a
roles:
  - id: a
    title: 负责跨境电商平台全渠道运营与供应链协同的高级经理
    holders: [欧阳娜娜, 司马相如, 上官婉儿, 诸葛孔明, 慕容复, 东方不败, 令狐冲]
    headcount: 9
  - id: b
    title: WWW MMM Senior Cross-Border Marketplace Operations and Supply-Chain Manager
    reports_to: a
    holders: [Maximilian Montgomery-Wolfeschlegelstein, Wilhelmina Worthington]
    headcount: 3
  - id: c
    title: Supercalifragilisticexpialidocious-Extraordinarily-Long-Hyphenated-Identifier
    reports_to: a
  - id: e
    title: 客服（售前/售后）专员：负责旺旺、QQ、电话等渠道的在线咨询与投诉处理
    reports_to: a
    holders: []
`);

/**
 * Trojan Source titles: bidi overrides and isolates in a title, a department name and a holder. The SVG shows
 * each as the six characters `\u202e`, and the boxes are sized for those characters, not for the control.
 */
const BIDI_LABELS = () =>
  org(`kind: Department
id: d
name: "客服\\u202e部 \\u2067门\\u2069"
head: a
roles:
  - {id: a, title: "客服\\u202e主管", holders: ["张三\\u202e", "李四"]}
  - {id: b, title: "Ops \\u202e\\u202e\\u202e\\u202e\\u202e\\u202e\\u202e\\u202e lead", reports_to: a}
  - {id: c, title: "\\u2066\\u200f\\u061c\\u200e", reports_to: a}
`);

const CHARTS: Array<{ name: string; model: () => OrgModel; options: ChartOptions }> = [
  ...EXAMPLES.map((name) => ({ name, model: () => example(name), options: {} })),
  { name: 'ops-center-departments', model: () => example('ops-center'), options: { level: 'department' } },
  { name: 'ops-center-depth1', model: () => example('ops-center'), options: { depth: 1 } },
  { name: 'long-labels', model: LONG_LABELS, options: {} },
  { name: 'bidi-controls', model: BIDI_LABELS, options: {} },
];

/** The labels and boxes of `svg` as Chromium lays them out. */
async function measuredOf(svg: string): Promise<{ labels: Label[]; boxes: Array<{ owner: string; box: Rect }> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-chart-'));
  try {
    const page = path.join(dir, 'page.html');
    const body = svg.replace(/^<\?xml[^>]*>\n/, '');
    fs.writeFileSync(
      page,
      `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">${body}<pre id="result"></pre><script>${MEASURE}</script></body></html>`,
    );
    const dom = await headlessChromium(CHROMIUM!, ['--dump-dom', `file://${page}`]);
    expect(dom.status, dom.stderr).toBe(0);
    const json = /<pre id="result">([^<]*)<\/pre>/.exec(dom.stdout)?.[1];
    expect(json, 'the measuring script ran').toBeTruthy();
    return JSON.parse(
      json!
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    ) as { labels: Label[]; boxes: Array<{ owner: string; box: Rect }> };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The labels of `svg` that overflow their box or overlap another label or box, measured by Chromium. */
async function labelProblems(svg: string): Promise<string[]> {
  {
    const measured = await measuredOf(svg);
    expect(measured.labels.length).toBeGreaterThan(measured.boxes.length);
    const problems: string[] = [];
    // Glyph boxes include the font's line gap above and below; the ink is the middle of it.
    const ink = (b: Rect): Rect => ({ x: b.x, y: b.y + b.height * 0.2, width: b.width, height: b.height * 0.6 });
    const inside = (a: Rect, f: Rect) =>
      a.x >= f.x - 0.5 && a.x + a.width <= f.x + f.width + 0.5 && a.y >= f.y - 0.5 && a.y + a.height <= f.y + f.height + 0.5;
    const overlaps = (a: Rect, b: Rect) =>
      a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
    for (const l of measured.labels) if (!inside(ink(l.box), l.frame)) problems.push(`'${l.text}' of ${l.owner} overflows its box`);
    for (let i = 0; i < measured.labels.length; i++) {
      for (let j = i + 1; j < measured.labels.length; j++) {
        const [a, b] = [measured.labels[i]!, measured.labels[j]!];
        if (overlaps(ink(a.box), ink(b.box))) problems.push(`'${a.text}' overlaps '${b.text}'`);
      }
      const l = measured.labels[i]!;
      for (const box of measured.boxes)
        if (box.owner !== l.owner && overlaps(ink(l.box), box.box)) problems.push(`'${l.text}' overlaps the box of ${box.owner}`);
    }
    return problems;
  }
}

describe('example charts in headless Chromium', () => {
  it('Chromium is available in CI', () => {
    if (IN_CI) expect(CHROMIUM, 'CI needs chromium (apt-get install chromium fonts-noto-cjk)').toBeDefined();
  });

  for (const chart of CHARTS) {
    it.skipIf(!CHROMIUM)(`${chart.name}: no label overflows its box or overlaps another label or box`, async () => {
      const svg = await renderChart(chart.model(), chart.options);
      expect(await labelProblems(svg)).toEqual([]);

      // A screenshot to look at (and proof the page paints).
      fs.mkdirSync(SHOTS, { recursive: true });
      const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
      const file = path.join(SHOTS, `${chart.name}.svg`);
      const shot = path.join(SHOTS, `${chart.name}.png`);
      fs.writeFileSync(file, svg);
      const r = await headlessChromium(CHROMIUM!, [`--screenshot=${shot}`, `--window-size=${w!},${h!}`, `file://${file}`]);
      expect(r.status, r.stderr).toBe(0);
      expect(fs.statSync(shot).size).toBeGreaterThan(10000);
    });
  }

  it.skipIf(!CHROMIUM)('bidi controls are drawn as `\\u202e`, in the order written: nothing reversed', async () => {
    const { labels } = await measuredOf(await renderChart(BIDI_LABELS()));
    const texts = labels.map((l) => l.text);
    expect(texts.join('|')).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(texts).toContain('客服\\u202e主管');
    expect(texts.some((t) => t.startsWith('客服\\u202e部 \\u2067门\\u2069'))).toBe(true);
  });

  it.skipIf(!CHROMIUM)('the check catches a label that does not fit (a box narrowed after layout)', async () => {
    const svg = await renderChart(example('minimal-en'));
    const narrowed = svg.replace(/(<rect class="role" x="[\d.]+" y="[\d.]+" width=")[\d.]+/, '$170');
    expect(narrowed).not.toBe(svg);
    expect((await labelProblems(narrowed)).some((p) => p.includes('overflows'))).toBe(true);
  });
});
