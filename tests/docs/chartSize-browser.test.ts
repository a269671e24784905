/**
 * The org chart in the HTML handbook, in headless Chromium: on screen it is drawn at its own size in a
 * frame that scrolls sideways (squeezed into the text column, a 40-role chart's titles were 5 px high
 * and its legend unreadable), with its left edge reachable; printed, it fits the page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHandbook } from '../../src/docs/index.js';
import { finishLayout } from '../../src/chart/layout/layoutChart.js';
import { CHROMIUM, IN_CI, launch, NO_CHROMIUM, watchedPage } from '../support/browser.js';
import { example } from './fixtures.js';

if (!CHROMIUM) console.warn(NO_CHROMIUM);

describe.skipIf(!CHROMIUM && !IN_CI)('the HTML handbook’s org chart in Chromium', () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    expect(CHROMIUM, 'CI needs chromium (apt-get install chromium fonts-noto-cjk)').toBeDefined();
    const files = await renderHandbook(example('matrix-ecommerce').model, { format: 'html' });
    finishLayout();
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-handbook-chart-')), 'handbook.html');
    fs.writeFileSync(file, files.get('handbook.html')!);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('is drawn at its own size on screen, scrolling sideways from its left edge, and fits the page in print', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    const measure = () =>
      page.evaluate(() => {
        const figure = document.querySelector('figure.chart')!;
        const img = figure.querySelector('img')!;
        const [f, i] = [figure.getBoundingClientRect(), img.getBoundingClientRect()];
        return {
          natural: img.naturalWidth,
          shown: i.width,
          imgLeft: i.left,
          figureLeft: f.left,
          frame: figure.clientWidth,
          scroll: figure.scrollWidth,
        };
      });
    const screen = await measure();
    expect(screen.natural).toBeGreaterThan(screen.frame); // the case in question: wider than the column
    expect(screen.shown).toBe(screen.natural);
    expect(screen.imgLeft).toBeGreaterThanOrEqual(screen.figureLeft);
    expect(screen.scroll).toBeGreaterThanOrEqual(screen.natural);
    await page.emulateMediaType('print');
    const print = await measure();
    expect(print.shown).toBeLessThanOrEqual(print.frame);
    expect(problems).toEqual([]);
  });
});
