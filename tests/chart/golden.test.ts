/**
 * Golden charts of the bundled examples: the SVG people pin up, plus the
 * department chart, Mermaid, DOT and JSON of ops-center. A change shows up
 * as a diff to read; regenerate with UPDATE_GOLDEN=1 (then look at the SVGs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutOrgChart, renderChart } from '../../src/chart/index.js';
import { lineProblems } from '../../src/chart/layout/lineProblems.js';
import type { ChartOptions } from '../../src/chart/types.js';
import { example, EXAMPLES, REPO } from './fixtures.js';

const GOLDEN = path.join(REPO, 'tests/golden/chart');

const CASES: Array<{ file: string; example: string; options: ChartOptions }> = [
  ...EXAMPLES.map((name) => ({ file: `${name}.svg`, example: name, options: {} })),
  { file: 'ops-center-departments.svg', example: 'ops-center', options: { level: 'department' } },
  { file: 'ops-center-depth1.svg', example: 'ops-center', options: { depth: 1 } },
  { file: 'ops-center-marketing.svg', example: 'ops-center', options: { department: '营销部' } },
  { file: 'ops-center.mmd', example: 'ops-center', options: { format: 'mermaid' } },
  { file: 'ops-center.dot', example: 'ops-center', options: { format: 'dot' } },
  { file: 'minimal-en.json', example: 'minimal-en', options: { format: 'json' } },
];

describe('golden charts', () => {
  for (const c of CASES) {
    it(c.file, async () => {
      const text = await renderChart(example(c.example), c.options);
      const file = path.join(GOLDEN, c.file);
      if (process.env.UPDATE_GOLDEN) {
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(file, text);
      }
      expect(text).toBe(fs.readFileSync(file, 'utf8'));
    });
  }

  // The drawing behind every laid-out golden: no line through a box it does not start or end at, no dotted line along a solid one.
  for (const c of CASES.filter((x) => x.options.format === undefined || x.options.format === 'json')) {
    it(`${c.file}: no line crosses a box`, async () => {
      expect(lineProblems(await layoutOrgChart(example(c.example), c.options))).toEqual([]);
    });
  }
});
