/**
 * `chart --format html`: the page embeds the whole laid-out view as JSON data
 * (escaped for a <script> block), folds to --depth in the page rather than
 * dropping boxes, carries the details panel's facts, and is byte-identical
 * for the same input. The browser behaviour is in interactive-browser.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutOrgChart, prepareChart, renderChart, type ChartOptions } from '../../src/chart/index.js';
import { buildPayload } from '../../src/chart/interactive/payload.js';
import { writeHtml } from '../../src/chart/interactive/page.js';
import type { OrgModel } from '../../src/model/types.js';
import { jsonForScript } from '../../src/core/escape/scriptJson.js';
import type { Payload } from '../../src/chart/interactive/payload.js';
import { example, EXAMPLES, org, REPO } from './fixtures.js';

function payloadOf(html: string): Payload {
  const m = /<script id="orgctl-data" type="application\/json">([^]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as Payload;
}

const HOSTILE = `
kind: Department
id: d1
name: "</script><script>alert(1)</script>"
responsibilities: ["<img src=x onerror=alert(2)>", "a\u2028b\u2029c & <!-- -->"]
---
kind: Role
id: boss
title: "<b>Boss</b></script>"
department: d1
holders: [{name: "<svg onload=alert(3)>"}]
---
kind: Role
id: r2
title: "]]></style>"
department: d1
reports_to: boss
`;

describe('chart --format html', () => {
  it('embeds user text as script-safe JSON that parses back to the same strings', async () => {
    const html = await renderChart(org(HOSTILE), { format: 'html' });
    // Exactly our two script elements: the data and the page's script; nothing a name wrote.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    const data = payloadOf(html);
    const byId = new Map(data.nodes.map((n) => [n.i, n]));
    expect(byId.get('boss')!.t).toBe('<b>Boss</b></script>');
    expect(byId.get('boss')!.d.holders).toEqual(['<svg onload=alert(3)>']);
    expect(byId.get('d1')!.d.responsibilities).toEqual(['<img src=x onerror=alert(2)>', 'a\u2028b\u2029c & <!-- -->']);
  });

  it('jsonForScript escapes every character that could end the script or a line', () => {
    const text = jsonForScript({ s: '</script><!--&\u2028\u2029' });
    expect(text).toBe('{"s":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(text)).toEqual({ s: '</script><!--&\u2028\u2029' });
  });

  it('lays out every role and leaves --depth to the page as the initial folding', async () => {
    const model = example('ops-center');
    const folded = await renderChart(model, { format: 'json', depth: 1 });
    const html = await renderChart(model, { format: 'html', depth: 1 });
    const data = payloadOf(html);
    const roles = data.nodes.filter((n) => n.k === 'r');
    expect(roles).toHaveLength(model.roles.size);
    expect((JSON.parse(folded) as { nodes: unknown[] }).nodes.length).toBeLessThan(data.nodes.length);
    expect(data.depth).toBe(1);
    expect(payloadOf(await renderChart(model, { format: 'html' })).depth).toBeNull();
  });

  it('carries the details panel: department facts, KPIs with targets, solid and dotted lines', async () => {
    const data = payloadOf(await renderChart(example('ops-center'), { format: 'html' }));
    const promotion = data.nodes.find((n) => n.i === '推广部')!;
    expect(promotion.k).toBe('g');
    expect(promotion.d.kpis).toContainEqual(['店铺流量(访客数)', '200000']);
    expect(data.edges.some((e) => e[2] === 1)).toBe(true);
    for (const e of data.edges) {
      expect(data.nodes[e[0]!]).toBeDefined();
      expect(data.nodes[e[1]!]).toBeDefined();
      expect((e.length - 3) % 2).toBe(0);
    }
  });

  it('is byte-identical for the same input and needs no network', async () => {
    const model = example('ops-center');
    const a = await renderChart(model, { format: 'html' });
    const b = await renderChart(model, { format: 'html' });
    expect(a).toBe(b);
    expect(a).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(a).toContain(`default-src 'none'`);
  });

  it('is written a node at a time, the same bytes as the page of the whole payload (as serve builds it)', async () => {
    const cases: Array<[OrgModel, ChartOptions]> = [
      ...EXAMPLES.map((name): [OrgModel, ChartOptions] => [example(name), {}]),
      [example('matrix-ecommerce'), { depth: 1 }],
      [example('ops-center'), { level: 'department' }],
      [org(HOSTILE), {}],
      [org(HOSTILE.replaceAll('<', '\u202e<\u2028'), 'en'), {}],
    ];
    for (const [model, options] of cases) {
      const pieces: string[] = [];
      await prepareChart(model, { ...options, format: 'html' }).writeTo((chunk) => pieces.push(chunk));
      const { depth, ...unfolded } = options;
      const payload = buildPayload(model, await layoutOrgChart(model, unfolded), depth);
      const whole = writeHtml(payload, [payload.title, payload.subtitle].filter(Boolean).join(' — '), payload.locale);
      expect(pieces.length).toBeGreaterThan(payload.nodes.length);
      expect(pieces.join('')).toBe(whole);
    }
  });

  it('embeds the generated copy of client.js (run `npm run build` after editing it)', async () => {
    const dir = path.join(REPO, 'src/chart/interactive');
    const source = fs.readFileSync(path.join(dir, 'client.js'), 'utf8');
    const { CLIENT_SCRIPT } = await import('../../src/chart/interactive/clientScript.js');
    expect(CLIENT_SCRIPT).toBe(source);
  });
});
