/**
 * Headless Chromium through puppeteer-core, for the interactive chart and
 * `serve` tests: the system's Chromium (CHROME_PATH, /usr/bin/chromium, …;
 * never a downloaded browser), a page that records console errors, page
 * errors and dialogs (an alert would mean user text ran as script).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { runProcess } from './cli.js';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM: string | undefined = CANDIDATES.find((c): c is string => !!c && fs.existsSync(c));
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
export const NO_CHROMIUM = 'no Chromium (set CHROME_PATH or apt-get install chromium): browser tests skipped';

/**
 * How long a browser step (launch, navigation, a wait for the page to show something) may take before it
 * counts as hung. Puppeteer's own default is 30 s, which a headless Chromium on a loaded 2-core machine
 * can need just to start: a hang guard, not a limit any step is meant to come near.
 */
export const BROWSER_HANG_GUARD = 150_000;

/** Chromium as the tests run it: no sandbox (CI runs as root), no GPU, and nothing fetched in the background. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export async function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM!,
    headless: true,
    timeout: BROWSER_HANG_GUARD,
    args: [...QUIET_FLAGS],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, dialogs and failed requests, in order. */
  problems: string[];
}

export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage();
  page.setDefaultTimeout(BROWSER_HANG_GUARD);
  page.setDefaultNavigationTimeout(BROWSER_HANG_GUARD);
  await page.setViewport({ width: 1280, height: 800 });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { page, problems };
}

/**
 * One headless Chromium command (`--dump-dom`, `--screenshot`, `--print-to-pdf`) with a profile of its
 * own. Not spawnSync: a print took a minute on a loaded machine, and a test worker that holds its thread
 * that long misses vitest's answers and fails the run ("Timeout calling onTaskUpdate"). The kill at
 * BROWSER_HANG_GUARD (it was 90 s) only catches a hang.
 */
export async function headlessChromium(binary: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-chromium-'));
  try {
    const r = await runProcess(binary, ['--headless', ...QUIET_FLAGS, '--hide-scrollbars', `--user-data-dir=${profile}`, ...args], {
      timeout: BROWSER_HANG_GUARD,
    });
    return { status: r.code, stdout: r.stdout, stderr: r.stderr };
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
