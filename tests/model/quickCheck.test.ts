/**
 * The quick check (src/model/build/quickCheck.ts) must say exactly what zod
 * says: valid or not, and for a valid document the same data, keys in the
 * same order. zod reads the document stripped of its `x-` keys (and, at a
 * document's top, `$schema`); the quick check reads it as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { quickChecker, REFUSED } from '../../src/model/build/quickCheck.js';
import {
  DepartmentSchema,
  InlineRoleSchema,
  KpiSchema,
  OrganizationSchema,
  RoleSchema,
  TeamSchema,
  WorkflowSchema,
} from '../../src/model/schema.js';
import { stripExtensions } from '../../src/model/validateDoc.js';
import { lint, ORG } from '../helpers.js';

/** What zod gives for `value` as the model checks it: its data, or REFUSED. */
function byZod(schema: z.ZodType, value: Record<string, unknown>, top: boolean): unknown {
  const r = schema.safeParse(stripExtensions(value, top).clean);
  return r.success ? r.data : REFUSED;
}

function expectSame(schema: z.ZodType, value: Record<string, unknown>, top: boolean): void {
  const quick = quickChecker(schema)!(value, top);
  const zod = byZod(schema, value, top);
  expect(quick === REFUSED).toBe(zod === REFUSED);
  if (zod !== REFUSED) {
    expect(quick).toEqual(zod);
    expect(JSON.stringify(quick)).toBe(JSON.stringify(zod)); // the same key order
  }
}

const ROLE = {
  id: '客服主管',
  title: '客服主管',
  reports_to: '总经理',
  headcount: 2,
  holders: ['张伟', { name: '李娜', email: 'l@x.cn' }],
};

describe('quick check', () => {
  it('has a checker for every kind', () => {
    for (const s of [
      OrganizationSchema,
      RoleSchema,
      InlineRoleSchema,
      KpiSchema,
      TeamSchema,
      WorkflowSchema,
      DepartmentSchema.omit({ roles: true }),
    ])
      expect(quickChecker(s)).toBeDefined();
  });

  it.each<[string, Record<string, unknown>]>([
    [
      'rules and options',
      {
        kind: 'Organization',
        id: 'a',
        name: '阿克米',
        rules: { 'span-of-control': ['warn', { max: 8, 'x-why': 1 }], 'kpi-unused': 'off' },
      },
    ],
    [
      'a rule named __proto__ and an x- rule',
      JSON.parse('{"kind":"Organization","id":"a","name":"n","rules":{"__proto__":"warn","x-r":"bad","b":"error"}}') as Record<
        string,
        unknown
      >,
    ],
    ['a bad severity', { kind: 'Organization', id: 'a', name: 'n', rules: { r: 'warning' } }],
    ['rules as a list', { kind: 'Organization', id: 'a', name: 'n', rules: ['warn'] }],
    [
      'a diff policy',
      {
        kind: 'Organization',
        id: 'a',
        name: 'n',
        diff_policy: { max_roles_removed: '10%', protected: [{ role: 'ceo', needs_label: ['hr'] }] },
      },
    ],
    ['a bad diff policy', { kind: 'Organization', id: 'a', name: 'n', diff_policy: { max_roles_removed: '10 %' } }],
  ])('agrees with zod on an Organization with %s', (_name, value) => {
    expectSame(OrganizationSchema, value, true);
  });

  it.each<[string, Record<string, unknown>, boolean]>([
    ['a valid inline role', ROLE, false],
    ['keys in another order than the schema', { holders: ['张伟'], title: 't', id: 'a' }, false],
    ['x- keys at the top and inside a holder', { ...ROLE, 'x-hr': 1, holders: [{ name: '张伟', 'x-employee-id': 7 }] }, false],
    ['$schema in an inline role (an unknown field there)', { ...ROLE, $schema: 'x' }, false],
    ['an unknown field', { ...ROLE, tilte: 'x' }, false],
    ['a __proto__ key', JSON.parse('{"id":"a","title":"t","__proto__":{"title":1}}') as Record<string, unknown>, false],
    ['an empty holder', { ...ROLE, holders: [''] }, false],
    ['a holder of one astral character', { ...ROLE, holders: ['\u{20BB7}'] }, false],
    ['an infinite headcount', { ...ROLE, headcount: Infinity }, false],
    ['a fractional headcount', { ...ROLE, headcount: 1.5 }, false],
    ['a headcount past the safe integers', { ...ROLE, headcount: 2 ** 53 }, false],
    ['a competency level 6', { ...ROLE, competencies: [{ name: '沟通', level: 6 }] }, false],
    ['an id starting with a dash', { ...ROLE, id: '-a' }, false],
    ['a day that does not exist', { ...ROLE, effective_from: '2026-02-30' }, false],
    ['a KPI target written as a percent', { ...ROLE, kpis: [{ id: 'k', target: '5%' }] }, false],
  ])('agrees with zod on %s', (_name, value, top) => {
    expectSame(InlineRoleSchema, value, top);
  });

  it('skips $schema at a document top only', () => {
    const doc = { kind: 'KPI', id: 'k', name: '满意度', $schema: '../schema.json' };
    expectSame(KpiSchema, doc, true);
    expect(quickChecker(KpiSchema)!(doc, true)).not.toBe(REFUSED);
    expect(quickChecker(KpiSchema)!(doc, false)).toBe(REFUSED);
  });

  it('agrees with zod on random documents of every kind', () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        '',
        'a',
        '-a',
        '客服',
        '2026-01-01',
        '2026-02-30',
        '2h',
        '5%',
        'percent',
        'Role',
        'KPI',
        'orgctl/v1',
        '\u{20BB7}',
        'warn',
        'off',
        'en',
        'Organization',
      ),
      fc.constantFrom(0, 1, 2, 5, 6, 100, 101, -1, 1.5, Infinity, NaN, true, false, null),
    );
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom('name', 'email', 'level', 'id', 'target', 'role', 'seats', 'share', 'x-a', 'nme', 'max', 'kpi-unused'),
          tie('v'),
          {
            maxKeys: 3,
          },
        ),
      ),
    })).v;
    const keys = [
      'kind',
      'id',
      'title',
      'name',
      'department',
      'headcount',
      'holders',
      'competencies',
      'kpis',
      'steps',
      'members',
      'range',
      'effective_from',
      'x-note',
      '$schema',
      'tilte',
      'rules',
      'diff_policy',
      'locale',
    ];
    const doc = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 });
    for (const schema of [InlineRoleSchema, RoleSchema, KpiSchema, TeamSchema, WorkflowSchema, OrganizationSchema])
      fc.assert(
        fc.property(doc, fc.boolean(), (d, top) => {
          expectSame(schema, d, top);
        }),
        { numRuns: 400 },
      );
  });

  it('leaves the findings of an invalid role to zod, unchanged', () => {
    const text = `${ORG}---\nkind: Department\nid: 运营部\nname: 运营部\nroles:\n  - id: 客服\n    title: 客服\n    headcount: 1.5\n    x-note: 1\n`;
    expect(lint(text).map((f) => `${String(f.line)}:${String(f.column)} ${f.message}`)).toContain(
      "11:16 Role '客服': field 'headcount' must be a whole number, got number 1.5",
    );
  });
});
