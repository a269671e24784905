/**
 * The diff SVG of the removal-over-policy restructure in headless Chromium:
 * it loads as an SVG document without errors, the one dashed red line is
 * drawn, and every badge's text (×6 → ×4) fits its pill by the browser's own
 * measurement. Skipped on a developer machine without Chromium; in CI
 * (CI=true) a missing Chromium is a failure.
 */
// PROBE below runs in the browser page: it needs the DOM's types.
/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/api.js';
import { diffOrgs, formatDiffSvg } from '../../src/diff/index.js';

const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const FIXTURE = path.resolve(__dirname, '../fixtures/restructure/removal-over-policy');

/** Runs in the page: what the browser made of the document. */
const PROBE = () => {
  const root = document.documentElement;
  const red = [...document.querySelectorAll<SVGPathElement>('g.diff > path[stroke="#cf222e"][stroke-dasharray]')];
  const badges = [...document.querySelectorAll('g.diff g[class^="diff-"]')].map((g) => {
    const pill = g.querySelectorAll('rect');
    const rect = pill[pill.length - 1]!.getBBox();
    const text = g.querySelector('text')!;
    const box = text.getBBox();
    return { id: g.getAttribute('data-id'), text: text.textContent, fits: box.width <= rect.width + 0.5 && box.x >= rect.x - 0.5 };
  });
  return {
    tag: root.localName,
    parseErrors: document.getElementsByTagName('parsererror').length,
    redLengths: red.map((p) => p.getTotalLength()),
    badges,
  };
};

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('diff SVG in headless Chromium', () => {
  let browser: Browser | undefined;
  let profile = '';

  beforeAll(async () => {
    expect(HAS_CHROMIUM, `no Chromium at ${CHROMIUM}`).toBe(true);
    const puppeteer = (await import('puppeteer-core')).default;
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-diffsvg-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      userDataDir: profile,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('renders without errors: one dashed red line, badges that say before → after and fit', async () => {
    const result = diffOrgs(loadOrg([path.join(FIXTURE, 'before')]), loadOrg([path.join(FIXTURE, 'after')]));
    const svg = await formatDiffSvg(result);
    const file = path.join(profile, 'diff.svg');
    fs.writeFileSync(file, svg);
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`file://${file}`);
    const r = await page.evaluate(PROBE);
    expect(errors).toEqual([]);
    expect(r.tag).toBe('svg');
    expect(r.parseErrors).toBe(0);
    expect(r.redLengths).toHaveLength(1);
    expect(r.redLengths[0]).toBeGreaterThan(0);
    expect(r.badges.map((b) => `${String(b.id)} ${b.text}`).sort()).toEqual(['cs-presales ×6 → ×4', 'cs-trainer 删除', '活动策划 ×2 → ×5']);
    for (const b of r.badges) expect(b.fits, `${String(b.id)}: '${b.text}' overflows its badge`).toBe(true);
    await page.close();
  }, 120_000);
});
