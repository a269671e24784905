/**
 * Mermaid and DOT lay themselves out: they must never start ELK (here ELK
 * is replaced by one that fails, so any use of it would show).
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/chart/layout/elk.js', () => ({
  prepareElk: () => {
    throw new Error('ELK was started');
  },
  runElk: () => Promise.reject(new Error('ELK was used')),
}));

const { renderChart } = await import('../../src/chart/index.js');
const { example } = await import('./fixtures.js');

describe('formats without a layout', () => {
  it('Mermaid and DOT render without ELK; SVG and JSON do use it', async () => {
    const model = example('ops-center');
    await expect(renderChart(model, { format: 'mermaid' })).resolves.toContain('flowchart TB');
    await expect(renderChart(model, { format: 'dot' })).resolves.toContain('digraph org');
    await expect(renderChart(model, { format: 'mermaid', level: 'department' })).resolves.toContain('flowchart TB');
    await expect(renderChart(model, { format: 'svg' })).rejects.toThrow(/ELK was/);
    await expect(renderChart(model, { format: 'json' })).rejects.toThrow(/ELK was/);
  });
});
