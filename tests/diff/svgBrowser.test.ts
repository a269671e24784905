/**
 * Every restructure fixture's diff SVG (the goldens of svgGolden.test.ts, in
 * English and Chinese) in headless Chromium: it loads as an SVG document
 * without parse or console errors; every badge's text (×6 → ×4) fits its
 * pill by the browser's own measurement; the only dashed red lines are the
 * removed reporting lines of the diff, one per removed role that had a
 * manager; and no line, as the browser reads it, passes through a box it
 * does not start or end at (the chart's own checker, lineProblems, run on
 * the geometry read from the page). Skipped on a developer machine without
 * Chromium; in CI (CI=true) a missing Chromium is a failure.
 */
// PROBE below runs in the browser page: it needs the DOM's types.
/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/api.js';
import { lineProblems } from '../../src/chart/layout/lineProblems.js';
import type { Drawing, DrawingEdge } from '../../src/chart/types.js';
import { diffOrgs, type DiffResult } from '../../src/diff/index.js';
import { CHROMIUM, IN_CI, launch, watchedPage } from '../support/browser.js';
import { roleBox } from '../support/drawing.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');
const GOLDEN = path.resolve(__dirname, '../golden/diff');
const CASES = fs.readdirSync(FIXTURES).sort();
const RED = 'rgb(207, 34, 46)';

interface Probe {
  tag: string;
  parseErrors: number;
  /** Every dashed path drawn in the removed colour, by its computed style: the line it marks, if it says. */
  redDashed: Array<{ from: string | null; to: string | null; length: number }>;
  badges: Array<{ id: string | null; text: string | null; fits: boolean }>;
  boxes: Array<{ id: string; x: number; y: number; width: number; height: number }>;
  /** Department containers: a line between departments may start or end at one's outline. */
  containers: Array<{ id: string; x: number; y: number; width: number; height: number }>;
  lines: Array<{ style: string; d: string }>;
}

/** Runs in the page: what the browser made of the document. */
const PROBE = (red: string): Probe => {
  const root = document.documentElement;
  const redDashed = [...document.querySelectorAll<SVGPathElement>('path')]
    .filter((p) => {
      const s = getComputedStyle(p);
      return s.stroke === red && s.strokeDasharray !== 'none' && s.strokeDasharray !== '';
    })
    .map((p) => ({ from: p.getAttribute('data-from'), to: p.getAttribute('data-to'), length: p.getTotalLength() }));
  const badges = [...document.querySelectorAll('g.diff g[class^="diff-"]')].map((g) => {
    const pill = g.querySelectorAll('rect');
    const rect = pill[pill.length - 1]!.getBBox();
    const text = g.querySelector('text')!;
    const box = text.getBBox();
    return {
      id: g.getAttribute('data-id'),
      text: text.textContent,
      fits: box.width <= rect.width + 0.5 && box.x >= rect.x - 0.5 && box.x + box.width <= rect.x + rect.width + 0.5,
    };
  });
  const boxes = [...document.querySelectorAll<SVGGElement>('svg.chart g.roles > g[data-id]')].map((g) => {
    const b = g.querySelector<SVGRectElement>('rect.role')!.getBBox();
    return { id: g.getAttribute('data-id')!, x: b.x, y: b.y, width: b.width, height: b.height };
  });
  const containers = [...document.querySelectorAll<SVGGElement>('svg.chart g.departments > g[data-id]')].map((g) => {
    const b = g.querySelector<SVGRectElement>('rect.dept')!.getBBox();
    return { id: g.getAttribute('data-id')!, x: b.x, y: b.y, width: b.width, height: b.height };
  });
  const lines = [...document.querySelectorAll<SVGPathElement>('svg.chart g.lines > path')].map((p) => ({
    style: p.getAttribute('class') ?? '',
    d: p.getAttribute('d') ?? '',
  }));
  return {
    tag: root.localName,
    parseErrors: document.getElementsByTagName('parsererror').length,
    redDashed,
    badges,
    boxes,
    containers,
    lines,
  };
};

/** The points of a path written as the chart writes lines: M x y, then L x y. */
function points(d: string): Array<[number, number]> {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Whether the point is on the rectangle's outline (within a pixel and a half). */
function onOutline(p: [number, number], b: Probe['boxes'][number]): boolean {
  const inside = p[0] >= b.x - 1.5 && p[0] <= b.x + b.width + 1.5 && p[1] >= b.y - 1.5 && p[1] <= b.y + b.height + 1.5;
  const edge = Math.min(Math.abs(p[0] - b.x), Math.abs(p[0] - b.x - b.width), Math.abs(p[1] - b.y), Math.abs(p[1] - b.y - b.height));
  return inside && edge <= 1.5;
}

/** What a line ends at: a role box, else a department's outline (a line between departments). */
function endAt(p: [number, number], probe: Probe): string {
  const inBox = (b: Probe['boxes'][number]) =>
    p[0] >= b.x - 1.5 && p[0] <= b.x + b.width + 1.5 && p[1] >= b.y - 1.5 && p[1] <= b.y + b.height + 1.5;
  return probe.boxes.find(inBox)?.id ?? probe.containers.find((c) => onOutline(p, c))?.id ?? '';
}

/** The page's boxes and lines as a drawing, for the chart's line checker. */
function drawingOf(probe: Probe): Drawing {
  const nodes = probe.boxes.map(roleBox);

  const edges = probe.lines.map((l): DrawingEdge => {
    const pts = points(l.d);
    return {
      from: endAt(pts[0]!, probe),
      to: endAt(pts[pts.length - 1]!, probe),
      style: l.style === 'dotted' ? 'dotted' : 'solid',
      points: pts,
    };
  });
  return { width: 0, height: 0, locale: 'en', title: '', subtitle: '', nodes, edges, legendY: 0, hasDotted: false };
}

/** The reporting lines the change removes: a removed role's line to its old manager. */
function removedLines(result: DiffResult): string[] {
  const { before } = result.models;
  return result.changes
    .filter((c) => c.kind === 'role' && c.change === 'removed' && before.roles.get(c.id)?.reportsTo !== undefined)
    .map((c) => `${before.roles.get(c.id)!.reportsTo!} → ${c.id}`)
    .sort();
}

function diffCase(name: string): DiffResult {
  const cwd = path.join(FIXTURES, name);
  return diffOrgs(loadOrg(['before'], cwd), loadOrg(['after'], cwd));
}

describe.skipIf(!CHROMIUM && !IN_CI)('diff SVG in headless Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    expect(CHROMIUM, 'no Chromium (set CHROME_PATH)').toBeDefined();
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function probe(file: string): Promise<Probe> {
    const { page, problems } = await watchedPage(browser!);
    await page.goto(`file://${file}`);
    const r = await page.evaluate(PROBE, RED);
    await page.close();
    expect(problems, file).toEqual([]);
    return r;
  }

  for (const name of CASES) {
    for (const lang of ['en', 'zh-CN']) {
      it(`${name} (${lang}): loads cleanly, badges fit, only removed lines are red, no line crosses a box`, async () => {
        const file = path.join(GOLDEN, lang === 'en' ? `${name}.svg` : `zh-CN/${name}.svg`);
        expect(fs.existsSync(file), `${file}: run svgGolden.test.ts first`).toBe(true);
        const r = await probe(file);
        expect(r.tag).toBe('svg');
        expect(r.parseErrors).toBe(0);
        for (const b of r.badges) expect(b.fits, `${String(b.id)}: '${String(b.text)}' overflows its badge`).toBe(true);
        const result = diffCase(name);
        const red = r.redDashed.map((p) => `${String(p.from)} → ${String(p.to)}`);
        expect([...new Set(red)].sort()).toEqual(removedLines(result));
        for (const p of r.redDashed) expect(p.length, `${String(p.to)}'s red line`).toBeGreaterThan(0);
        expect(r.lines.length).toBeGreaterThan(0);
        const drawing = drawingOf(r);
        // Every line starts and ends at a box (or a department's outline), or the crossing check would check nothing.
        for (const e of drawing.edges) expect(e.from && e.to, `a line at ${JSON.stringify(e.points[0])} ends nowhere`).toBeTruthy();
        expect(lineProblems(drawing)).toEqual([]);
      }, 60_000);
    }
  }

  it('removal-over-policy: the badges say before → after, in the org’s language', async () => {
    const r = await probe(path.join(GOLDEN, 'zh-CN/removal-over-policy.svg'));
    expect(r.badges.map((b) => `${String(b.id)} ${String(b.text)}`).sort()).toEqual([
      'cs-presales ×6 → ×4',
      'cs-trainer 删除',
      '活动策划 ×2 → ×5',
    ]);
    expect(r.redDashed).toHaveLength(1);
  }, 60_000);
});
