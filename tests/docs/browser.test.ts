/**
 * The HTML handbook in a real browser (headless Chromium): it renders, and
 * printed to PDF every department, job description and workflow starts its
 * own page. Skipped on a developer machine without Chromium; in CI (CI=true)
 * a missing Chromium is a failure, never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runDocs } from '../../src/cli/actions/docs.js';
import { REPO, example } from './fixtures.js';
import { headlessChromium } from '../support/browser.js';

function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].filter(
    (c): c is string => !!c,
  );
  for (const c of candidates) {
    const r = spawnSync(c, ['--version'], { encoding: 'utf8', timeout: 20000 });
    if (r.status === 0) return c;
  }
  return undefined;
}

const CHROMIUM = findChromium();
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/** Named destinations of a PDF (Chromium writes one per linked anchor): name → page object and y. */
function namedDestinations(pdf: Buffer): Map<string, { page: string; y: number }> {
  const text = pdf.toString('latin1');
  const ref = /\/Dests (\d+) 0 R/.exec(text);
  expect(ref, 'the PDF has named destinations').not.toBeNull();
  const start = text.indexOf(`\n${ref![1]!} 0 obj`);
  const body = text.slice(start, text.indexOf('endobj', start));
  const out = new Map<string, { page: string; y: number }>();
  for (const m of body.matchAll(/\/([^\s[/]+) \[(\d+) 0 R \/XYZ [-\d.]+ ([-\d.]+)/g)) {
    const name = Buffer.from(
      m[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
    out.set(name, { page: m[2]!, y: Number(m[3]) });
  }
  return out;
}

/** Pages of a PDF: its `/Type /Page` objects (not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function writeHandbook(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-handbook-'));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await runDocs(path.join(REPO, 'examples/project-ecommerce'), { output: out, format: 'html' });
  } finally {
    stderr.mockRestore();
  }
  return path.join(out, 'handbook.html');
}

describe('HTML handbook in headless Chromium', () => {
  it('Chromium is available in CI', () => {
    if (IN_CI) expect(CHROMIUM, 'CI needs chromium (apt-get install chromium fonts-noto-cjk)').toBeDefined();
  });

  it.skipIf(!CHROMIUM)('renders: the DOM has every article, and a screenshot has content', async () => {
    const file = await writeHandbook();
    const dom = await headlessChromium(CHROMIUM!, ['--dump-dom', `file://${file}`]);
    expect(dom.status, dom.stderr).toBe(0);
    const { model } = example('project-ecommerce');
    expect((dom.stdout.match(/<article class="page"/g) ?? []).length).toBe(
      model.departments.size + model.roles.size + model.workflows.size,
    );
    expect(dom.stdout).toContain('<h1>项目型电商组织</h1>');
    expect(dom.stdout).toContain('<img alt="组织架构图" src="data:image/svg+xml;base64,');

    const png = path.join(path.dirname(file), 'screenshot.png');
    const shot = await headlessChromium(CHROMIUM!, ['--window-size=1200,1600', `--screenshot=${png}`, `file://${file}`]);
    expect(shot.status, shot.stderr).toBe(0);
    expect(fs.statSync(png).size).toBeGreaterThan(30_000);
  });

  it.skipIf(!CHROMIUM)('prints to PDF with a page break before every department, job description and workflow', async () => {
    const file = await writeHandbook();
    const pdf = path.join(path.dirname(file), 'handbook.pdf');
    const r = await headlessChromium(CHROMIUM!, ['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${file}`]);
    expect(r.status, r.stderr).toBe(0);
    const pages = pdfPageCount(fs.readFileSync(pdf));
    const { model } = example('project-ecommerce');
    // Cover, contents, overview, the roles index and the KPI dictionary each start a page; so does every entity
    // (the first department and the first workflow share their chapter's opening page).
    const atLeast = 5 + model.departments.size + model.roles.size + model.workflows.size;
    expect(pages).toBeGreaterThanOrEqual(atLeast);
    // …and no run of blank pages: a long page may run over, not double the handbook.
    expect(pages).toBeLessThan(atLeast * 2);

    // Chromium turns the handbook's anchors into named destinations (page, y): every department, job description
    // and workflow must open its own page, at its top — except the first of a chapter, under the chapter's heading.
    const dests = namedDestinations(fs.readFileSync(pdf));
    const entities = [...dests].filter(([name]) => /^(dept|role|wf)-/.test(name));
    expect(entities).toHaveLength(model.departments.size + model.roles.size + model.workflows.size);
    expect(new Set(entities.map(([, d]) => d.page)).size).toBe(entities.length);
    const top = Math.max(...entities.map(([, d]) => d.y));
    const firstOfChapter = new Set([`dept-${model.hierarchy.topDepartments[0]!.id}`, `wf-${[...model.workflows.keys()][0]!}`]);
    for (const [name, d] of entities) if (!firstOfChapter.has(name)) expect(d.y, name).toBeCloseTo(top, 0);
  });
});
