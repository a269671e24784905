import fs from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonSchemaText, buildJsonSchema } from '../src/model/jsonSchema.js';

const committed = fs.readFileSync(new URL('../schemas/orgctl.schema.json', import.meta.url), 'utf8');

describe('JSON Schema', () => {
  it('schemas/orgctl.schema.json is exactly what `orgctl schema` generates (run `npm run schema:write` after changing src/model/schema.ts)', () => {
    expect(committed).toBe(jsonSchemaText());
  });

  it('is draft-07 with a description on every property', () => {
    const schema = buildJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      if (obj.properties && typeof obj.properties === 'object') {
        for (const [k, v] of Object.entries(obj.properties as Record<string, Record<string, unknown>>)) {
          if (typeof v.description !== 'string' || !v.description) missing.push(`${path}.${k}`);
        }
      }
      // `if` clauses only select the kind; they are not properties users write.
      for (const [k, v] of Object.entries(obj)) if (k !== 'if') walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(committed));
  const ok = (yaml: string) => validate(parse(yaml));

  it('accepts valid documents of every kind, with x- extensions and $schema', () => {
    expect(
      ok(
        'kind: Organization\nid: manman\nname: 曼曼电商\nlocale: zh-CN\nrules: {span-of-control: [warn, {max: 8}], cross-department-reporting: "off"}\n',
      ),
    ).toBe(true);
    expect(
      ok(
        '$schema: ./s.json\nkind: Department\nid: 客服部\nname: 网络客服部\nx-cost-center: 42\nroles:\n  - id: cs-lead\n    title: 网络客服主管\n    holders: [张三, {name: 李四, email: l@x.cn}]\n',
      ),
    ).toBe(true);
    expect(ok('kind: Role\nid: r\ntitle: T\ndepartment: d\nkpis: [a, {id: b, target: 3}]\n')).toBe(true);
    expect(ok('kind: KPI\nid: k\nname: 退换货率\nunit: percent\ndirection: lower_is_better\ntarget: 3\nrange: [0, 100]\n')).toBe(true);
    expect(ok('kind: Workflow\nid: w\nname: 订单处理流程\nsteps:\n  - {id: a, role: r, sla: 2h, next: []}\n')).toBe(true);
  });

  it('rejects unknown fields, bad ids, wrong types and missing required fields', () => {
    expect(ok('kind: Role\nid: r\ntitle: T\ndepartment: d\nreprots_to: x\n')).toBe(false);
    expect(ok('kind: Role\nid: -bad\ntitle: T\ndepartment: d\n')).toBe(false);
    expect(ok('kind: Role\nid: r\ntitle: T\ndepartment: d\nheadcount: many\n')).toBe(false);
    expect(ok('kind: Role\nid: r\ndepartment: d\n')).toBe(false);
    expect(ok('kind: Workflow\nid: w\nname: W\nsteps: []\n')).toBe(false);
    expect(ok('kind: Organization\napiVersion: orgctl/v2\nid: o\nname: O\n')).toBe(false);
  });
});

describe('README', () => {
  it('documents every rule in its rules table', async () => {
    const { RULES } = await import('../src/lint/registry.js');
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const missing = RULES.filter((r) => !readme.includes(`| \`${r.id}\` | ${r.defaultSeverity} |`)).map((r) => r.id);
    expect(missing).toEqual([]);
  });
});
