/**
 * The handbook's overview chart stays a readable page: a large org gets the
 * department-level chart (above 400 roles), and one with more than 150
 * departments shows only as many top levels as fit in 150 boxes, the rest
 * collapsed (+N); the department pages and the tree below the chart have it all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
import { runDocs } from '../../src/cli/actions/docs.js';
import { CHART_DEPARTMENTS_MAX, departmentChartDepth } from '../../src/docs/chartPolicy.js';
import type { ChartOptions } from '../../src/chart/index.js';
import { modelOf } from '../helpers.js';
import { writeOrg } from './fixtures.js';

const calls: ChartOptions[] = [];
vi.mock('../../src/chart/index.js', () => ({
  renderChart: (_model: unknown, options: ChartOptions) => {
    calls.push(options);
    return Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  },
}));

/** A department tree `fanout` wide and `levels` deep below one top department (each with a head role). */
function tree(fanout: number, levels: number): Record<string, string> {
  const docs = ['kind: Organization\nid: acme\nname: 曼曼电商'];
  const add = (id: string, parent: string | undefined, level: number) => {
    docs.push(
      `kind: Department\nid: ${id}\nname: 部门${id}\n${parent ? `parent: ${parent}\n` : ''}head: ${id}-head\nroles:\n  - id: ${id}-head\n    title: 经理`,
    );
    if (level < levels) for (let i = 0; i < fanout; i++) add(`${id}-${i}`, id, level + 1);
  };
  add('d', undefined, 0);
  return { 'org.yaml': docs.join('\n---\n') };
}

describe('the overview chart of a large org', () => {
  it('keeps as many whole top levels as fit in the box budget', () => {
    const model = modelOf(tree(4, 4)); // levels of 1, 4, 16, 64, 256 departments
    expect(model.departments.size).toBe(341);
    expect(departmentChartDepth(model)).toBe(3); // 85 boxes; a fourth level would make 341
    expect(departmentChartDepth(model, 10)).toBe(1); // never less than the top and one level
    expect(departmentChartDepth(model, 341)).toBeUndefined(); // everything fits: no limit
  });

  it('orgctl docs draws the department level, limited to that depth', async () => {
    const { files } = generateOrgFiles({ roles: 5000, seed: 1 }) as { files: Map<string, string> };
    const org = writeOrg(files);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-docs-big-out-'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runDocs(org, { output: out, format: 'markdown' })).toBe(0);
    } finally {
      stderr.mockRestore();
      fs.rmSync(org, { recursive: true, force: true });
      fs.rmSync(out, { recursive: true, force: true });
    }
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ format: 'svg', level: 'department', depth: 2 });
    expect(CHART_DEPARTMENTS_MAX).toBe(150);
  }, 60_000);
});
