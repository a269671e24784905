/**
 * `export --format jsonld`: the org in the W3C Organization Ontology
 * (https://www.w3.org/TR/vocab-org/) as JSON-LD:
 *
 * - the org: `org:Organization`, `skos:prefLabel`;
 * - each department: `org:OrganizationalUnit`, `org:subOrganizationOf` its
 *   parent (a top department: the org), `org:unitOf` the org;
 * - each role: `org:Post`, `org:postIn` its department, `org:reportsTo` its
 *   manager's post, `orgctl:headcount` its seats;
 * - each holder: `foaf:Person` with `foaf:name`, `org:holds` the post (and
 *   the post `org:heldBy` them); a holder of a department's head role is
 *   `org:headOf` that department.
 *
 * IRIs are `<base><kind>/<id>` with the id percent-encoded; the base is
 * `urn:orgctl:<org id>:` unless given.
 */
import { UsageError } from '../core/errors.js';
import { jsonText } from '../core/escape/json.js';
import { departmentOrder } from '../model/hierarchy.js';
import type { OrgModel } from '../model/types.js';
import { exportedEmail } from './email.js';

export const CONTEXT = {
  org: 'http://www.w3.org/ns/org#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  orgctl: 'https://orgctl.dev/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  'org:subOrganizationOf': { '@type': '@id' },
  'org:unitOf': { '@type': '@id' },
  'org:postIn': { '@type': '@id' },
  'org:reportsTo': { '@type': '@id' },
  'org:heldBy': { '@type': '@id' },
  'org:holds': { '@type': '@id' },
  'org:headOf': { '@type': '@id' },
  // FOAF's mbox is a mailto: resource (matched as `?p foaf:mbox <mailto:…>`), not a string.
  'foaf:mbox': { '@type': '@id' },
  'orgctl:headcount': { '@type': 'xsd:integer' },
};

/**
 * An absolute IRI (RFC 3987): a scheme, a colon, and no character an IRI may not hold (blanks, controls,
 * `<>"{}|\\^` and the backtick). A relative base would make every `@id` relative, and JSON-LD resolves
 * those against wherever the file is read, or drops them from the RDF.
 */
// eslint-disable-next-line no-control-regex -- controls are what an IRI may not hold
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f-\u009f]*$/u;

/**
 * Percent-encoded for an IRI. A lone surrogate (a name written with a YAML `"\uD800"` escape) is no
 * character UTF-8 can hold, and encodeURIComponent throws on it: it becomes U+FFFD first.
 */
function encodeIriPart(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')); // `u`: matches unpaired surrogates only
}

/** `mailto:` and the address, each side of the `@` percent-encoded: a blank or `<` in it would make the IRI invalid and drop the triple. */
function mailto(email: string): string {
  return `mailto:${email.split('@').map(encodeIriPart).join('@')}`;
}

export function exportJsonLd(model: OrgModel, base?: string): string {
  if (base !== undefined && !ABSOLUTE_IRI.test(base)) {
    throw new UsageError(
      `--base must be an absolute IRI with a scheme and no blanks, such as https://example.com/org/ or urn:acme:, got ${JSON.stringify(base)}`,
    );
  }
  const orgId = model.organization?.id ?? 'org';
  const prefix = base ?? `urn:orgctl:${encodeURIComponent(orgId)}:`;
  const iri = (kind: string, id: string) => `${prefix}${kind}/${encodeIriPart(id)}`;
  const orgIri = iri('organization', orgId);
  const graph: Record<string, unknown>[] = [
    { '@id': orgIri, '@type': 'org:Organization', 'skos:prefLabel': model.organization?.name ?? orgId },
  ];
  // Parents as THE department walk has them: a parent loop is cut once there, as in every other output.
  const parentOf = new Map(departmentOrder(model).map(({ dept, parent }) => [dept.id, parent]));
  for (const d of model.departments.values()) {
    const up = parentOf.get(d.id);
    const parent = up ? iri('unit', up.id) : orgIri;
    graph.push({
      '@id': iri('unit', d.id),
      '@type': 'org:OrganizationalUnit',
      'skos:prefLabel': d.name,
      'org:subOrganizationOf': parent,
      'org:unitOf': orgIri,
    });
  }
  const heads = new Map<string, string[]>();
  for (const d of model.departments.values()) if (d.head !== undefined) heads.set(d.head, [...(heads.get(d.head) ?? []), d.id]);
  const people = new Map<string, Record<string, unknown> & { holds: string[]; headOf: string[] }>();
  for (const r of model.roles.values()) {
    const post: Record<string, unknown> = {
      '@id': iri('post', r.id),
      '@type': 'org:Post',
      'skos:prefLabel': r.title,
      'orgctl:headcount': r.headcount,
    };
    if (r.department !== undefined && model.departments.has(r.department)) post['org:postIn'] = iri('unit', r.department);
    const manager = model.hierarchy.manager.get(r.id);
    if (manager) post['org:reportsTo'] = iri('post', manager.id);
    const heldBy: string[] = [];
    for (const h of r.holders ?? []) {
      // One person per address, as the Backstage export counts them (export/email.ts).
      const email = h.email !== undefined ? exportedEmail(h.email) : undefined;
      const personId = email ?? h.name;
      const personIri = iri('person', personId);
      heldBy.push(personIri);
      let p = people.get(personIri);
      if (!p) {
        p = {
          '@id': personIri,
          '@type': 'foaf:Person',
          'foaf:name': h.name,
          ...(email !== undefined ? { 'foaf:mbox': mailto(email) } : {}),
          holds: [],
          headOf: [],
        };
        people.set(personIri, p);
      }
      p.holds.push(iri('post', r.id));
      for (const d of heads.get(r.id) ?? []) p.headOf.push(iri('unit', d));
    }
    if (heldBy.length) post['org:heldBy'] = heldBy;
    graph.push(post);
  }
  for (const { holds, headOf, ...p } of people.values()) {
    graph.push({ ...p, 'org:holds': holds, ...(headOf.length ? { 'org:headOf': headOf } : {}) });
  }
  return `${jsonText({ '@context': CONTEXT, '@graph': graph }, 2)}\n`;
}
