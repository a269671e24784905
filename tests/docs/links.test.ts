/**
 * The link checker over every bundled example (broken one included), in both
 * formats and both languages: every link of every page resolves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../../src/docs/index.js';
import { modelOf, ORG } from '../helpers.js';
import { REPO, example } from './fixtures.js';
import { brokenHtmlLinks, brokenMarkdownLinks, duplicateIds } from './linkcheck.js';

const EXAMPLES = fs
  .readdirSync(path.join(REPO, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('links resolve in every example handbook', () => {
  it('there are examples to check', () => {
    expect(EXAMPLES).toEqual(expect.arrayContaining(['minimal-en', 'project-ecommerce']));
  });

  for (const name of EXAMPLES) {
    it(name, () => {
      const { model, findings } = example(name);
      for (const lang of ['en', 'zh-CN'] as const) {
        const md = renderDocs(model, { format: 'markdown', lang, findings, chartSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
        expect(md.size).toBe(3 + model.departments.size + model.roles.size + model.workflows.size + 1);
        expect(brokenMarkdownLinks(md), `${name} ${lang} markdown`).toEqual([]);
        const page = renderDocs(model, { format: 'html', lang, findings }).get('handbook.html')!;
        expect(brokenHtmlLinks(page), `${name} ${lang} html`).toEqual([]);
        expect(duplicateIds(page), `${name} ${lang} html ids`).toEqual([]);
      }
    });
  }

  it('the checker itself catches a broken link, a missing anchor and an absolute link', () => {
    const files = new Map([
      ['README.md', '[a](roles/x.md) [b](kpis.md#kpi-nope) [c](https://example.com) [d](/etc/passwd) [ok](kpis.md#kpi-yes)'],
      ['kpis.md', '## <a id="kpi-yes"></a>Yes'],
    ]);
    expect(brokenMarkdownLinks(files)).toEqual([
      'README.md: roles/x.md (no such page)',
      "README.md: kpis.md#kpi-nope (no anchor 'kpi-nope' in kpis.md)",
      'README.md: https://example.com (not a relative link)',
      'README.md: /etc/passwd (not a relative link)',
    ]);
    expect(brokenHtmlLinks('<a href="#x">x</a><a href="javascript:alert(1)">y</a><p id="y"></p>')).toEqual([
      '#x (no such id)',
      'javascript:alert(1) (not an anchor of the handbook)',
    ]);
  });

  it('an empty org still gets a valid handbook', () => {
    const empty = modelOf({ 'o.yaml': ORG });
    const md = renderDocs(empty, { format: 'markdown' });
    expect([...md.keys()]).toEqual(['README.md', 'kpis.md', 'roles.md']);
    expect(md.get('README.md')).not.toContain('Org chart');
    expect(brokenMarkdownLinks(md)).toEqual([]);
    expect(brokenHtmlLinks(renderDocs(empty, { format: 'html' }).get('handbook.html')!)).toEqual([]);
  });
});
