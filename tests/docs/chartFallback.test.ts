/**
 * When the SVG chart cannot be drawn, `orgctl docs` still writes the handbook,
 * with the Mermaid org chart it draws itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runDocs } from '../../src/cli/actions/docs.js';
import { SHOP_FILES, writeOrg } from './fixtures.js';

vi.mock('../../src/chart/index.js', () => ({
  renderChart: () => Promise.reject(new Error('layout engine failed')),
}));

describe('chart fallback', () => {
  it('a failing chart renderer gives a Mermaid chart, no chart.svg, and no error', async () => {
    const org = writeOrg(SHOP_FILES);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-docs-out-'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runDocs(org, { output: out, format: 'markdown' })).toBe(0);
    } finally {
      stderr.mockRestore();
    }
    expect(fs.existsSync(path.join(out, 'chart.svg'))).toBe(false);
    const readme = fs.readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(readme).toContain('```mermaid\nflowchart TD\n  r1["运营主管<br/>运营部"]');
    expect(readme).not.toContain('chart.svg');
  });
});
