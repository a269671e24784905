/**
 * Property-based hardening: random and mutated org documents never crash the
 * pipeline, and every finding is well-formed (known rule, severity, position
 * inside the file, entity a string).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateOrg } from '../src/api.js';
import { RULE_IDS } from '../src/rules/index.js';
import { modelOf, ORG } from './helpers.js';

const id = fc.constantFrom('gm', 'ops', 'cs', 'cs-lead', '客服主管', '运营部', 'k1', 'w1', 'x', '-bad', '', 'ops-leed');
const scalar = fc.oneof(id, fc.integer({ min: -5, max: 200 }), fc.boolean(), fc.constant(null), fc.string({ maxLength: 6 }));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('id', 'role', 'target', 'name', 'x-a', 'bogus'), tie('v'), { maxKeys: 3 })),
})).v;

const kind = fc.constantFrom('Organization', 'Department', 'Role', 'KPI', 'Workflow', 'Departmnet');
const FIELDS = ['id', 'name', 'title', 'department', 'reports_to', 'parent', 'head', 'headcount', 'holders', 'dotted_line', 'kpis', 'roles', 'steps', 'owner', 'target', 'unit', 'range', 'next', 'top', 'rules', 'headcount_budget', 'apiVersion', 'x-note', 'reprots_to'];
const doc = fc.record({ kind, fields: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(id, value), { maxKeys: 8 }) }).map(({ kind: k, fields }) => ({ kind: k, ...fields }));

function assertWellFormed(files: Record<string, string>) {
  const model = modelOf(files);
  const { findings, summary } = validateOrg(model);
  for (const f of findings) {
    expect(RULE_IDS).toContain(f.rule);
    expect(['error', 'warning']).toContain(f.severity);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    if (f.file !== undefined) {
      expect(files[f.file]).toBeDefined();
      const lines = files[f.file]!.split('\n').length;
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(lines + 1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
    if (f.entity !== undefined) expect(typeof f.entity).toBe('string');
  }
  expect(summary.errors + summary.warnings).toBe(findings.length);
}

describe('fuzz: loader, model and rules', () => {
  it('random org-shaped documents never crash and give well-formed findings', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 8 }), (docs) => {
        const text = docs.map((d) => stringify(d)).join('---\n');
        assertWellFormed({ 'a.yaml': ORG, 'b.yaml': text });
      }),
      { numRuns: 300 },
    );
  });

  it('mutated text (random edits of a valid org) never crashes', () => {
    const base = ORG + '---\nkind: Department\nid: cs\nname: 客服部\nhead: lead\nroles:\n  - id: lead\n    title: 主管\n    holders: [张三]\n  - id: agent\n    title: 客服\n    reports_to: lead\n    headcount: 4\n---\nkind: Workflow\nid: w\nname: 流程\nsteps:\n  - {id: a, role: lead, next: [b]}\n  - {id: b, role: agent}\n';
    const edit = fc.record({ at: fc.nat({ max: base.length }), del: fc.nat({ max: 8 }), ins: fc.string({ maxLength: 6, unit: fc.constantFrom(':', '-', ' ', '\n', '[', ']', '{', '}', '&a', '*a', '#', '"', "'", 'x', '客', '\t', '|', '>', '!', '%', '@', '\u0000') }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = base;
        for (const e of edits) text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
        assertWellFormed({ 'org.yaml': text });
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings as files never crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => assertWellFormed({ 'a.yaml': ORG, 'z.yaml': text })),
      { numRuns: 300 },
    );
  });
});
