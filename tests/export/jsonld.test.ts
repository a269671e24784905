/** JSON-LD export in the W3C ORG ontology: the jsonld library expands it and its RDF has the expected triples. */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { exportJsonLd } from '../../src/export/jsonld.js';
import { modelOf, ORG } from '../helpers.js';
import { EMAIL_CASES } from './emailCases.js';

const ORG_NS = 'http://www.w3.org/ns/org#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const model = modelOf({
  'org.yaml': `${ORG}top: 总监
---
kind: Department
id: 电商中心
name: 电商中心
head: 总监
roles:
  - {id: 总监, title: 电商总监, holders: [{name: 张伟, email: zw@example.com}]}
---
kind: Department
id: 推广组
name: 推广组
parent: 电商中心
head: 推广主管
roles:
  - {id: 推广主管, title: 推广主管, reports_to: 总监, holders: [李娜]}
  - {id: 推广专员, title: 推广专员, reports_to: 推广主管, headcount: 3, holders: ['=cmd', 王芳]}
`,
});

const base = 'urn:orgctl:acme:';
const iri = (kind: string, id: string) => `<${base}${kind}/${encodeURIComponent(id)}>`;

describe('export --format jsonld', () => {
  it('toRDF gives the ORG triples: units, posts, reporting lines, holders and heads', async () => {
    const doc = JSON.parse(exportJsonLd(model)) as jsonld.JsonLdDocument;
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' })) as unknown as string;
    const triples = new Set(nquads.trim().split('\n'));
    const expected = [
      `${iri('organization', 'acme')} <${RDF_TYPE}> <${ORG_NS}Organization> .`,
      `${iri('unit', '电商中心')} <${RDF_TYPE}> <${ORG_NS}OrganizationalUnit> .`,
      `${iri('unit', '电商中心')} <${ORG_NS}subOrganizationOf> ${iri('organization', 'acme')} .`,
      `${iri('unit', '推广组')} <${ORG_NS}subOrganizationOf> ${iri('unit', '电商中心')} .`,
      `${iri('post', '推广专员')} <${RDF_TYPE}> <${ORG_NS}Post> .`,
      `${iri('post', '推广专员')} <${ORG_NS}postIn> ${iri('unit', '推广组')} .`,
      `${iri('post', '推广专员')} <${ORG_NS}reportsTo> ${iri('post', '推广主管')} .`,
      `${iri('post', '推广专员')} <https://orgctl.dev/ns#headcount> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
      `${iri('post', '推广专员')} <${ORG_NS}heldBy> ${iri('person', '王芳')} .`,
      `${iri('person', '王芳')} <${ORG_NS}holds> ${iri('post', '推广专员')} .`,
      `${iri('person', 'zw@example.com')} <${ORG_NS}headOf> ${iri('unit', '电商中心')} .`,
      `${iri('person', '李娜')} <${ORG_NS}headOf> ${iri('unit', '推广组')} .`,
      `${iri('person', '=cmd')} <http://xmlns.com/foaf/0.1/name> "=cmd" .`,
      `${iri('post', '总监')} <http://www.w3.org/2004/02/skos/core#prefLabel> "电商总监" .`,
    ];
    for (const t of expected) expect(triples, t).toContain(t);
    // The top post reports to no one.
    expect([...triples].filter((t) => t.startsWith(`${iri('post', '总监')} <${ORG_NS}reportsTo>`))).toEqual([]);
  });

  it('expands with every node typed in the ORG vocabulary, and a --base prefix is used as given', async () => {
    const expanded = await jsonld.expand(JSON.parse(exportJsonLd(model, 'https://example.com/org/')) as jsonld.JsonLdDocument);
    const types = expanded.map((n) => (n['@type'] as string[])[0]);
    expect(types.filter((t) => t === `${ORG_NS}Post`)).toHaveLength(3);
    expect(types.filter((t) => t === `${ORG_NS}OrganizationalUnit`)).toHaveLength(2);
    expect(expanded.every((n) => String(n['@id']).startsWith('https://example.com/org/'))).toBe(true);
  });

  it("one foaf:Person per address with the domain's case ignored (zw@Example.COM is zw@example.com), the local part's kept, as in Backstage", () => {
    const doc = JSON.parse(exportJsonLd(modelOf({ 'org.yaml': EMAIL_CASES }))) as {
      '@graph': { '@id': string; '@type': string; 'foaf:mbox'?: string; 'org:holds'?: string[] }[];
    };
    const people = doc['@graph'].filter((n) => n['@type'] === 'foaf:Person');
    expect(people.map((p) => [p['@id'], p['foaf:mbox'], p['org:holds']])).toEqual([
      [`${base}person/${encodeURIComponent('zw@example.com')}`, 'mailto:zw@example.com', [`${base}post/a`, `${base}post/b`]],
      [`${base}person/${encodeURIComponent('ZW@example.com')}`, 'mailto:ZW@example.com', [`${base}post/c`]],
    ]);
  });

  it('foaf:mbox is the mailto: IRI FOAF defines (a resource, not a string literal), also for an address an IRI cannot hold as typed', async () => {
    const m = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: d\nname: D\nroles:\n  - {id: r, title: R, headcount: 2, holders: [{name: A, email: zw@example.com}, {name: B, email: "b c<x>@example.com"}]}\n`,
    });
    const doc = JSON.parse(exportJsonLd(m)) as jsonld.JsonLdDocument;
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' })) as unknown as string;
    const mbox = nquads
      .trim()
      .split('\n')
      .filter((t) => t.includes('<http://xmlns.com/foaf/0.1/mbox>'))
      .sort();
    expect(mbox).toEqual([
      `${iri('person', 'b c<x>@example.com')} <http://xmlns.com/foaf/0.1/mbox> <mailto:b%20c%3Cx%3E@example.com> .`,
      `${iri('person', 'zw@example.com')} <http://xmlns.com/foaf/0.1/mbox> <mailto:zw@example.com> .`,
    ]);
  });

  it('a department parent loop is cut where the rest of orgctl cuts it: subOrganizationOf never goes round (a consumer walking up would not stop)', () => {
    const m = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: a\nname: A\nparent: b\n---\nkind: Department\nid: b\nname: B\nparent: a\n`,
    });
    const doc = JSON.parse(exportJsonLd(m)) as { '@graph': Record<string, string>[] };
    const parent = new Map(doc['@graph'].filter((n) => n['org:subOrganizationOf']).map((n) => [n['@id'], n['org:subOrganizationOf']]));
    expect(parent.get(`${base}unit/a`)).toBe(`${base}organization/acme`);
    expect(parent.get(`${base}unit/b`)).toBe(`${base}unit/a`);
  });

  it('a lone surrogate in a name or e-mail (a YAML "\\uD800" escape) is U+FFFD in the IRI, not "internal error: URI malformed"', async () => {
    const m = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: d\nname: D\nroles:\n  - {id: r, title: R, headcount: 2, holders: ["Ann\\uD800", {name: B, email: "b\\uDC00@example.com"}]}\n`,
    });
    const doc = JSON.parse(exportJsonLd(m)) as { '@graph': { '@id': string; 'foaf:mbox'?: string }[] };
    const ids = doc['@graph'].map((n) => n['@id']);
    expect(ids).toContain(iri('person', 'Ann\ufffd').slice(1, -1));
    expect(ids).toContain(iri('person', 'b\ufffd@example.com').slice(1, -1));
    expect(doc['@graph'].find((n) => n['foaf:mbox'])?.['foaf:mbox']).toBe('mailto:b%EF%BF%BD@example.com');
    await jsonld.toRDF(doc, { format: 'application/n-quads' });
  });

  it('is deterministic', () => {
    expect(exportJsonLd(model)).toBe(exportJsonLd(model));
  });
});
