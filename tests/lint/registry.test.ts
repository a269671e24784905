/**
 * The registry keeps its promises: every rule module is registered under the
 * id of its file name, documented (docs, description, README rules table with
 * its default severity), and tested by its own file with the rule tester; every
 * message id a rule or a test names is declared, and every declared one is
 * exercised by the rule's tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../../src/lint/registry.js';
import { RULE_IDS } from '../../src/model/ruleIds.js';
import { buildJsonSchema } from '../../src/model/jsonSchema.js';
import type { AnyRule } from '../../src/lint/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const RULES_DIR = join(ROOT, 'src', 'lint', 'rules');
const TESTS_DIR = join(ROOT, 'tests', 'lint', 'rules');
const moduleIds = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const readmeRows = new Map([...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| /gm)].map((m) => [m[1]!, m[2]!]));

/** The string literals given as `messageId: '…'` in a source text. */
function messageIdsNamed(text: string): string[] {
  return [...text.matchAll(/messageId: '(\w+)'/g)].map((m) => m[1]!);
}

async function load(id: string): Promise<AnyRule> {
  return ((await import(/* @vite-ignore */ join(RULES_DIR, `${id}.ts`))) as { default: AnyRule }).default;
}

describe('rule registry', () => {
  it('the JSON Schema enumerates exactly the registered rule ids as `rules:` keys', () => {
    expect([...RULE_IDS]).toEqual(RULES.map((r) => r.id));
    const org = (
      buildJsonSchema().allOf as Array<{ then: { title: string; properties: Record<string, { propertyNames?: { enum: string[] } }> } }>
    ).find((k) => k.then.title === 'Organization')!;
    expect(org.then.properties.rules!.propertyNames!.enum).toEqual(RULES.map((r) => r.id));
  });
  it('registers every module of src/lint/rules under its file name, and nothing else', async () => {
    expect(moduleIds.length).toBeGreaterThan(0);
    for (const id of moduleIds) {
      const rule = await load(id);
      expect(rule.id, `src/lint/rules/${id}.ts`).toBe(id);
      expect(ruleById(id), `${id} is in RULES`).toBe(rule);
    }
    expect(RULES.map((r) => r.id).sort()).toEqual(moduleIds);
  });

  it.each(moduleIds)('%s is documented: description, docs and a README row with its default severity', (id) => {
    const rule = ruleById(id)!;
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.docs.length).toBeGreaterThan(40);
    expect(readmeRows.get(id), `README rules table row for ${id}`).toBe(rule.defaultSeverity);
  });

  it('the README lists no rule that does not exist', () => {
    expect([...readmeRows.keys()].filter((id) => !ruleById(id))).toEqual([]);
  });

  it.each(moduleIds)(
    '%s has its own test file (tests/lint/rules/<id>.test.ts) using the rule tester on every message it declares',
    (id) => {
      const rule = ruleById(id)!;
      const test = readFileSync(join(TESTS_DIR, `${id}.test.ts`), 'utf8');
      expect(test).toMatch(/\bruleTester\(/);
      const declared = Object.keys(rule.messages).sort();
      const tested = new Set(messageIdsNamed(test));
      expect(
        [...tested].filter((m) => !declared.includes(m)),
        'message ids the test names but the rule does not declare',
      ).toEqual([]);
      expect(
        declared.filter((m) => !tested.has(m)),
        'declared message ids no test expects',
      ).toEqual([]);
    },
  );

  it.each(moduleIds)('%s reports only message ids it declares', (id) => {
    // The types already refuse an undeclared id; this also covers ids chosen at run time (they are literals too).
    const source = readFileSync(join(RULES_DIR, `${id}.ts`), 'utf8');
    const declared = Object.keys(ruleById(id)!.messages);
    expect(messageIdsNamed(source).filter((m) => !declared.includes(m))).toEqual([]);
    for (const template of Object.values(ruleById(id)!.messages)) expect(template).not.toMatch(/\{\{(?!\w+\}\})/);
  });

  it('has no test file for a rule that does not exist', () => {
    const files = readdirSync(TESTS_DIR)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -'.test.ts'.length));
    expect(files.filter((f) => !ruleById(f))).toEqual([]);
  });
});
