/**
 * `orgctl export`'s options say no rather than being ignored: `--base` belongs
 * to `--format jsonld`, and it must be an absolute IRI (a relative one makes
 * every node's @id relative, which JSON-LD resolves against wherever the file
 * happens to be read, or drops from the RDF).
 */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { exportJsonLd } from '../../src/export/jsonld.js';
import { modelOf, ORG } from '../helpers.js';
import { runMain } from '../support/main.js';

const ORG_DIR = 'examples/minimal-en';

describe('export --base', () => {
  it('is refused with another format (exit 2, one line) instead of being ignored', async () => {
    for (const format of ['csv', 'backstage']) {
      const run = await runMain(['export', ORG_DIR, '--format', format, '--base', 'https://example.com/org/']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('orgctl: --base applies to --format jsonld only\n');
    }
  });

  it('must be an absolute IRI: a relative one, blanks or an empty base is exit 2 with an example', async () => {
    for (const base of ['example.com/org/', '', 'https://example.com/my org/', '/org/']) {
      const run = await runMain(['export', ORG_DIR, '--format', 'jsonld', '--base', base]);
      expect(run.code, base).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('--base must be an absolute IRI');
      expect(run.stderr).toContain('https://example.com/org/');
    }
  });

  it('an absolute IRI is used as given, and every node keeps its @id in the RDF', async () => {
    const model = modelOf({
      'org.yaml': `${ORG}\n---\nkind: Department\nid: 运营部\nname: 运营部\nroles:\n  - {id: 运营主管, title: 运营主管}`,
    });
    for (const base of ['https://example.com/org/', 'urn:acme:', 'tag:example.com,2027:org/']) {
      const doc = JSON.parse(exportJsonLd(model, base)) as jsonld.JsonLdDocument;
      const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' })) as unknown as string;
      const subjects = new Set(
        nquads
          .trim()
          .split('\n')
          .map((t) => t.slice(0, t.indexOf('> ') + 1)),
      );
      expect(subjects.size, base).toBe(3); // the organization, the unit, the post
      for (const s of subjects) expect(s.startsWith(`<${base}`), s).toBe(true);
    }
  });
});
