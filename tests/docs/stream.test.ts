/**
 * `orgctl docs` renders each page as it writes it (planHandbook, then
 * writeDocs over the lazily rendered files), so the pages of a large org are
 * never all in memory: the folder must hold exactly what renderDocs renders,
 * with the same manifest, and writing must start before the last page is rendered.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
import { handbookFiles, MANIFEST, renderDocs, writeDocs } from '../../src/docs/index.js';
import { writeManifest } from '../../src/docs/writer/manifest.js';
import { loadOrgFromText } from '../../src/model/load.js';
import { temporaryDirs } from '../support/tmp.js';

const tmpDir = temporaryDirs('orgctl-docs-stream-');

/** Every file below `dir` (relative path → bytes). */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full));
  }
  return out;
}

describe('the handbook written a page at a time', () => {
  const { files } = generateOrgFiles({ roles: 2000, seed: 3 }) as { files: Map<string, string> };
  const model = loadOrgFromText(Object.fromEntries(files));
  const chartSvg = '<svg xmlns="http://www.w3.org/2000/svg"><text>组织图</text></svg>\n';

  it('is byte for byte the handbook renderDocs renders, manifest included (2,000 roles)', () => {
    const whole = renderDocs(model, { format: 'markdown', chartSvg });
    const lazy = handbookFiles(model, { format: 'markdown', chartSvg });
    expect(lazy.map((f) => f.path)).toEqual([...whole.keys()]);

    const streamed = tmpDir();
    let renders = 0;
    let writtenBeforeLast = 0;
    const counted = lazy.map((f, i) => ({
      path: f.path,
      render: () => {
        renders++;
        if (i === lazy.length - 1) writtenBeforeLast = snapshot(streamed).size;
        return f.render();
      },
    }));
    const result = writeDocs(streamed, counted);
    expect(result.changed).toBe(whole.size);
    expect(renders).toBe(whole.size); // each page rendered once
    // Pages reached the disk while later ones were still to be rendered: they are not all held at once.
    expect(writtenBeforeLast).toBeGreaterThan(whole.size / 4);

    const written = snapshot(streamed);
    expect([...written.keys()].sort()).toEqual([...whole.keys(), MANIFEST].sort());
    for (const [rel, content] of whole) expect(written.get(rel)!.toString('utf8'), rel).toBe(content);
    // The manifest lists every page, in order, with the hash of what was written, as a Map of the pages writes it.
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const manifest = JSON.parse(written.get(MANIFEST)!.toString('utf8')) as { files: Record<string, string> };
    expect(Object.entries(manifest.files)).toEqual([...whole].map(([rel, content]) => [rel, sha(content)]));
  }, 120_000);

  it('a rerun renders each page once, rewrites nothing unchanged, and only changed pages get new files', () => {
    const dir = tmpDir();
    writeDocs(dir, handbookFiles(model, { format: 'markdown' }));
    const before = snapshot(dir);
    const mtimes = new Map([...before.keys()].map((rel) => [rel, fs.statSync(path.join(dir, rel)).mtimeMs]));
    let renders = 0;
    const again = handbookFiles(model, { format: 'markdown' }).map((f) => ({
      path: f.path,
      render: () => {
        renders++;
        return f.render();
      },
    }));
    expect(writeDocs(dir, again).changed).toBe(0);
    expect(renders).toBe(again.length);
    const after = snapshot(dir);
    for (const [rel, bytes] of before) expect(after.get(rel)!.equals(bytes), rel).toBe(true);
    for (const rel of mtimes.keys()) if (rel !== MANIFEST) expect(fs.statSync(path.join(dir, rel)).mtimeMs, rel).toBe(mtimes.get(rel));
  }, 120_000);

  it('an identical file orgctl did not list is left alone, a different one stops the run before anything is written', () => {
    const lazy = handbookFiles(model, { format: 'markdown' });
    const dir = tmpDir();
    const [first, second] = [lazy[0]!, lazy[1]!];
    fs.mkdirSync(path.dirname(path.join(dir, second.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, first.path), first.render());
    fs.writeFileSync(path.join(dir, second.path), 'my own notes');
    expect(() => writeDocs(dir, lazy)).toThrow(/refusing to overwrite .*: not written by orgctl docs/);
    expect(snapshot(dir).size).toBe(2);
    fs.rmSync(path.join(dir, second.path));
    const result = writeDocs(dir, lazy);
    expect(result.changed).toBe(lazy.length - 1); // the identical one was left as it was
    expect(fs.readFileSync(path.join(dir, second.path), 'utf8')).toBe(second.render());
  }, 120_000);
});

describe('the manifest, written entry by entry', () => {
  it('is byte for byte JSON.stringify(manifest, null, 2): hashes, lists of hashes, empty lists, quotes and CJK in names, index-like names', () => {
    const h = (c: string) => c.repeat(64);
    const cases: [string, string | string[]][][] = [
      [],
      [
        ['README.md', h('a')],
        ['roles/运营 "主管".md', [h('b'), h('c')]],
        ['roles/x.md', []],
        ['z\\.md', [h('d')]],
      ],
      [
        ['b.md', h('e')],
        ['42', h('f')],
        ['7', [h('1'), h('2')]],
      ],
    ];
    for (const entries of cases) {
      const dir = tmpDir();
      writeManifest(dir, new Map(entries));
      const files: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
      for (const [rel, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        files[rel] = typeof v === 'string' ? v : v.length === 1 ? v[0]! : v;
      const expected = `${JSON.stringify({ generator: 'orgctl docs', version: 1, files }, null, 2)}\n`;
      expect(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')).toBe(expected);
    }
  });
});
