/**
 * The one-file HTML handbook is written in pieces, never as one string: at
 * 100k roles it is 180 MB of text, and rendering it whole (every page built
 * first, then one string, then one buffer) put `docs --format html` at 2 GiB.
 * The pieces must make exactly the text `render()` gives, and the writer must
 * write, hash and compare them as it does a page rendered whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookFiles, planHandbook, writeDocs } from '../../src/docs/index.js';
import { temporaryDirs } from '../support/tmp.js';
import { example } from './fixtures.js';

const tmp = temporaryDirs('orgctl-html-pieces-');

describe('the HTML handbook in pieces', () => {
  for (const name of ['ops-center', 'matrix-ecommerce', 'minimal-en']) {
    it(`${name}: the pieces are the rendered text, an article at a time`, () => {
      const [file] = handbookFiles(example(name).model, { format: 'html' });
      const pieces: string[] = [];
      file!.renderTo!((chunk) => pieces.push(chunk));
      const whole = file!.render();
      expect(pieces.join('')).toBe(whole);
      // Far more pieces than chapters: each article (a department, a role, a workflow) is its own.
      expect(pieces.length).toBeGreaterThan((whole.match(/<article /g) ?? []).length);
    });
  }

  it('is written from its pieces as the same bytes, and an identical file in place is left alone', async () => {
    const files = await planHandbook(example('matrix-ecommerce').model, { format: 'html', chart: 'none' });
    const dir = tmp();
    const first = writeDocs(dir, files);
    expect(first.changed).toBe(1);
    const written = fs.readFileSync(path.join(dir, 'handbook.html'), 'utf8');
    expect(written).toBe(files[0]!.render());
    // A copy not written by orgctl but identical to what it would write is no conflict (hashed from the pieces).
    const other = tmp();
    fs.writeFileSync(path.join(other, 'handbook.html'), written);
    expect(writeDocs(other, files).changed).toBe(0);
    expect(writeDocs(dir, files).changed).toBe(0);
  });
});
