import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { explainRule, listRules } from '../../src/cli/actions/rules.js';
import { lint } from '../helpers.js';

describe('rule examples', () => {
  for (const rule of RULES)
    it(`${rule.id}: has examples; the bad one gets its finding, the good one does not`, () => {
      expect(rule.examples.bad).not.toBe('');
      expect(rule.examples.good).not.toBe('');
      expect(lint(rule.examples.bad).filter((f) => f.rule === rule.id).length).toBeGreaterThan(0);
      expect(lint(rule.examples.good)).toEqual([]);
    });

  // One mistake, one finding: a rule's failing example shows that rule's finding and no other. The one
  // exception is a document that does not parse: its yaml-syntax finding is what leaves references unchecked.
  const ALSO = new Map([['unchecked-references', ['yaml-syntax']]]);
  for (const rule of RULES)
    it(`${rule.id}: the bad example makes one mistake, so it gets that rule's findings alone`, () => {
      const others = lint(rule.examples.bad).filter((f) => f.rule !== rule.id);
      expect(others.map((f) => f.rule)).toEqual(ALSO.get(rule.id) ?? []);
    });
});

describe('orgctl rules / explain', () => {
  it('lists every rule on one line: id, default severity, description', () => {
    const lines = listRules().trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length);
    expect(lines[7]).toMatch(/^reports-to-unknown +error +`reports_to` \(or Organization `top`\) names no role\.$/);
  });
  it('explains a rule with its failing and fixed example and its options', () => {
    const text = explainRule('reports-to-unknown');
    expect(text).toContain('reports-to-unknown (default: error)\n');
    expect(text).toContain('Fails:\n    kind: Organization\n');
    expect(text).toContain('    reports_to: ce0\n\nFixed:\n');
    expect(explainRule('span-of-control')).toContain('    defaults: {"max":10}\n');
  });
  it('an unknown rule id is bad usage, with a did-you-mean', () => {
    expect(() => explainRule('span-of-controll')).toThrow(
      "unknown rule 'span-of-controll' (did you mean 'span-of-control'?); 'orgctl rules' lists them",
    );
  });
  it('an id written in another case or with other separators, or only its start, gets the did-you-mean too', () => {
    for (const typed of ['SPAN_OF_CONTROL', 'Span Of Control', 'SpanOfControl'])
      expect(() => explainRule(typed)).toThrow(`unknown rule '${typed}' (did you mean 'span-of-control'?)`);
    expect(() => explainRule('span')).toThrow("unknown rule 'span' (did you mean 'span-of-control'?)");
  });
});
