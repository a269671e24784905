/**
 * The interactive chart and the live preview:
 *   chart-html: `orgctl chart --format html` (time, file size) and, in headless Chromium when there is
 *     one (CHROME_PATH or /usr/bin/chromium, through puppeteer-core), the time from navigation to the
 *     page's first frame (`window.orgctl.firstFrame`) and the frame time zoomed in.
 *   serve: a relayout after a one-line edit (one role retitled) in a warm process (what `orgctl serve`
 *     does on save: bench/suite/live-relayout.mjs) against a cold `orgctl chart` of the same org.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runNode } from '../measure.mjs';
import { OUT, ROOT, alternate, ensureOrg, orgctl, rel } from './common.mjs';

/** Issue 15: every command under 1 GiB at 100k roles; the interactive page and the live preview are judged there too. */
const RSS_LIMIT_MiB = 1024;
const RSS_JUDGED_AT = 100000;

/** The peak-RSS target of `what` at the judged size (none at other sizes, or without a measured RSS). */
function rssTargets(size, what, rssKB) {
  if (size !== RSS_JUDGED_AT || rssKB === undefined) return [];
  return [{ what: `${what} peak RSS ≤ ${RSS_LIMIT_MiB} MiB`, measured: rssKB / 1024, limit: RSS_LIMIT_MiB, unit: 'MiB' }];
}

const CHROMIUM = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((c) => c && fs.existsSync(c));

/* global window, document, WheelEvent, requestAnimationFrame -- the evaluate callback runs in the page */
async function firstFrame(file) {
  if (!CHROMIUM) return undefined;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(`file://${file}`, { timeout: 600000 });
    await page.waitForFunction('window.orgctl && window.orgctl.ready', { timeout: 600000 });
    return await page.evaluate(async () => {
      const first = window.orgctl.firstFrame;
      // Frame time zoomed in on the middle (what panning costs): the median of 10 frames.
      const c = document.getElementById('chart');
      const r = c.getBoundingClientRect();
      const times = [];
      for (let k = 0; k < 10; k++) {
        c.dispatchEvent(
          new WheelEvent('wheel', { deltaY: -120, clientX: r.width / 2, clientY: r.height / 2, bubbles: true, cancelable: true }),
        );
        await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
        times.push(window.orgctl.lastFrame);
      }
      times.sort((a, b) => a - b);
      return { firstFrameMs: first, frameMs: times[5] };
    });
  } finally {
    await browser.close();
  }
}

export async function measureHtml(size, { seed, reps }) {
  const dir = ensureOrg(size, { seed });
  const file = path.join(OUT, `chart-${size}.html`);
  const m = alternate(reps, { subject: () => orgctl(['chart', rel(dir), '--format', 'html', '-o', rel(file)]) });
  const page = await firstFrame(file);
  return {
    command: 'chart-html',
    size,
    subject: m.subject,
    extra: { htmlBytes: fs.statSync(file).size, ...(page ?? {}) },
    targets: rssTargets(size, 'chart --format html', m.subject.rssKB),
  };
}

export function measureRelayout(size, { seed, reps }) {
  const dir = ensureOrg(size, { seed });
  const svg = path.join(OUT, `serve-cold-${size}.svg`);
  const warm = () => {
    const r = runNode([rel(path.join(ROOT, 'bench/suite/live-relayout.mjs')), rel(dir)], { cwd: ROOT });
    if (r.status !== 0) throw new Error(`live-relayout failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    return { ms: out.relayoutMs, cpuMs: undefined, rssKB: r.rssKB };
  };
  const m = alternate(reps, { subject: warm, baseline: () => orgctl(['chart', rel(dir), '-o', rel(svg)]) });
  return {
    command: 'serve',
    size,
    subject: m.subject,
    baseline: { label: 'cold `orgctl chart`', ...m.baseline },
    ratio: m.subject.ms / m.baseline.ms,
    extra: {},
    targets: rssTargets(size, 'serve (a warm rebuild after a one-line edit)', m.subject.rssKB),
  };
}
