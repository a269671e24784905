/**
 * The gallery (docs/gallery.md) shows the real output: each committed chart must be what orgctl draws
 * today. On a failure: `npm run build && npm run gallery`, look at the images, commit them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/api.js';
// @ts-expect-error: a plain ES module script, no type declarations
import { GALLERY_DATE, galleryExamples, galleryFiles } from '../scripts/gallery.mjs';

const ROOT = path.resolve(__dirname, '..');

describe('the gallery', () => {
  it('has every example except broken/', () => {
    const names = (galleryExamples as (root: string) => string[])(ROOT);
    const onDisk = fs.readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(names).toEqual(
      onDisk
        .map((d) => d.name)
        .filter((n) => n !== 'broken')
        .sort(),
    );
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it(
    'matches what orgctl draws now, file for file (run `npm run gallery` after a change to the charts)',
    { timeout: 120_000 },
    async () => {
      const files = await (galleryFiles as (a: typeof api, root: string) => Promise<Map<string, string>>)(api, ROOT);
      const committed = fs.readdirSync(path.join(ROOT, 'docs/gallery')).map((n) => `docs/gallery/${n}`);
      expect([...files.keys()].filter((k) => k.startsWith('docs/gallery/')).sort()).toEqual(committed.sort());
      for (const [rel, text] of files) expect(fs.readFileSync(path.join(ROOT, rel), 'utf8'), rel).toBe(text);
      expect(files.get('docs/gallery.md')).toContain('![');
    },
  );

  it('shows, under each image, the command that draws it: an effective-dated example with its --as-of', async () => {
    const files = await (galleryFiles as (a: typeof api, root: string) => Promise<Map<string, string>>)(api, ROOT);
    const markdown = files.get('docs/gallery.md')!;
    for (const name of (galleryExamples as (root: string) => string[])(ROOT)) {
      // Loaded as the CLI loads it without --as-of: dated when some entity has effective_from/until.
      const dated = api.loadOrg([path.join('examples', name)], ROOT).dating !== undefined;
      const command = new RegExp(`\`orgctl chart examples/${name}( --as-of (\\d{4}-\\d\\d-\\d\\d))? -o ${name}\\.svg\``).exec(markdown);
      expect(command, name).not.toBeNull();
      expect(command![2], name).toBe(dated ? (GALLERY_DATE as string) : undefined);
    }
    expect(markdown).toContain(`orgctl chart examples/planned-restructure --as-of ${GALLERY_DATE as string} -o planned-restructure.svg`);
  });
});
