/**
 * The diff SVG of every restructure fixture, in English and in the org's
 * Chinese: tests/golden/diff/<case>.svg and zh-CN/<case>.svg (regenerate
 * with UPDATE_GOLDEN=1 and look at them). svgBrowser.test.ts opens each in
 * headless Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/api.js';
import { diffOrgs, formatDiffSvg } from '../../src/diff/index.js';
import { goldenIn } from '../support/golden.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');
const GOLDEN = path.resolve(__dirname, '../golden/diff');
const SVG_CASES = fs.readdirSync(FIXTURES).sort();
const LABELS = { before: 'main', after: 'restructure' };

const golden = goldenIn(GOLDEN);

describe('diff SVG of every restructure fixture (golden)', () => {
  it('covers every fixture', () => {
    expect(SVG_CASES).toEqual(expect.arrayContaining(['promote-holder', 'removal-over-policy', 'rename', 'span-still-over']));
  });

  for (const name of SVG_CASES) {
    it(
      name,
      async () => {
        const cwd = path.join(FIXTURES, name);
        const result = diffOrgs(loadOrg(['before'], cwd), loadOrg(['after'], cwd));
        golden(`${name}.svg`, await formatDiffSvg(result, { labels: LABELS, locale: 'en' }));
        golden(`zh-CN/${name}.svg`, await formatDiffSvg(result, { labels: LABELS }));
      },
      60_000,
    );
  }
});
