/** Backstage export: every entity passes @backstage/catalog-model's own policies and kind validators; the name mapping never collides. */
import path from 'node:path';
import {
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  DefaultNamespaceEntityPolicy,
  groupEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  makeValidator,
  type Entity,
} from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BackstageNames, backstageBase } from '../../src/export/backstageName.js';
import { exportBackstage } from '../../src/export/backstage.js';
import { loadOrg } from '../../src/model/load.js';
import { modelOf, ORG } from '../helpers.js';
import { EMAIL_CASES } from './emailCases.js';

const GOLDEN_ORG = path.join(import.meta.dirname, '../golden/import/花名册');
const policy = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
]);

function entities(text: string): Entity[] {
  return parseAllDocuments(text).map((d) => d.toJSON() as Entity);
}

async function checkAll(list: Entity[]): Promise<void> {
  for (const e of list) {
    const enforced = await policy.enforce(e);
    expect(enforced, e.metadata.name).toBeDefined();
    const validator = e.kind === 'Group' ? groupEntityV1alpha1Validator : userEntityV1alpha1Validator;
    expect(await validator.check(e), e.metadata.name).toBe(true);
  }
}

describe('export --format backstage', () => {
  it('the imported 300-person org: valid Group and User entities, parents and children agree, users are members of existing groups', async () => {
    const list = entities(exportBackstage(loadOrg([GOLDEN_ORG])));
    await checkAll(list);
    const groups = new Map(list.filter((e) => e.kind === 'Group').map((g) => [g.metadata.name, g]));
    expect(groups.size).toBe(25); // the organization and 24 departments
    for (const g of groups.values()) {
      const spec = g.spec as { parent?: string; children: string[]; type: string; profile: { displayName: string } };
      for (const c of spec.children) expect((groups.get(c)?.spec as { parent?: string }).parent).toBe(g.metadata.name);
      if (spec.parent !== undefined) expect(groups.has(spec.parent)).toBe(true);
      expect(['organization', 'department', 'team']).toContain(spec.type);
    }
    expect(groups.get(backstageBase('推广组'))?.spec).toMatchObject({
      type: 'team',
      parent: backstageBase('运营部'),
      profile: { displayName: '推广组' },
    });
    const users = list.filter((e) => e.kind === 'User');
    expect(users).toHaveLength(283);
    for (const u of users) for (const m of (u.spec as { memberOf: string[] }).memberOf) expect(groups.has(m)).toBe(true);
  });

  it('the same name without e-mail is one person (in both seats); with an e-mail, another user', async () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: d\nname: D\nroles:\n  - {id: a, title: A, holders: [张伟]}\n  - {id: b, title: B, reports_to: a, holders: [张伟, {name: 张伟, email: zw@x.cn}]}\n`,
    });
    const users = entities(exportBackstage(model)).filter((e) => e.kind === 'User');
    await checkAll(users);
    expect(users.map((u) => u.metadata.name)).toEqual([backstageBase('张伟'), 'zw']);
  });

  it("one user per address with the domain's case ignored (zw@Example.COM is zw@example.com), the local part's kept, as in JSON-LD", async () => {
    const model = modelOf({ 'org.yaml': EMAIL_CASES });
    const users = entities(exportBackstage(model)).filter((e) => e.kind === 'User');
    await checkAll(users);
    const emails = users.map((u) => (u.spec as { profile: { email: string } }).profile.email);
    expect(emails).toEqual(['zw@example.com', 'ZW@example.com']);
  });

  it('the name mapping: ASCII kept lower-cased, other characters as u<hex>, within the name policy', () => {
    expect(backstageBase('运营部')).toBe('u8fd0-u8425-u90e8');
    expect(backstageBase('Ops-运营')).toBe('ops-u8fd0-u8425');
    expect(backstageBase('a.b_c')).toBe('a.b_c');
    const long = backstageBase('电'.repeat(40));
    expect(long.length).toBeLessThanOrEqual(63);
  });

  it('is collision-free on ids that map alike (case, separators, long ids) and every name passes the name policy', () => {
    const ids = [
      'Sales',
      'sales',
      'SALES',
      'a--b',
      'a-b',
      'a-.b',
      '-',
      '电'.repeat(40),
      '电'.repeat(41),
      `${'电'.repeat(40)}x`,
      '运营部',
      '运营部-2',
    ];
    for (let i = 0; i < 500; i++) ids.push(`组${i}`, `Team${i % 50}`, `team${i % 50}`);
    const names = new BackstageNames();
    const seen = new Map<string, string>();
    const valid = makeValidator();
    for (const id of new Set(ids)) {
      const n = names.name(id);
      expect(seen.get(n), `${id} and ${seen.get(n) ?? ''} both → ${n}`).toBeUndefined();
      seen.set(n, id);
      expect(valid.isValidEntityName(n), n).toBe(true);
      expect(names.name(id)).toBe(n); // stable for the same id
    }
  });

  it('gives each id the same name whichever file comes first (renaming a file must not hand user:ann or group:sales to someone else)', () => {
    const sales = 'kind: Department\nid: Sales\nname: S\nroles:\n  - {id: boss, title: B, holders: [Ann]}\n';
    const other = 'kind: Department\nid: sales\nname: s\nroles:\n  - {id: r2, title: R, reports_to: boss, holders: [ann]}\n';
    const namesOf = (files: Record<string, string>) =>
      entities(exportBackstage(modelOf(files)))
        .map((e) => `${e.kind} ${e.metadata.annotations?.['orgctl.dev/id'] ?? ''} → ${e.metadata.name}`)
        .sort();
    const first = namesOf({ 'org.yaml': ORG, 'a.yaml': sales, 'b.yaml': other });
    expect(namesOf({ 'org.yaml': ORG, 'a.yaml': other, 'b.yaml': sales })).toEqual(first);
    expect(first).toContain('Group Sales → sales');
    expect(first).toContain('User Ann → ann');
  });

  it('is YAML 1.2 a strict parser reads: no DEL or C1 control from a name (js-yaml, which Backstage uses, refuses them)', async () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: a\nname: "运营\\x7f部"\nroles:\n  - {id: r, title: "岗\\x9b2J", holders: ["张\\x85三\\x9b31m"]}\n`,
    });
    const text = exportBackstage(model);
    // YAML 1.2 c-printable: tab, LF, CR, x20-x7E, x85 (NEL), xA0 and up; anything else must not appear raw.
    expect(text.match(/[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu)).toBeNull();
    const list = entities(text);
    expect(list.find((e) => e.metadata.annotations?.['orgctl.dev/id'] === 'a')?.spec?.profile).toEqual({ displayName: '运营\ufffd部' });
    await checkAll(list);
  });

  it('gives the organization its own Group name: a department with the id `org` in an org without an Organization document is another Group', async () => {
    const model = modelOf({ 'org.yaml': 'kind: Department\nid: org\nname: Org dept\nroles:\n  - {id: ceo, title: CEO, holders: [Ann]}\n' });
    const groups = entities(exportBackstage(model)).filter((e) => e.kind === 'Group');
    await checkAll(groups);
    const names = groups.map((g) => g.metadata.name);
    expect(new Set(names).size).toBe(names.length);
    const [org, dept] = groups as [Entity, Entity];
    expect((org.spec as { children: string[] }).children).toEqual([dept.metadata.name]);
    expect((dept.spec as { parent: string }).parent).toBe(org.metadata.name);
    expect(dept.metadata.name).not.toBe(org.metadata.name);
  });

  it('prints inert on a terminal: a bidi control in a name is written as its YAML escape, and reads back as the same name', async () => {
    const model = modelOf({
      'org.yaml': `${ORG}---\nkind: Department\nid: a\nname: "运营\\u202e部"\nroles:\n  - {id: r, title: "岗\\u2066位", holders: ["Zoë\\u202eevil\\u200f"]}\n`,
    });
    const text = exportBackstage(model);
    expect(text.match(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu)).toBeNull();
    expect(text).toContain('"运营\\u202e部"');
    const list = entities(text);
    await checkAll(list);
    expect(list.find((e) => e.metadata.annotations?.['orgctl.dev/id'] === 'a')?.metadata.title).toBe('运营\u202e部');
    expect(list.find((e) => e.kind === 'User')?.metadata.title).toBe('Zoë\u202eevil\u200f');
  });

  it('is deterministic', () => {
    const model = loadOrg([GOLDEN_ORG]);
    expect(exportBackstage(model)).toBe(exportBackstage(loadOrg([GOLDEN_ORG])));
  });
});
