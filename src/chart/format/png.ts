/**
 * The chart as PNG, for slides and chat (WeChat, DingTalk): the same SVG,
 * rasterised by resvg at `scale` × its size, with the system's fonts. resvg
 * runs as WebAssembly (@resvg/resvg-wasm, the module shipped in the package,
 * never fetched), not as the native binding: see FONTS_IN_MEMORY below.
 *
 * Fonts are found once per process (a walk of the usual font folders) and
 * handed to resvg as bytes, only the sans CJK faces when there are some, so
 * resvg neither rescans the system nor parses every font for each chart. resvg draws text with no covering font as nothing at all: a chart
 * with Chinese text and no CJK font would come out with empty boxes, so that
 * is a UsageError naming the font to install instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { UsageError } from '../../core/errors.js';

export interface PngOptions {
  /** Pixels per SVG unit; default 1. */
  scale?: number;
  /** Where to look for fonts; default the system's font folders. */
  fontDirs?: string[];
}

/** The first family of the chart's font stack (svg.ts FONT_FAMILY) that a Debian or Ubuntu box installs. */
const CJK_FAMILY = 'Noto Sans CJK SC';
const CJK_FILE = /cjk|sourcehan|source-han|wqy|wenquanyi|pingfang|hiragino|msyh|yahei|simhei|simsun|notosanssc|droidsansfallback|sarasa/i;
const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;
/** Han, kana, hangul, CJK punctuation and full-width forms. */
const CJK_TEXT = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

function systemFontDirs(): string[] {
  const home = os.homedir();
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.fonts'),
    path.join(home, '.local/share/fonts'),
    '/System/Library/Fonts',
    '/Library/Fonts',
    path.join(home, 'Library/Fonts'),
    ...(process.env.WINDIR ? [path.join(process.env.WINDIR, 'Fonts')] : []),
  ];
}

const found = new Map<string, string[]>();

/** Every font file under `dirs`, sorted (same fonts, same pixels), found once per set of folders. */
function fontFiles(dirs: string[]): string[] {
  const key = dirs.join('\0');
  const cached = found.get(key);
  if (cached) return cached;
  const files: string[] = [];
  const todo = [...dirs];
  const seen = new Set<string>();
  while (todo.length) {
    const dir = todo.pop()!;
    let entries: fs.Dirent[];
    try {
      const real = fs.realpathSync(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      entries = fs.readdirSync(real, { withFileTypes: true });
    } catch {
      continue; // a folder that is not there on this system
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() || e.isSymbolicLink()) {
        if (e.isDirectory()) todo.push(full);
        else if (FONT_FILE.test(e.name)) files.push(full);
        else todo.push(full);
      } else if (FONT_FILE.test(e.name)) files.push(full);
    }
  }
  files.sort();
  found.set(key, files);
  return files;
}

/**
 * FONTS_IN_MEMORY, why WebAssembly (measured with 2.6.2 of both builds): the native binding's font
 * database keeps each font as a path and reads the whole file again for every glyph it shapes
 * (strace: 47 opens of the 19 MB NotoSansCJK-Regular.ttc for five 7-letter labels), about 10 ms of
 * CPU per glyph: a 1,000-role chart took minutes. The WebAssembly build takes the fonts as bytes
 * (`fontBuffers`), read once: the same chart in about 7 s, and the same PNG bytes.
 */
let ready: Promise<void> | undefined;

function loadResvg(): Promise<void> {
  // The module ships in the package: read it from disk (never a URL, so nothing is fetched).
  ready ??= initWasm(fs.readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

const fontBytes = new Map<string, Uint8Array>();

function readFonts(files: string[]): Uint8Array[] {
  return files.map((f) => {
    let bytes = fontBytes.get(f);
    if (!bytes) fontBytes.set(f, (bytes = fs.readFileSync(f)));
    return bytes;
  });
}

/**
 * The most pixels a PNG may have. resvg draws in WebAssembly, whose memory stops at 4 GiB: the pixels (4 bytes
 * each) and the copy the encoder makes must both fit. Measured on the generated 1k-role org (8,310 × 5,678):
 * --scale 3 (425 million pixels) gave its PNG, 3.35 (530 million) "internal error: unreachable" after a minute,
 * 4 "recursive use of an object" at once.
 */
const MAX_PIXELS = 400_000_000;

/** 27839 → 27,839 (whatever the machine's locale). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export async function writePng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new UsageError(`--scale must be a positive number (got ${String(scale)})`);
  const files = fontFiles(options.fontDirs ?? systemFontDirs());
  if (!files.length)
    throw new UsageError(`no fonts found to draw the chart's text: install '${CJK_FAMILY}' (Debian/Ubuntu: apt install fonts-noto-cjk)`);
  const cjk = files.filter((f) => CJK_FILE.test(path.basename(f)));
  if (CJK_TEXT.test(svg) && !cjk.length)
    throw new UsageError(`no font covers the chart's Chinese text: install '${CJK_FAMILY}' (Debian/Ubuntu: apt install fonts-noto-cjk)`);
  // resvg parses every font it is given for each chart (a CJK collection is tens of MB): give it the sans CJK
  // faces the chart's font stack names, which also cover Latin, and every font only when there is none.
  const sans = cjk.filter((f) => !/serif/i.test(path.basename(f)) || /sans/i.test(path.basename(f)));
  await loadResvg();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontBuffers: readFonts(sans.length ? sans : files),
      defaultFontFamily: sans.length ? CJK_FAMILY : 'sans-serif',
    },
  });
  try {
    // resvg stops with "Target size is zero" when a side rounds to no pixel: say which option to change instead.
    const [width, height] = [Math.round(resvg.width * scale), Math.round(resvg.height * scale)];
    if (width * height > MAX_PIXELS) {
      const largest = Math.floor(Math.sqrt(MAX_PIXELS / (resvg.width * resvg.height)) * 100) / 100;
      throw new UsageError(
        `--scale ${String(scale)} would make a ${grouped(width)} × ${grouped(height)} PNG (${grouped(Math.round((width * height) / 1e6))} million pixels); the rasteriser holds at most ${grouped(MAX_PIXELS / 1e6)} million: use --scale ${String(largest)} or less, or chart a part (--department, --root, --depth, --level department)`,
      );
    }
    if (Math.min(resvg.width, resvg.height) * scale < 1) {
      throw new UsageError(
        `--scale ${String(scale)} draws the ${String(resvg.width)} × ${String(resvg.height)} chart smaller than a pixel: use a larger --scale (1 is the chart's own size)`,
      );
    }
    return resvg.render().asPng();
  } finally {
    resvg.free(); // WebAssembly memory is not garbage-collected: give the pixels back now
  }
}
