/**
 * `orgctl chart` (the action, without the launcher's early thread: a library caller, or a thread that
 * died) starts the layout thread only for a chart that has a department ELK must lay out (withoutElk.ts
 * places the rest): a chart that needs none loads no ELK at all, and a thread started for a layout on
 * its way runs no warm-up layout first (that layout is the first one). The launcher starts the thread
 * before the CLI loads, for a chart too, without a warm-up (elkThread.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as elkThread from '../../src/chart/layout/elkThread.js';
import { elkStarted, stopElk } from '../../src/chart/layout/elk.js';
import { renderChart } from '../../src/chart/index.js';
import { runChart } from '../../src/cli/actions/chart.js';
import { example, REPO } from './fixtures.js';
import { temporaryDirs } from '../support/tmp.js';

vi.mock('../../src/chart/layout/elkThread.js', async (original) => {
  const actual = await original<typeof import('../../src/chart/layout/elkThread.js')>();
  return { ...actual, startElkThread: vi.fn(actual.startElkThread) };
});
const started = vi.mocked(elkThread.startElkThread);

const tmpDir = temporaryDirs('orgctl-elk-when-needed-');

afterEach(async () => {
  await elkThread.takeEarlyElkThread()?.terminate();
  stopElk();
  started.mockClear();
});

async function chartOf(name: string): Promise<string> {
  const out = path.join(tmpDir(), `${name}.svg`);
  await runChart(path.join(REPO, 'examples', name), { format: 'svg', level: 'role', output: out });
  return fs.readFileSync(out, 'utf8');
}

describe('orgctl chart and the layout thread', () => {
  it('starts no thread for a chart whose departments are all placed without ELK', async () => {
    const svg = await chartOf('minimal-en');
    expect(started).not.toHaveBeenCalled();
    expect(svg).toBe(await renderChart(example('minimal-en'), { format: 'svg' }));
  });

  it('starts one, without a warm-up, for a chart with a department ELK lays out, and stops it after; the same bytes', async () => {
    const svg = await chartOf('ops-center');
    expect(started).toHaveBeenCalledTimes(1);
    expect(started).toHaveBeenCalledWith({ warmUp: false });
    expect(elkStarted()).toBe(false);
    expect(svg).toBe(await renderChart(example('ops-center'), { format: 'svg' }));
  });

  it('takes the thread the launcher started before the CLI loaded, with no warm-up for a chart', async () => {
    elkThread.startElkThreadEarly({ warmUp: false });
    const svg = await chartOf('ops-center');
    expect(started).not.toHaveBeenCalled(); // the early thread laid it out
    expect(elkThread.takeEarlyElkThread()).toBeUndefined(); // taken over
    expect(elkStarted()).toBe(false); // and stopped after the layout
    expect(svg).toBe(await renderChart(example('ops-center'), { format: 'svg' }));
  });
});
