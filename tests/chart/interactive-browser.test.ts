/**
 * The interactive chart (`chart --format html`) in headless Chromium: search
 * finds a role and opens it, folding hides a subtree (and --depth is the
 * initial folding), a deep link opens the details, hostile names stay text,
 * and the page logs no error. Skipped with a message when there is no
 * Chromium on a developer machine; in CI a missing Chromium is a failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { renderChart } from '../../src/chart/index.js';
import { CHROMIUM, IN_CI, launch, NO_CHROMIUM, watchedPage } from '../support/browser.js';
import { temporaryDirs } from '../support/tmp.js';
import { example, org } from './fixtures.js';

const tmp = temporaryDirs('orgctl-interactive-');
if (!CHROMIUM) console.warn(NO_CHROMIUM);

describe.skipIf(!CHROMIUM && !IN_CI)('interactive chart in Chromium', () => {
  let browser: Browser | undefined;
  let dir: string;
  beforeAll(async () => {
    expect(CHROMIUM, 'CI needs chromium (apt-get install chromium fonts-noto-cjk)').toBeDefined();
    browser = await launch();
    dir = tmp();
    fs.writeFileSync(path.join(dir, 'ops.html'), await renderChart(example('ops-center'), { format: 'html' }));
    fs.writeFileSync(path.join(dir, 'ops-depth1.html'), await renderChart(example('ops-center'), { format: 'html', depth: 1 }));
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });
  const url = (file: string, hash = '') => `file://${path.join(dir, file)}${hash}`;

  it('search finds a role by holder, jumps to it and opens its details', async () => {
    const { page, problems } = await watchedPage(browser!);
    await page.goto(url('ops.html'));
    await page.waitForFunction('window.orgctl && window.orgctl.ready');
    await page.type('#search', '杨洋'); // the holder of 推广主管
    await page.waitForSelector('#results .result');
    const first = await page.$eval('#results .result .r-title', (e) => e.textContent);
    expect(first).toBe('推广主管');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details:not([hidden]) h2');
    expect(await page.$eval('#details h2', (e) => e.textContent)).toBe('推广主管');
    expect(await page.evaluate(() => location.hash)).toBe(`#id=${encodeURIComponent('推广主管')}`);
    expect(await page.$eval('#details', (e) => e.textContent)).toContain('推广部');
    expect(problems).toEqual([]);
  });

  it('clicking a fold button hides the subtree and shows +N; clicking again shows it', async () => {
    const { page, problems } = await watchedPage(browser!);
    await page.goto(url('ops.html'));
    await page.waitForFunction('window.orgctl && window.orgctl.ready');
    const isVisible = (id: string) => page.evaluate((i) => window.orgctl.isVisible(i), id);
    expect(await isVisible('活动专员')).toBe(true);
    await page.evaluate(() => {
      window.orgctl.center('推广主管', 1.2);
    });
    const knob = await page.evaluate(() => window.orgctl.screenOf('推广主管', 'knob'));
    await page.mouse.click(knob.x, knob.y);
    expect(await isVisible('活动专员')).toBe(false);
    expect(await isVisible('钻展专员')).toBe(false);
    expect(await isVisible('推广主管')).toBe(true);
    await page.mouse.click(knob.x, knob.y);
    expect(await isVisible('活动专员')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('--depth is the initial folding, and search unfolds what it jumps to', async () => {
    const { page, problems } = await watchedPage(browser!);
    await page.goto(url('ops-depth1.html'));
    await page.waitForFunction('window.orgctl && window.orgctl.ready');
    expect(await page.evaluate(() => window.orgctl.isVisible('运营总监'))).toBe(true);
    expect(await page.evaluate(() => window.orgctl.isVisible('推广主管'))).toBe(true);
    expect(await page.evaluate(() => window.orgctl.isVisible('活动专员'))).toBe(false);
    await page.type('#search', '活动专员');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details:not([hidden]) h2');
    expect(await page.evaluate(() => window.orgctl.isVisible('活动专员'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a deep link opens the details of its box', async () => {
    const { page, problems } = await watchedPage(browser!);
    await page.goto(url('ops.html', `#id=${encodeURIComponent('项目运营')}`));
    await page.waitForSelector('#details:not([hidden]) h2');
    expect(await page.$eval('#details h2', (e) => e.textContent)).toBe('项目运营');
    const text = await page.$eval('#details', (e) => e.textContent);
    expect(text).toContain('运营主管'); // reports to
    expect(problems).toEqual([]);
  });

  it('keeps the last two letters of a details title together where a line could break between them', async () => {
    const { page, problems } = await watchedPage(browser!);
    await page.goto(url('ops.html'));
    await page.waitForFunction('window.orgctl && window.orgctl.ready');
    const tail = (title: string) =>
      page.evaluate((t) => {
        const at = window.orgctl.orphanTail(t);
        return at < 0 ? null : t.slice(at);
      }, title);
    expect(await tail('跨境电商平台运营与海外仓储物流协调高级经理')).toBe('经理');
    expect(await tail('品牌会员运营（私域）')).toBe('私域）');
    expect(await tail('Head of Overseas Warehouse Logistics, Site B')).toBe('e B');
    expect(await tail('Regional Director of Fulfilment (A)')).toBe('t (A)');
    expect(await tail('Cross-Border Operations Manager 运营经理')).toBe('经理');
    expect(await tail('Logistics Coordination')).toBeNull(); // a Latin word breaks at spaces only
    expect(await tail('Cafe\u0301 B')).toBe('e\u0301 B'); // an accent goes with its letter
    expect(await tail('经')).toBeNull();
    expect(await tail('')).toBeNull();
    expect(problems).toEqual([]);
  });

  it('the details panel never ends a wrapped title with one letter, and lays other titles out as before', async () => {
    // CJK titles of every length from 10 to 40 characters: whatever the panel's width in this
    // browser's fonts, one of them is one character longer than a line (or two lines).
    const han = '跨境电商平台运营与海外仓储物流协调高级经理兼品牌会员运营与私域社群负责人兼华东区仓配';
    const titles = [
      ...Array.from({ length: 31 }, (_, k) => han.slice(0, 10 + k)),
      'Head of Customer Returns and Overseas Warehouse Logistics, Site B',
      'Senior Manager, Cross-Border Marketplace Operations and Overseas Warehouse Logistics Coordination',
      '直通车推广专员(直通车/万相台)与内容营销及短视频直播运营协调',
    ];
    const roles = titles.map((t, k) => `  - { id: t${k}, title: "${t}", reports_to: boss }`).join('\n');
    const long = org(`kind: Department\nid: ops\nname: 运营部\nhead: boss\nroles:\n  - { id: boss, title: 总经理 }\n${roles}\n`);
    fs.writeFileSync(path.join(dir, 'long.html'), await renderChart(long, { format: 'html' }));
    const { page, problems } = await watchedPage(browser!);
    await page.goto(url('long.html'));
    await page.waitForFunction('window.orgctl && window.orgctl.ready');
    // Each title's lines as shown, and as the browser lays out the same text without the fix.
    const laidOut = await page.evaluate(async (count) => {
      const linesOf = (h: HTMLElement) => {
        const lines: string[] = [];
        let top = -Infinity;
        const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          let at = 0;
          for (const ch of node.data) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, (at += ch.length));
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (rect.top > top + 4) lines.push(ch);
            else lines[lines.length - 1] = lines.at(-1)! + ch;
            top = Math.max(top, rect.top);
          }
        }
        return lines.map((l) => l.trim());
      };
      const out: { shown: string[]; plain: string[] }[] = [];
      for (let k = 0; k < count; k++) {
        const opened = new Promise((done) => {
          window.addEventListener('hashchange', done, { once: true });
        });
        location.hash = `#id=t${k}`;
        await opened;
        const h = document.querySelector<HTMLElement>('#details h2')!;
        const shown = linesOf(h);
        h.replaceChildren(h.textContent); // the same text as one plain text node
        out.push({ shown, plain: linesOf(h) });
      }
      return out;
    }, titles.length);
    const letters = (line: string) => line.replace(/[^\p{L}\p{N}]/gu, '').length;
    const endsAlone = (lines: string[]) => lines.length > 1 && letters(lines.at(-1)!) === 1;
    expect(laidOut.filter(({ plain }) => endsAlone(plain)).length, 'no title ends in a lone letter without the fix').toBeGreaterThan(0);
    laidOut.forEach(({ shown, plain }, k) => {
      const text = (lines: string[]) => lines.join('').replace(/\s/g, '');
      expect(text(shown), titles[k]).toBe(text(plain));
      expect(endsAlone(shown), titles[k]).toBe(false);
      if (!endsAlone(plain)) expect(shown, titles[k]).toEqual(plain);
      else {
        // One more letter pulled down: every line before the last two as it was.
        expect(shown.length, titles[k]).toBe(plain.length);
        expect(shown.slice(0, -2), titles[k]).toEqual(plain.slice(0, -2));
      }
    });
    expect(problems).toEqual([]);
  });

  it('hostile names are shown as text and never run', async () => {
    const hostile = org(`
kind: Department
id: d1
name: "<img src=x onerror=alert(1)>"
---
kind: Role
id: r1
holders: [{ name: "</script><script>alert(2)</script>" }]
title: "<svg onload=alert(3)>"
department: d1
responsibilities: ["<iframe src=javascript:alert(4)>"]
`);
    fs.writeFileSync(path.join(dir, 'hostile.html'), await renderChart(hostile, { format: 'html' }));
    const { page, problems } = await watchedPage(browser!);
    await page.goto(url('hostile.html', '#id=r1'));
    await page.waitForSelector('#details:not([hidden]) h2');
    expect(await page.$eval('#details h2', (e) => e.textContent)).toBe('<svg onload=alert(3)>');
    expect(await page.$eval('#details', (e) => e.textContent)).toContain('</script><script>alert(2)</script>');
    expect(await page.$$('img, svg, iframe')).toHaveLength(0);
    expect(problems).toEqual([]);
  });
});

declare global {
  interface Window {
    orgctl: {
      ready: boolean;
      isVisible(id: string): boolean;
      center(id: string, scale: number): void;
      screenOf(id: string, what: 'knob' | 'box'): { x: number; y: number };
      /** Where the details panel's title starts its unbreakable tail, or -1. */
      orphanTail(title: string): number;
    };
  }
}
