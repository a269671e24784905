/**
 * The PNG rasteriser (resvg, a WebAssembly module of several MB) loads only for a PNG: SVG charts,
 * handbooks and `import from 'orgctl'` never pay for it. Here loading it fails, so any load would show.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@resvg/resvg-wasm', () => {
  throw new Error('resvg was loaded');
});

const { renderChart, renderChartPng } = await import('../../src/chart/index.js');
const { example } = await import('./fixtures.js');

describe('the PNG rasteriser', () => {
  it('is not loaded for an SVG chart, only for a PNG', { timeout: 60_000 }, async () => {
    const model = example('ops-center');
    await expect(renderChart(model, { format: 'svg' })).resolves.toContain('<svg');
    await expect(renderChartPng(model)).rejects.toThrow(/resvg was loaded|error when mocking/);
  });
});
