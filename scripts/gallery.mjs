#!/usr/bin/env node
/**
 * The gallery (docs/gallery.md and docs/gallery/<example>.svg): every bundled example's org chart, drawn
 * by orgctl itself, so people see what it draws before they install it.
 *
 *   npm run gallery        (after npm run build) rewrites docs/gallery*
 *
 * tests/gallery.test.ts calls galleryFiles() with the library built from src/ and fails when a committed
 * file differs from what orgctl draws today: run `npm run gallery` and commit the images with the change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Effective-dated examples are drawn at one fixed date, so the gallery does not change with the calendar. */
export const GALLERY_DATE = '2027-01-01';

/** The examples shown: every folder of examples/ but the deliberately broken one, in name order. */
export function galleryExamples(root = ROOT) {
  return fs
    .readdirSync(path.join(root, 'examples'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'broken')
    .map((d) => d.name)
    .sort();
}

/** What one line of Markdown may carry from an org's own text: no markup, no line breaks. */
function plain(text) {
  return (
    text
      .replace(/\s+/g, ' ')
      // YAML folds a long CJK line with a space; in Chinese that space is an artefact of the folding.
      .replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '')
      .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
      .trim()
  );
}

/**
 * Map of repository-relative path → content. `api` is orgctl's library (`dist/api.js`, or `src/api.ts` in
 * the test); `loadOrg`, `computeStats` and `renderChart` are all it needs.
 */
export async function galleryFiles(api, root = ROOT) {
  const files = new Map();
  const sections = [];
  for (const name of galleryExamples(root)) {
    const model = api.loadOrg([path.join('examples', name)], root, undefined, { asOf: GALLERY_DATE });
    const svg = await api.renderChart(model, { format: 'svg' });
    files.set(`docs/gallery/${name}.svg`, svg);
    const org = model.organization;
    const seats = [...model.roles.values()].reduce((n, r) => n + r.headcount, 0);
    const count = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
    const figures = [
      count(model.departments.size, 'department'),
      count(model.roles.size, 'role'),
      count(seats, 'seat'),
      count(model.kpis.size, 'KPI'),
      count(model.workflows.size, 'workflow'),
    ].join(' · ');
    sections.push(
      [
        `## ${plain(org?.name ?? name)} — [\`examples/${name}\`](../examples/${name}/)`,
        '',
        ...(org?.description ? [plain(org.description), ''] : []),
        figures,
        '',
        // The image is the org as of GALLERY_DATE: without --as-of a reader would draw today's.
        `\`orgctl chart examples/${name}${model.dating ? ` --as-of ${GALLERY_DATE}` : ''} -o ${name}.svg\``,
        '',
        `![${plain(org?.name ?? name)}](gallery/${name}.svg)`,
        '',
      ].join('\n'),
    );
  }
  files.set(
    'docs/gallery.md',
    [
      '# Gallery',
      '',
      '<!-- Written by `npm run gallery` (scripts/gallery.mjs); tests/gallery.test.ts fails when it drifts from what orgctl draws. -->',
      '',
      `Every bundled example, drawn by \`orgctl chart\` with its defaults (effective-dated examples as of ${GALLERY_DATE}).`,
      'Each image is the real output, committed; the test suite fails when a change to orgctl would draw it differently.',
      '',
      ...sections,
    ].join('\n'),
  );
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const api = await import(path.join(ROOT, 'dist/api.js'));
  for (const old of fs.readdirSync(path.join(ROOT, 'docs/gallery'))) fs.rmSync(path.join(ROOT, 'docs/gallery', old));
  for (const [rel, text] of await galleryFiles(api)) fs.writeFileSync(path.join(ROOT, rel), text);
  console.log(`gallery: ${galleryExamples().length} examples → docs/gallery.md`);
}
