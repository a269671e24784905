/**
 * What the chart lets go of, so `orgctl chart` of 100k roles stays under a
 * gigabyte in every laid-out format, the interactive page included: the model
 * once the view is taken (prepareChart), and the layout
 * worker once the one chart of a CLI run is laid out (prepareLayout's `once`).
 * Garbage is collected here on demand (V8's gc extension, in a new context).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { prepareChart, prepareLayout, renderChart, type ChartOptions } from '../../src/chart/index.js';
import { elkStarted } from '../../src/chart/layout/elk.js';
import { example } from './fixtures.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * Whether the target of `ref` is collected within a few full collections, each after the event loop
 * has turned. A WeakRef keeps its target until V8 is told the job that made it is over, and Node
 * tells it only on some of its paths through the microtask queue: on a loaded machine the target
 * may survive the first collection (CI saw it on the HTML page). A model something still holds
 * survives every round; ten rounds is not a clock.
 */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let round = 0; round < 10 && ref.deref() !== undefined; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
  }
  return ref.deref() === undefined;
}

/** A chart prepared from a model no one else holds, and a weak reference to that model. */
function preparedFromFreshModel(options: ChartOptions) {
  const model = example('matrix-ecommerce');
  return { chart: prepareChart(model, options), model: new WeakRef(model) };
}

describe('the chart lets the model go once the view is taken', () => {
  // The HTML page too: it takes the details panel's facts of the view's boxes when the view is taken.
  for (const format of ['svg', 'json', 'mermaid', 'dot', 'html'] as const) {
    it(`${format}: the prepared chart does not keep the model, and writes what renderChart returns`, async () => {
      const { chart, model } = preparedFromFreshModel({ format });
      expect(await collected(model)).toBe(true);
      const pieces: string[] = [];
      await chart.writeTo((chunk) => pieces.push(chunk));
      expect(pieces.join('')).toBe(await renderChart(example('matrix-ecommerce'), { format }));
      // The laid-out formats are written a box at a time, never held as one string (Mermaid and DOT are small).
      if (format !== 'mermaid' && format !== 'dot') expect(pieces.length).toBeGreaterThan(100);
    });
  }

  it('an unknown --root is refused when the chart is prepared, before any layout', () => {
    expect(() => prepareChart(example('matrix-ecommerce'), { root: 'no-such-role' })).toThrow(/no-such-role/);
  });
});

describe('the layout worker of a one-chart run', () => {
  it('stops once the chart is laid out; a later chart starts another and gives the same bytes', async () => {
    const model = example('ops-center');
    prepareLayout({ once: true });
    expect(elkStarted()).toBe(true);
    const first = await renderChart(model, { format: 'svg' });
    expect(elkStarted()).toBe(false);
    // `once` was for one chart: the next one keeps its worker, as any library caller's does.
    const second = await renderChart(model, { format: 'svg' });
    expect(elkStarted()).toBe(true);
    expect(second).toBe(first);
  });

  it('is kept after a layout when `once` is not asked for', async () => {
    prepareLayout();
    await renderChart(example('minimal-en'), { format: 'json' });
    expect(elkStarted()).toBe(true);
  });
});
