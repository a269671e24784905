/**
 * The CLI writes the SVG chart as it is produced (renderChartTo into
 * writeOutputFrom), so a chart of 100k roles is never one string: the file
 * must still hold exactly the bytes renderChart returns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
import { renderChart, renderChartTo } from '../../src/chart/index.js';
import { writeOutputFrom } from '../../src/core/fs/chunkedOutput.js';
import { loadOrgFromText } from '../../src/model/load.js';
import { temporaryDirs } from '../support/tmp.js';

const tmpDir = temporaryDirs('orgctl-chart-stream-');

/** A generated org of 2,000 roles (Chinese names, departments, dotted lines): an SVG of a few megabytes. */
function generated() {
  const { files } = generateOrgFiles({ roles: 2000, seed: 7 }) as { files: Map<string, string> };
  return loadOrgFromText(Object.fromEntries(files));
}

describe('the streamed SVG chart', () => {
  it('is, piece by piece and in the file, byte for byte what renderChart returns (2,000 roles)', async () => {
    const model = generated();
    const whole = await renderChart(model, { format: 'svg' });
    const file = path.join(tmpDir(), 'nested', 'chart.svg');
    const pieces: number[] = [];
    await writeOutputFrom(file, (write) =>
      renderChartTo(model, { format: 'svg' }, (chunk) => {
        pieces.push(chunk.length);
        write(chunk);
      }),
    );
    // A box at a time: never the whole chart in one piece.
    expect(pieces.length).toBeGreaterThan(2000);
    expect(Math.max(...pieces)).toBeLessThan(whole.length / 100);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(1 << 20); // many batches went to the file
    expect(bytes.equals(Buffer.from(whole, 'utf8'))).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['chart.svg']); // no temp file left beside it
  }, 120_000);

  it('other formats come in one piece, the same as renderChart', async () => {
    const model = generated();
    for (const format of ['mermaid', 'dot'] as const) {
      const pieces: string[] = [];
      await renderChartTo(model, { format }, (chunk) => pieces.push(chunk));
      expect(pieces).toEqual([await renderChart(model, { format })]);
    }
  }, 60_000);
});

describe('writeOutputFrom', () => {
  it('replaces the file only when everything was written: a failure half-way leaves the old file and no temp file', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'chart.svg');
    fs.writeFileSync(file, 'the old chart');
    const failing = writeOutputFrom(file, async (write) => {
      write('x'.repeat(3 << 20)); // enough to reach the disk before the failure
      await Promise.resolve();
      throw new Error('layout failed');
    });
    await expect(failing).rejects.toThrow('layout failed');
    expect(fs.readFileSync(file, 'utf8')).toBe('the old chart');
    expect(fs.readdirSync(dir)).toEqual(['chart.svg']);
  });

  it('writes a device in place (-o /dev/null), an empty text as an empty file, and refuses a directory', async () => {
    await writeOutputFrom('/dev/null', async (write) => {
      write('<svg/>');
      await Promise.resolve();
    });
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    const dir = tmpDir();
    await writeOutputFrom(path.join(dir, 'empty.txt'), async () => {});
    expect(fs.readFileSync(path.join(dir, 'empty.txt'), 'utf8')).toBe('');
    await expect(writeOutputFrom(dir, async () => {})).rejects.toThrow(/cannot write .*: it is a directory/);
  });

  it('keeps characters whole across batches (CJK and astral-plane text)', async () => {
    const file = path.join(tmpDir(), 'out.txt');
    const piece = '组织架构𠀋😀-';
    const text = piece.repeat(200_000);
    await writeOutputFrom(file, async (write) => {
      for (let i = 0; i < 200_000; i++) write(piece);
      await Promise.resolve();
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });
});
