import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/core/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream, written };
}

describe('progress', () => {
  it('is silent when stderr is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const p = createProgress(0, stream);
    p.update('working', 1, 2);
    p.done();
    expect(written).toEqual([]);
  });

  it('is silent for work shorter than the delay', () => {
    const { stream, written } = fakeStream(true);
    const p = createProgress(60_000, stream);
    p.update('working', 1, 2);
    p.done();
    expect(written).toEqual([]);
  });

  it('shows counts on a terminal after the delay, and clears the line when done', () => {
    const saved = process.env.CI;
    delete process.env.CI;
    try {
      const { stream, written } = fakeStream(true);
      const p = createProgress(0, stream);
      p.update('reading files', 3, 10);
      p.update('reading files', 3, 10); // unchanged text is not rewritten
      p.done();
      expect(written).toEqual(['\r\x1b[2Kreading files 3/10', '\r\x1b[2K']);
    } finally {
      if (saved !== undefined) process.env.CI = saved;
    }
  });

  it('takes its default delay from ORGCTL_PROGRESS_DELAY_MS, and ignores a value that is not a whole number', () => {
    const saved = { ci: process.env.CI, delay: process.env.ORGCTL_PROGRESS_DELAY_MS };
    delete process.env.CI;
    try {
      process.env.ORGCTL_PROGRESS_DELAY_MS = '0';
      const now = fakeStream(true);
      createProgress(undefined, now.stream).update('loading');
      expect(now.written).toEqual(['\r\x1b[2Kloading']);
      process.env.ORGCTL_PROGRESS_DELAY_MS = '-5';
      const later = fakeStream(true);
      createProgress(undefined, later.stream).update('loading');
      expect(later.written).toEqual([]); // the default second has not passed
    } finally {
      if (saved.ci !== undefined) process.env.CI = saved.ci;
      if (saved.delay === undefined) delete process.env.ORGCTL_PROGRESS_DELAY_MS;
      else process.env.ORGCTL_PROGRESS_DELAY_MS = saved.delay;
    }
  });
});
