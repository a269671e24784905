/**
 * Property-based hardening: random and mutated org documents never crash the
 * pipeline, and every finding is well-formed (known rule, severity, position
 * inside the file, entity a string).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOrg } from '../src/api.js';
import { RULE_IDS } from '../src/lint/registry.js';
import { docsText, mutatedText } from './fuzz/arbitraries.js';
import { modelOf, ORG } from './helpers.js';

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
      fc.property(docsText, (text) => {
        assertWellFormed({ 'a.yaml': ORG, 'b.yaml': text });
      }),
      { numRuns: 300 },
    );
  });

  it('mutated text (random edits of a valid org) never crashes', () => {
    fc.assert(
      fc.property(mutatedText, (text) => {
        assertWellFormed({ 'org.yaml': text });
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings as files never crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        assertWellFormed({ 'a.yaml': ORG, 'z.yaml': text });
      }),
      { numRuns: 300 },
    );
  });
});
