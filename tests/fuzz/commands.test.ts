/**
 * Property-based hardening of the renderers: random, mutated and hostile orgs
 * thrown at chart, docs, diff and stats in-process. They must never throw,
 * SVG must be well-formed XML, JSON must parse, and no user string may come
 * out as live markup. SVG and chart JSON lay out with elkjs (slow), so those
 * get few runs; the text formats get more.
 */
import fc from 'fast-check';
import { xmlProblem } from '../support/xml.js';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/index.js';
import { diffOrgs, formatDiffJson, formatDiffMarkdown, formatDiffSvg, formatDiffText } from '../../src/diff/index.js';
import { renderDocs } from '../../src/docs/index.js';
import { computeStats, formatStats } from '../../src/stats/index.js';
import { validateOrg } from '../../src/api.js';
import { modelOf, ORG } from '../helpers.js';
import { docsText, mutatedText, orgFiles } from './arbitraries.js';

/**
 * Any org the generators make: coherent, loosely shaped, or a mutated valid
 * one, as `{ path: yaml }` (so a counterexample prints as YAML, not as a model).
 */
const anyOrg: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 3, arbitrary: orgFiles },
  { weight: 1, arbitrary: docsText.map((text) => ({ 'a.yaml': ORG, 'b.yaml': text })) },
  { weight: 1, arbitrary: mutatedText.map((text) => ({ 'org.yaml': text })) },
);

const chartOptions = fc.record({
  level: fc.constantFrom('role' as const, 'department' as const),
  depth: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  root: fc.option(fc.constantFrom('gm', 'r1', 'nobody'), { nil: undefined }),
});

function expectWellFormedSvg(svg: string): void {
  expect(xmlProblem(svg)).toBe(true);
  expect(svg).not.toMatch(/<script/i);
}

/**
 * No user string may turn into markup or a link target in a generated page.
 * Markdown escapes `<` as `&lt;`, so only an unescaped `<script` counts.
 */
function expectNoLiveMarkup(content: string, format: 'markdown' | 'html'): void {
  expect(content).not.toMatch(/(^|[^\\])<script/i);
  expect(content).not.toMatch(/(^|[^\\])<img/i);
  expect(content).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
  // In HTML, `[x](javascript:…)` is plain text; in Markdown it would be a link.
  if (format === 'markdown') expect(content).not.toMatch(/(^|[^\\])\]\(\s*javascript:/i);
}

/** Every line's double quotes pair up (escaped ones aside): a user's `"` cannot end a DOT/Mermaid string early. */
function expectBalancedQuotes(out: string): void {
  for (const line of out.split('\n')) {
    const unescaped = line.replace(/\\./g, '').split('"').length - 1;
    expect(unescaped % 2, line).toBe(0);
  }
}

/**
 * An option naming an unknown root is a usage error the renderer may reject
 * with a message; anything else thrown is a bug.
 */
async function renderOrUsageError(render: () => Promise<string>, root: string | undefined): Promise<string | undefined> {
  try {
    return await render();
  } catch (err) {
    if (root === undefined) throw err;
    expect((err as Error).message).toContain(root);
    return undefined;
  }
}

describe('fuzz: renderers', () => {
  it('chart as Mermaid and DOT never throws and keeps hostile strings inside their quotes', async () => {
    await fc.assert(
      fc.asyncProperty(anyOrg, chartOptions, async (files, opts) => {
        const model = modelOf(files);
        for (const format of ['mermaid', 'dot'] as const) {
          const out = await renderOrUsageError(() => renderChart(model, { ...opts, format }), opts.root);
          if (out === undefined) continue;
          expect(out.length).toBeGreaterThan(0);
          expectBalancedQuotes(out);
        }
        // Mermaid may render node labels as HTML: markup in them must be entity-escaped.
        const mermaid = await renderOrUsageError(() => renderChart(model, { ...opts, format: 'mermaid' }), opts.root);
        for (const line of (mermaid ?? '').split('\n').filter((l) => /\[".*"\]/.test(l))) expect(line).not.toMatch(/<script/i);
      }),
      { numRuns: 100 },
    );
  });

  it('chart as SVG is well-formed XML and as JSON parses (elk layout: few runs)', async () => {
    await fc.assert(
      fc.asyncProperty(anyOrg, chartOptions, async (files, opts) => {
        const model = modelOf(files);
        const svg = await renderOrUsageError(() => renderChart(model, { ...opts, format: 'svg' }), opts.root);
        if (svg !== undefined) expectWellFormedSvg(svg);
        const json = await renderOrUsageError(() => renderChart(model, { ...opts, format: 'json' }), opts.root);
        if (json !== undefined) {
          const drawing = JSON.parse(json) as { nodes: unknown[]; edges: unknown[]; width: number; height: number };
          expect(Array.isArray(drawing.nodes)).toBe(true);
          expect(Number.isFinite(drawing.width) && Number.isFinite(drawing.height)).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('docs in Markdown and HTML never throw and contain no live markup from user strings', () => {
    fc.assert(
      fc.property(anyOrg, fc.constantFrom('en' as const, 'zh-CN' as const), (files, lang) => {
        const model = modelOf(files);
        const findings = validateOrg(model).findings;
        for (const format of ['markdown', 'html'] as const) {
          const files = renderDocs(model, { format, lang, findings });
          expect(files.size).toBeGreaterThan(0);
          for (const [file, content] of files) {
            expect(file).not.toMatch(/(^|\/)\.\.(\/|$)|^\//); // every page stays inside the output dir
            expectNoLiveMarkup(content, file.endsWith('.md') ? 'markdown' : 'html');
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('diff between two random orgs never throws; text, Markdown and JSON are sound', () => {
    fc.assert(
      fc.property(anyOrg, anyOrg, (beforeFiles, afterFiles) => {
        const before = modelOf(beforeFiles);
        const after = modelOf(afterFiles);
        const result = diffOrgs(before, after);
        const text = formatDiffText(result);
        expect(typeof text).toBe('string');
        expect(formatDiffMarkdown(result)).not.toMatch(/<script/i);
        const json = JSON.parse(formatDiffJson(result)) as { changes: { change: string }[]; summary: { added: number; removed: number } };
        expect(json.summary.added).toBe(json.changes.filter((c) => c.change === 'added').length);
        expect(json.summary.removed).toBe(json.changes.filter((c) => c.change === 'removed').length);
        // An org compared with itself has no changes.
        expect(diffOrgs(after, after).changes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('diff as SVG is well-formed XML (elk layout: few runs)', async () => {
    await fc.assert(
      fc.asyncProperty(anyOrg, anyOrg, async (before, after) => {
        expectWellFormedSvg(await formatDiffSvg(diffOrgs(modelOf(before), modelOf(after))));
      }),
      { numRuns: 8 },
    );
  });

  it('stats never throw; the JSON parses and the text names every department', () => {
    fc.assert(
      fc.property(anyOrg, (files) => {
        const model = modelOf(files);
        const stats = computeStats(model);
        const json = JSON.parse(formatStats('json', stats)) as unknown;
        expect(json).toBeTypeOf('object');
        const text = formatStats('text', stats);
        for (const dept of model.departments.values()) expect(text).toContain(dept.id);
      }),
      { numRuns: 100 },
    );
  });
});
