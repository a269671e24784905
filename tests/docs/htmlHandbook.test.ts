/**
 * The HTML handbook beyond the goldens: each workflow's flowchart drawn as an
 * SVG picture (lines between the boxes, user text as text), the contents
 * listing job descriptions under their departments, and the Markdown
 * department tree as real nested lists (what GitHub renders).
 */
import { XMLParser } from 'fast-xml-parser';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderDocs, renderHandbook } from '../../src/docs/index.js';
import { drawWorkflowDiagram } from '../../src/docs/workflowDiagram.js';
import { CATALOGUES } from '../../src/i18n/index.js';
import { modelOf } from '../helpers.js';
import { example } from './fixtures.js';

const diagrams = (page: string) =>
  [...page.matchAll(/<figure class="diagram"><img alt="[^"]*" src="data:image\/svg\+xml;base64,([^"]+)">/g)].map((m) =>
    Buffer.from(m[1]!, 'base64').toString('utf8'),
  );

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Does the segment a→b pass through the inside of the box (shrunk by a pixel, so touching its edge is fine)? */
function crosses(a: [number, number], b: [number, number], r: Box): boolean {
  const [x0, x1, y0, y1] = [r.x + 1, r.x + r.w - 1, r.y + 1, r.y + r.h - 1];
  if (a[0] === b[0]) return a[0] > x0 && a[0] < x1 && Math.max(a[1], b[1]) > y0 && Math.min(a[1], b[1]) < y1;
  if (a[1] === b[1]) return a[1] > y0 && a[1] < y1 && Math.max(a[0], b[0]) > x0 && Math.min(a[0], b[0]) < x1;
  throw new Error('not orthogonal');
}

describe('the HTML handbook', () => {
  it('draws every workflow as an orthogonal flowchart whose lines run between the boxes', async () => {
    const { model } = example('project-ecommerce');
    const page = (await renderHandbook(model, { format: 'html', chart: 'none' })).get('handbook.html')!;
    const svgs = diagrams(page);
    expect(svgs).toHaveLength(model.workflows.size);
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['rect', 'text', 'polyline'].includes(name),
    });
    for (const [i, svg] of svgs.entries()) {
      const wf = [...model.workflows.values()][i]!;
      const g = parser.parse(svg).svg.g;
      const boxes: Box[] = g.rect.map((r: Record<string, string>) => ({ x: +r.x!, y: +r.y!, w: +r.width!, h: +r.height! }));
      expect(boxes).toHaveLength(wf.steps.length + 2); // start, steps, end
      const texts = g.text.map((t: string | { '#text': string }) => (typeof t === 'string' ? t : t['#text']));
      for (const [n, step] of wf.steps.entries()) expect(texts).toContain(`${n + 1}. ${step.name}`);
      for (const line of g.polyline) {
        const pts = (line.points as string).split(' ').map((p) => p.split(',').map(Number) as [number, number]);
        for (let k = 1; k < pts.length; k++) {
          // Only the segments between a line's ends: its first and last touch the boxes they join.
          const inner = boxes.filter((b) => !(touches(pts[0]!, b) || touches(pts[pts.length - 1]!, b)));
          for (const b of inner) expect(crosses(pts[k - 1]!, pts[k]!, b), `${wf.id}: ${String(line.points)} through a box`).toBe(false);
        }
      }
    }
  }, 60_000);

  it('keeps step names text: markup in a step name is escaped in the picture', async () => {
    const model = modelOf({
      'org.yaml': `kind: Organization
id: o
name: O
---
kind: Role
id: r
title: '<b>角色</b>'
---
kind: Workflow
id: w
name: W
steps:
  - id: a
    name: '</text><script>alert(1)</script>'
    role: r
`,
    });
    const svg = (await drawWorkflowDiagram(model, model.workflows.get('w')!, CATALOGUES['zh-CN'].docs))!;
    expect(svg).not.toContain('<script');
    expect(svg).toContain('1. &lt;/text&gt;&lt;script&gt;');
    expect(svg.match(/<text /g)).toHaveLength(5); // start, the step's name (wrapped onto two lines), its role, end

    expect(svg).toContain('&lt;b&gt;角色&lt;/b&gt;');
  }, 60_000);

  it('lists job descriptions in the contents under their departments', () => {
    const { model } = example('project-ecommerce');
    const page = renderDocs(model, { format: 'html' }).get('handbook.html')!;
    const toc = page.slice(page.indexOf('<nav class="toc"'), page.indexOf('</nav>'));
    const jobs = toc.slice(toc.indexOf('#job-descriptions'), toc.indexOf('#kpis'));
    expect(jobs).toContain('<li><a href="#dept-cs-team">客服组</a><ul><li><a href="#role-cs-lead">客服主管</a></li>');
  });
});

describe('anchors of the HTML handbook', () => {
  it('are unique even when an id spells a chapter name (KPI `dictionary`)', () => {
    const model = modelOf({
      'org.yaml': [
        'kind: Organization\nid: acme\nname: Acme\nlocale: en\ntop: boss',
        'kind: Department\nid: ops\nname: Ops\nhead: boss\nkpis: [dictionary]\nroles:\n  - id: boss\n    title: Boss',
        'kind: KPI\nid: dictionary\nname: Dictionary size\nunit: count\ndirection: higher_is_better\ntarget: 3',
      ].join('\n---\n'),
    });
    const page = renderDocs(model, { format: 'html' }).get('handbook.html')!;
    const ids = [...page.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // The contents' link to the dictionary and the links to the KPI lead to two different places.
    const toc = page.slice(page.indexOf('<nav class="toc"'), page.indexOf('</nav>'));
    const chapter = /<a href="#([^"]+)">KPI dictionary<\/a>/.exec(toc)![1]!;
    const kpi = /<a href="#([^"]+)">Dictionary size<\/a>/.exec(page)![1]!;
    expect(chapter).not.toBe(kpi);
    expect(ids).toContain(chapter);
    expect(ids).toContain(kpi);
  });
});

describe('the Markdown handbook', () => {
  it('nests sub-departments as real lists (as GitHub renders them), not as indented top-level items', () => {
    const { model } = example('project-ecommerce');
    const readme = renderDocs(model, { format: 'markdown' }).get('README.md')!;
    const tree = readme.slice(readme.indexOf('overview-tree"'), readme.indexOf('overview-headcount"'));
    const html = marked.parse(tree.slice(tree.indexOf('\n')), { async: false });
    // 客服组 is a list item inside 运营客服中心's item, which is inside 电子商务部's.
    expect(html).toMatch(
      /<li><a href="departments\/ecommerce.md">电子商务部<\/a>[^]*<ul>[^]*<li><a href="departments\/ops-service-center.md">运营客服中心<\/a>[^]*<ul>[^]*<li><a href="departments\/cs-team.md">客服组<\/a>/,
    );
    expect((html.match(/<ul>/g) ?? []).length).toBe(3);
  });
});

function touches(p: [number, number], b: Box): boolean {
  return p[0] >= b.x - 1 && p[0] <= b.x + b.w + 1 && p[1] >= b.y - 1 && p[1] <= b.y + b.h + 1;
}
