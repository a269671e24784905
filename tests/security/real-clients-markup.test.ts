/**
 * The markup outputs of an org whose names and workflow triggers are hostile,
 * fed to the real clients that read them: Mermaid (the library GitHub and
 * GitLab draw ```mermaid blocks with) in headless Chromium, and Graphviz `dot`.
 * Each must parse the output, draw the user's text literally, and take no
 * directive, theme, CSS or element from it. Skipped on a developer machine
 * without Chromium or Graphviz; in CI (CI=true) a missing one is a failure.
 */
// RENDER below runs in the browser page: it needs the DOM's types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { xmlProblem } from '../support/xml.js';
import { BROWSER_HANG_GUARD } from '../support/browser.js';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/index.js';
import { diffOrgs, formatDiffMarkdown } from '../../src/diff/index.js';
import { renderDocs } from '../../src/docs/index.js';
import { modelOf } from '../helpers.js';

const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const HAS_DOT = spawnSync('dot', ['-V'], { encoding: 'utf8', timeout: 20000 }).status === 0;
const MERMAID_JS = path.resolve('node_modules/mermaid/dist/mermaid.min.js');

/** A directive that would turn the theme dark and add a CSS rule we can look for. */
const DIRECTIVE = '%%{init: {"theme":"dark","themeCSS":".orgctl-injected{fill:red}"}}%%';
/** The same with single quotes, which Mermaid accepts in directives (so escaping `"` alone does not stop it). */
const DIRECTIVE_SQ = DIRECTIVE.replace(/"/g, "'");
const IMG = '<img src=x onerror=alert(1)>';
const TEXTS = {
  org: `R&D ${IMG} &amp; "org" ﬂ°lt¶ß ${DIRECTIVE}`,
  // Mermaid drops the last `;` of a line holding `style`, `:` and `#`; it turns its own placeholders `ﬂ°` `¶ß` into `&` `;`.
  dept: `Lifestyle: "Ops" ] | [x](y) &amp; ﬂ°lt¶ß ${DIRECTIVE}`,
  boss: `${IMG} "q" ] | &amp;`,
  agent: `line1\nline2 ${DIRECTIVE_SQ}`,
  trigger: `${DIRECTIVE} ${IMG}`,
  // An unclosed directive would swallow the rest of the diagram.
  step: `step "s" ] | &amp;\nnext %%{init: `,
};
const y = JSON.stringify;

function hostileFiles(t: typeof TEXTS): Record<string, string> {
  return {
    'org.yaml': `kind: Organization\nid: acme\nname: ${y(t.org)}\nlocale: en\n`,
    'd.yaml': `kind: Department
id: d1
name: ${y(t.dept)}
head: boss
roles:
  - {id: boss, title: ${y(t.boss)}}
  - {id: agent, title: ${y(t.agent)}, reports_to: boss, headcount: 2}
`,
    'w.yaml': `kind: Workflow
id: w1
name: Flow
trigger: ${y(t.trigger)}
owner: boss
steps:
  - {id: s1, name: ${y(t.step)}, role: boss, next: [s2]}
  - {id: s2, name: ${y(t.step)}, role: agent}
`,
  };
}
const BENIGN = { org: 'Acme', dept: 'Ops', boss: 'Head', agent: 'Agent', trigger: 'Order', step: 'Step' };

/** As a label shows it: a line break is a space, runs of spaces are one; the invisible word joiners that break Mermaid's placeholders (ﬂ° ¶ß) left out. */
const shown = (s: string) =>
  s
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The Mermaid sources our renderers write for the hostile org, by name. */
async function diagrams(): Promise<Record<string, string>> {
  const model = modelOf(hostileFiles(TEXTS));
  const docs = renderDocs(model, { format: 'markdown' });
  const block = (md: string) => /```mermaid\n([\s\S]*?)\n```/.exec(md)![1]!;
  return {
    chart: await renderChart(model, { format: 'mermaid' }),
    'docs workflow': block(docs.get('workflows/w1.md')!),
    'docs org chart': block(docs.get('README.md')!),
    diff: block(formatDiffMarkdown(diffOrgs(modelOf(hostileFiles(BENIGN)), model))),
  };
}

/** What the texts of each diagram must show, literally. */
const EXPECTED: Record<string, string[]> = {
  // The title has no entity codes: `<` `>` are drawn as look-alikes.
  chart: [TEXTS.boss, TEXTS.agent, TEXTS.dept, TEXTS.org.replace(/</g, '‹').replace(/>/g, '›')],
  'docs workflow': [TEXTS.trigger, TEXTS.step, TEXTS.boss],
  'docs org chart': [TEXTS.boss, TEXTS.agent, TEXTS.dept],
  diff: [TEXTS.boss, TEXTS.agent, TEXTS.dept],
};

interface Rendered {
  error?: string;
  text?: string;
  style?: string;
  elements?: string[];
  alerted?: boolean;
}

/** Runs in the page: render with Mermaid's defaults (strict security, as GitHub does), attach, report. */
const RENDER = async (source: string, n: number): Promise<Rendered> => {
  const w = window as unknown as {
    mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> };
    alerted?: boolean;
  };
  w.alerted = false;
  window.alert = () => {
    w.alerted = true;
  };
  w.mermaid.initialize({ startOnLoad: false });
  let svg: string;
  try {
    ({ svg } = await w.mermaid.render(`diagram${n}`, source));
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const host = document.createElement('div');
  host.innerHTML = svg;
  document.body.append(host);
  await new Promise((r) => setTimeout(r, 100)); // an injected onerror would have fired by now
  const root = host.querySelector('svg')!;
  // Elements that only user text could bring: Mermaid draws labels with div, span, p and br.
  const elements = [...root.querySelectorAll('*')]
    .map((e) => e.localName)
    .filter((name) => ['img', 'script', 'iframe', 'a', 'b', 'object', 'embed'].includes(name));
  const style = [...root.querySelectorAll('style')].map((s) => s.textContent).join('\n');
  for (const s of root.querySelectorAll('style')) s.remove();
  const text = root.textContent;
  host.remove();
  return { text, style, elements, alerted: w.alerted };
};

describe.skipIf(!HAS_CHROMIUM && !IN_CI)('Mermaid in headless Chromium draws hostile names as text', () => {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let profile = '';

  beforeAll(async () => {
    expect(HAS_CHROMIUM, `no Chromium at ${CHROMIUM}`).toBe(true);
    const puppeteer = (await import('puppeteer-core')).default;
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-mermaid-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      userDataDir: profile,
      timeout: BROWSER_HANG_GUARD,
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
    page = await browser.newPage();
    page.setDefaultTimeout(BROWSER_HANG_GUARD);
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: MERMAID_JS });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('chart, docs and diff diagrams parse, show the literal text, and take no theme, CSS or element from it', async () => {
    const sources = await diagrams();
    let n = 0;
    for (const [name, source] of Object.entries(sources)) {
      const r = await page!.evaluate(RENDER, source, n++);
      // Soft assertions: every diagram reports what is wrong with it.
      expect.soft(r.error, `${name} failed to parse:\n${source}`).toBeUndefined();
      if (r.error) continue;
      const text = shown(r.text!);
      for (const want of EXPECTED[name]!) expect.soft(text, name).toContain(shown(want));
      expect.soft(r.elements, name).toEqual([]);
      expect.soft(r.alerted, name).toBe(false);
      expect.soft(r.style, name).not.toContain('orgctl-injected');
      // The default theme's node fill: a dark theme from a directive would replace it.
      expect.soft(r.style, name).toContain('#ECECFF');
    }
  }, 120_000);

  it('a directive written by us is obeyed: the check above can see an injected theme', async () => {
    const r = await page!.evaluate(RENDER, `${DIRECTIVE}\nflowchart TD\n  a["x"]`, 99);
    expect(r.error).toBeUndefined();
    expect(r.style).toContain('orgctl-injected');
    expect(r.style).not.toContain('#ECECFF');
  }, 60_000);
});

describe.skipIf(!HAS_DOT && !IN_CI)('Graphviz dot draws hostile names as text', () => {
  it('the DOT output parses and the SVG shows `&amp;` literally', async () => {
    expect(HAS_DOT, 'no Graphviz dot on PATH').toBe(true);
    const dot = await renderChart(modelOf(hostileFiles(TEXTS)), { format: 'dot' });
    const r = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8', timeout: 60000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/syntax error|error/i);
    expect(xmlProblem(r.stdout)).toBe(true);
    // In the SVG source, a literal "&amp;" is "&amp;amp;"; a decoded one would be "&amp;" alone.
    expect(r.stdout).toContain('R&amp;D &lt;img src=x onerror=alert(1)&gt; &amp;amp; &quot;org&quot;');
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;q&quot; ] | &amp;amp;');
    expect(r.stdout).not.toMatch(/<img|<script/);
  }, 60_000);
});
