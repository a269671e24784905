/**
 * The benchmark org generator (bench/generate.mjs): what it writes must
 * validate clean, be byte-identical for the same parameters, and its variant
 * must change about 1% of the roles and nothing else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM scripts without type declarations
import { generateOrg, generateOrgFiles, isCurrent } from '../bench/generate.mjs';
// @ts-expect-error -- plain ESM scripts without type declarations
import { scalar } from '../bench/gen/render.mjs';
import type { OrgModel } from '../src/model/types.js';
import { runRules } from '../src/lint/engine.js';
import { modelOf } from './helpers.js';

interface Generated {
  files: Map<string, string>;
  stats: { roles: number; departments: number; kpis: number; workflows: number; seats: number; files: number; bytes: number };
  changes: { kind: string; id: string; before: unknown; after: unknown }[];
}

const generate = (opts: { roles: number; seed?: number; variant?: number }): Generated => generateOrgFiles(opts);
const modelFrom = (g: Generated): OrgModel => modelOf(Object.fromEntries(g.files));

describe('generateOrg', () => {
  const small = generate({ roles: 1000, seed: 1 });
  const smallModel = modelFrom(small);

  it('writes an org that validates with no findings at all', () => {
    expect(runRules(smallModel)).toEqual([]);
  });

  it('has exactly the roles asked for, ~1 KPI per 20 roles and ~1 workflow per 200', () => {
    expect(smallModel.roles.size).toBe(1000);
    expect(smallModel.kpis.size).toBe(50);
    expect(smallModel.workflows.size).toBe(5);
    expect(small.stats).toMatchObject({ roles: 1000, kpis: 50, workflows: 5, departments: smallModel.departments.size });
  });

  it('splits the org over one file per department and mixes inline and standalone roles', () => {
    expect(small.stats.files).toBeGreaterThan(smallModel.departments.size);
    const roles = [...smallModel.roles.values()];
    expect(roles.some((r) => r.inline)).toBe(true);
    expect(roles.some((r) => !r.inline)).toBe(true);
    expect([...small.files.keys()].some((p) => p.startsWith('roles/'))).toBe(true);
    for (const d of smallModel.departments.values()) expect(d.source.path).toMatch(/^departments\//);
  });

  it('uses Chinese titles and names, headcounts 1–5, holders on some roles and a few dotted lines', () => {
    const roles = [...smallModel.roles.values()];
    expect(roles.every((r) => /\p{Script=Han}/u.test(r.title) || /^[A-Z]+/.test(r.title))).toBe(true);
    expect(new Set(roles.map((r) => r.headcount))).toEqual(new Set([1, 2, 3, 4, 5]));
    const held = roles.filter((r) => r.holders);
    expect(held.length).toBeGreaterThan(roles.length / 3);
    expect(held.length).toBeLessThan(roles.length);
    expect(held.every((r) => r.holders!.every((h) => /^\p{Script=Han}{2,4}$/u.test(h.name)))).toBe(true);
    const dotted = roles.filter((r) => r.dottedLine.length);
    expect(dotted.length).toBeGreaterThan(0);
    expect(dotted.length).toBeLessThan(roles.length / 50);
  });

  it('builds a department tree a few levels deep with ~20–40 roles per working department', () => {
    const model = modelFrom(generate({ roles: 10000, seed: 3 }));
    expect(runRules(model)).toEqual([]);
    const levels = (id: string): number => {
      const parent = model.departments.get(id)!.parent;
      return parent === undefined ? 0 : 1 + levels(parent);
    };
    expect(Math.max(...[...model.departments.keys()].map(levels))).toBe(3);
    const leaves = [...model.departments.values()].filter((d) => !model.hierarchy.subDepartments.has(d.id));
    const sizes = leaves.map((d) => model.hierarchy.departmentRoles.get(d.id)!.length).sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThanOrEqual(20);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(40);
    expect(Math.max(...model.hierarchy.depth.values())).toBeLessThanOrEqual(8);
  });

  it('stays clean and exact at small sizes (a single working department) and rejects too few roles', () => {
    for (const roles of [10, 46, 47, 200]) {
      const model = modelFrom(generate({ roles, seed: 9 }));
      expect(runRules(model)).toEqual([]);
      expect(model.roles.size).toBe(roles);
    }
    expect(() => generate({ roles: 9 })).toThrow(/roles must be a whole number ≥ 10/);
  });

  it('is deterministic: the same parameters give byte-identical files, another seed other files', () => {
    expect(generate({ roles: 1000, seed: 1 }).files).toEqual(small.files);
    const other = generate({ roles: 1000, seed: 2 }).files;
    expect(other.get('departments/hq.yaml')).not.toEqual(small.files.get('departments/hq.yaml'));
  });
});

describe('variant', () => {
  const base = generate({ roles: 2000, seed: 1 });
  const variant = generate({ roles: 2000, seed: 1, variant: 1 });
  const before = modelFrom(base);
  const after = modelFrom(variant);

  it('stays clean', () => {
    expect(runRules(after)).toEqual([]);
  });

  it('changes ~1% of the roles with moves, re-reports, retitles and headcount changes', () => {
    expect(variant.changes).toHaveLength(20);
    expect(new Set(variant.changes.map((c) => c.kind))).toEqual(new Set(['title', 'headcount', 'reports_to', 'department']));
    expect(new Set(variant.changes.map((c) => c.id)).size).toBe(20);
    expect(after.roles.size).toBe(before.roles.size);
  });

  it('changes exactly the roles it lists, in the way it lists', () => {
    const fieldOf = { title: 'title', headcount: 'headcount', reports_to: 'reportsTo', department: 'department' } as const;
    const changed = new Set(variant.changes.map((c) => c.id));
    for (const c of variant.changes) {
      const key = fieldOf[c.kind as keyof typeof fieldOf];
      expect(before.roles.get(c.id)![key]).toBe(c.before);
      expect(after.roles.get(c.id)![key]).toBe(c.after);
    }
    const same = (id: string) => {
      const a = before.roles.get(id)!;
      const b = after.roles.get(id)!;
      return a.title === b.title && a.headcount === b.headcount && a.reportsTo === b.reportsTo && a.department === b.department;
    };
    expect([...before.roles.keys()].filter((id) => !changed.has(id) && !same(id))).toEqual([]);
  });

  it('is deterministic, and different for another variant number', () => {
    expect(generate({ roles: 2000, seed: 1, variant: 1 }).files).toEqual(variant.files);
    expect(generate({ roles: 2000, seed: 1, variant: 2 }).changes).not.toEqual(variant.changes);
  });
});

describe('writing to disk', () => {
  it('writes the files and a stamp, and reports whether a directory is current', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-gen-'));
    try {
      const stamp = generateOrg(dir, { roles: 100, seed: 5 });
      expect(stamp.stats.roles).toBe(100);
      expect(fs.readFileSync(path.join(dir, 'organization.yaml'), 'utf8')).toContain('kind: Organization');
      expect(isCurrent(dir, { roles: 100, seed: 5 })).toBe(true);
      expect(isCurrent(dir, { roles: 100, seed: 6 })).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to empty a directory it did not write', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-gen-'));
    try {
      fs.writeFileSync(path.join(dir, 'mine.yaml'), 'kind: Organization\n');
      expect(() => generateOrg(dir, { roles: 100, seed: 1 })).toThrow(/not written by bench\/generate/);
      expect(fs.existsSync(path.join(dir, 'mine.yaml'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scalar', () => {
  // The script has no type declarations: its signature, as render.mjs documents it.
  const yamlScalar = scalar as (value: string, inFlow?: boolean) => string;

  it('quotes exactly the strings YAML would not read back as the same string', () => {
    for (const s of [
      '123',
      '1.5',
      'true',
      'off',
      'null',
      '~',
      '',
      '- x',
      'a: b',
      'x #y',
      '[a]',
      '网络客服部',
      '48小时内发货订单数 / 应发货订单数',
      'P1',
    ]) {
      expect(parse(`v: ${yamlScalar(s)}`, { version: '1.2', schema: 'core' }).v).toBe(s);
      expect(parse(`v: [${yamlScalar(s, true)}]`, { version: '1.2', schema: 'core' }).v).toEqual([s]);
    }
    expect(scalar('网络客服部')).toBe('网络客服部');
    expect(scalar('off')).toBe('off');
    expect(scalar('true')).toBe('"true"');
  });
});
