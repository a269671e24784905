/**
 * examples/ and templates/ hold the same four orgs: the examples carry notes on
 * where each fact comes from in the seed documents, the templates notes for the
 * person adapting them. Comments may differ; the data may not. A change to one
 * that is not made to the other fails here. One difference is deliberate: the
 * templates leave out the seed company's brand (曼曼), so the Organization's id
 * and name, and the brand inside texts, are not compared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { listTemplates } from '../src/init/templates.js';

const ROOT = path.resolve(__dirname, '..');

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

const BRAND = /曼曼(电商·)?/g;

/** A document as data, with the brand taken out (see above). */
function unbranded(doc: unknown): unknown {
  if (typeof doc === 'string') return doc.replace(BRAND, '');
  if (Array.isArray(doc)) return doc.map(unbranded);
  if (doc && typeof doc === 'object') {
    const entries = Object.entries(doc).filter(
      ([key]) => !((doc as { kind?: unknown }).kind === 'Organization' && (key === 'id' || key === 'name')),
    );
    return Object.fromEntries(entries.map(([key, value]) => [key, unbranded(value)]));
  }
  return doc;
}

/** Every document of every file as plain data, comments dropped. */
function dataOf(dir: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const file of yamlFiles(dir))
    out[file] = parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((d) => unbranded(d.toJS()));
  return out;
}

describe('examples/ and templates/ hold the same orgs', () => {
  const shared = listTemplates().filter((t) => fs.existsSync(path.join(ROOT, 'examples', t.name)));

  it('all four templates have an example', () => {
    expect(shared.map((t) => t.name).sort()).toEqual(['ecommerce-startup', 'minimal-en', 'ops-center', 'project-ecommerce']);
  });

  for (const t of shared) {
    it(`${t.name}: the same files, documents and values (comments aside)`, () => {
      expect(dataOf(t.dir)).toEqual(dataOf(path.join(ROOT, 'examples', t.name)));
    });
  }
});
