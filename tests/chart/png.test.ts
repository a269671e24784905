/** `chart --format png`: the SVG rasterised by resvg at the scale, Chinese text drawn with a system font. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderChart, renderChartPng } from '../../src/chart/index.js';
import { writePng } from '../../src/chart/format/png.js';
import { FRAME } from '../../src/chart/draw/drawing.js';
import { UsageError } from '../../src/core/errors.js';
import { example } from './fixtures.js';

/** Width, height and RGBA rows of an 8-bit RGBA PNG (what resvg writes). */
function decodePng(png: Uint8Array): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  const buf = Buffer.from(png);
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  expect([buf[24], buf[25]]).toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const len = buf.readUInt32BE(at);
    if (buf.subarray(at + 4, at + 8).toString() === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y ? out[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y ? out[(y - 1) * stride + i - 4]! : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const pred = [0, a, b, (a + b) >> 1, paeth()][filter]!;
      out[y * stride + i] = (x + pred) & 255;
    }
  }
  return { width, height, pixel: (x, y) => [...out.subarray(y * stride + x * 4, y * stride + x * 4 + 4)] };
}

const svgSize = (svg: string) => {
  const m = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
  return [Number(m[1]), Number(m[2])];
};

describe('chart --format png', () => {
  it('is the SVG at the scale, and the Chinese title is drawn (dark pixels in the title band)', async () => {
    const model = example('minimal-en');
    const zh = example('project-ecommerce');
    // Each render reads the CJK font file once per glyph (png.ts): one render per scale, the first reused below.
    const [w, h] = svgSize(await renderChart(zh));
    const [png, double] = [decodePng(await renderChartPng(zh, { scale: 1 })), decodePng(await renderChartPng(zh, { scale: 2 }))];
    expect([png.width, png.height]).toEqual([w!, h!]);
    expect([double.width, double.height]).toEqual([w! * 2, h! * 2]);
    let dark = 0;
    for (let y = FRAME.margin; y < FRAME.margin + FRAME.titleLine; y++)
      for (let x = 0; x < png.width; x++) if (png.pixel(x, y)[0]! < 128) dark++;
    expect(dark).toBeGreaterThan(200); // 项目型电商组织 组织架构图 at 22px bold: thousands of dark pixels; blank is 0
    expect(decodePng(await renderChartPng(model)).width).toBe(svgSize(await renderChart(model))[0]);
  }, 240_000);

  it('refuses, naming the font, when no font covers the Chinese text; and refuses a bad scale', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-nofonts-'));
    const svg = await renderChart(example('project-ecommerce'));
    await expect(writePng(svg, { fontDirs: [empty] })).rejects.toThrow(UsageError);
    await expect(writePng(svg, { fontDirs: [empty] })).rejects.toThrow(/Noto Sans CJK SC.*fonts-noto-cjk/);
    const latinOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-latin-'));
    fs.writeFileSync(path.join(latinOnly, 'DejaVuSans.ttf'), '');
    await expect(writePng(svg, { fontDirs: [latinOnly] })).rejects.toThrow(
      /no font covers the chart's Chinese text: install 'Noto Sans CJK SC'/,
    );
    await expect(writePng(svg, { scale: 0 })).rejects.toThrow(UsageError);
  });

  it("refuses a PNG too large for the rasteriser's memory (exit 2 naming the largest scale), rather than an internal error", async () => {
    // 30,000 × 20,000 at --scale 1 is 600 million pixels: 2.4 GB of pixels, copied again to encode, past WebAssembly's 4 GiB.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="30000" height="20000"><rect width="10" height="10"/></svg>';
    await expect(writePng(svg)).rejects.toThrow(UsageError);
    await expect(writePng(svg, { scale: 2 })).rejects.toThrow(
      '--scale 2 would make a 60,000 × 40,000 PNG (2,400 million pixels); the rasteriser holds at most 400 million: use --scale 0.81 or less, or chart a part (--department, --root, --depth, --level department)',
    );
    const fits = await writePng(svg, { scale: 0.1 });
    expect(decodePng(fits).width).toBe(3000);
  }, 60_000);

  it('refuses a scale that leaves no pixel (exit 2 with the fix), rather than an internal error from the rasteriser', async () => {
    const svg = await renderChart(example('ops-center'));
    const [w, h] = svgSize(svg);
    const tiny = writePng(svg, { scale: 0.0001 });
    await expect(tiny).rejects.toThrow(UsageError);
    await expect(writePng(svg, { scale: 0.0001 })).rejects.toThrow(
      `--scale 0.0001 draws the ${String(w)} × ${String(h)} chart smaller than a pixel: use a larger --scale (1 is the chart's own size)`,
    );
  }, 60_000);
});
