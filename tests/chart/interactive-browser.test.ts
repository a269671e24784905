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
  }, 120000);
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
    };
  }
}
