/**
 * The layout thread bin/orgctl.js starts before the CLI loads (elkThread.ts): started only for the
 * charts and handbooks that are laid out, taken over by the layout engine once, and never handed over dead.
 */
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { laysOutAtStart, startElkThreadEarly, takeEarlyElkThread } from '../../src/chart/layout/elkThread.js';
import { elkStarted, runElk, stopElk } from '../../src/chart/layout/elk.js';
import { renderChart } from '../../src/chart/index.js';
import { example, REPO } from './fixtures.js';
import { runDocs } from '../../src/cli/actions/docs.js';
import { temporaryDirs } from '../support/tmp.js';
import path from 'node:path';

const tmpDir = temporaryDirs('orgctl-elk-thread-');

/** The thread waiting for the CLI, as bin/orgctl.js leaves it. */
const waiting = () => (globalThis as Record<symbol, { worker: Worker } | undefined>)[Symbol.for('orgctl.earlyElkThread')];

afterEach(async () => {
  await takeEarlyElkThread()?.terminate();
  stopElk();
});

describe('which command lines start the layout thread early', () => {
  it('a handbook in any format, a chart in a format drawn from a layout', () => {
    for (const args of [
      ['docs', 'org/', '-o', 'handbook'],
      ['docs', 'org/', '--format', 'html', '-o', 'handbook'],
      // After `--` everything is a path, even one named like an option.
      ['docs', '--', '--help'],
      ['chart', 'org/'],
      ['chart', 'org/', '--format', 'png'],
      ['chart', 'org/', '-f', 'html'],
      ['chart', 'org/', '--format=json'],
      ['chart', '--', '--format', 'dot'],
    ])
      expect(laysOutAtStart(args), args.join(' ')).toBe(true);
  });

  it('not a chart that its reader lays out (Mermaid, DOT), not --help, not another command', () => {
    for (const args of [
      ['chart', 'org/', '--format', 'mermaid'],
      ['chart', 'org/', '-f', 'dot'],
      ['chart', 'org/', '--format=dot'],
      ['chart', '--help'],
      ['validate', 'org/'],
      ['docs', '--help'],
      ['docs', 'org/', '-h'],
      ['stats', 'org/', '--format', 'svg'],
      [],
    ])
      expect(laysOutAtStart(args), args.join(' ')).toBe(false);
  });
});

describe('the early thread', () => {
  it('is handed over once, and a chart laid out on it is the same chart', async () => {
    const expected = await renderChart(example('ops-center'));
    stopElk();
    startElkThreadEarly({ warmUp: true });
    startElkThreadEarly({ warmUp: true }); // a second call starts no second thread
    const early = waiting()?.worker;
    expect(early).toBeDefined();
    expect(elkStarted()).toBe(false);
    expect(await renderChart(example('ops-center'))).toBe(expected);
    expect(waiting()).toBeUndefined(); // taken by the layout engine
    expect(takeEarlyElkThread()).toBeUndefined();
  });

  it('is not handed over once it has stopped: the engine starts its own thread', async () => {
    startElkThreadEarly({ warmUp: true });
    const early = waiting()!.worker;
    const exited = once(early, 'exit');
    await early.terminate();
    await exited;
    expect(takeEarlyElkThread()).toBeUndefined();
    const laidOut = await runElk({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }], edges: [] }, {});
    expect(laidOut.children?.[0]).toMatchObject({ id: 'a', width: 10, height: 10 });
  });
});

describe('orgctl docs', () => {
  it('lays the handbook out on a thread started before it reads the org, and stops that thread before writing the pages', async () => {
    startElkThreadEarly({ warmUp: true });
    const out = path.join(tmpDir(), 'handbook');
    await runDocs(path.join(REPO, 'examples/ops-center'), { output: out, format: 'html' });
    expect(waiting()).toBeUndefined(); // the early thread was taken over
    expect(elkStarted()).toBe(false); // and stopped once the chart and the workflow diagrams were drawn
  });
});
