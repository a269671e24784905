/**
 * "Did you mean" offers a name only when it keeps something of what was
 * written: a suggestion as far from the name as the name is long (`<<` → `id`,
 * `d` → `r2`) is a replacement, not a correction, and `--fix` would apply the
 * unique ones unasked (a merge key `<<:` renamed to a second `id:`).
 */
import { describe, expect, it } from 'vitest';
import { didYouMean, suggestOne, valueCandidates } from '../../src/core/text/suggest.js';
import { lint, ORG } from '../helpers.js';

describe('did you mean', () => {
  it('keeps the near misses it always made', () => {
    expect(suggestOne('ce0', ['ceo', 'cfo'])).toEqual({ text: 'ceo', unique: true });
    expect(didYouMean('ops-leed', ['ops-lead'])).toBe(" (did you mean 'ops-lead'?)");
    expect(didYouMean('总经里', ['总经理'])).toBe(" (did you mean '总经理'?)");
    expect(didYouMean('ab', ['ac'])).toBe(" (did you mean 'ac'?)");
  });

  it('allows one edit in a name of up to four characters, two from five', () => {
    // `org` is two edits from the branch `pr`: two thirds of the name rewritten is no typo.
    expect(suggestOne('org', ['main', 'pr'])).toBeUndefined();
    expect(suggestOne('abcd', ['abxy'])).toBeUndefined();
    expect(suggestOne('大促项目', ['大促组'])).toBeUndefined();
    expect(suggestOne('mian', ['main', 'pr'])).toEqual({ text: 'main', unique: true });
    expect(suggestOne('bos', ['boss'])).toEqual({ text: 'boss', unique: true });
    expect(suggestOne('gvm', ['gmv'])).toEqual({ text: 'gmv', unique: true });
    expect(suggestOne('sells', ['sales'])).toEqual({ text: 'sales', unique: true });
    expect(suggestOne('markteing', ['marketing'])).toEqual({ text: 'marketing', unique: true });
  });

  it('offers nothing that shares no character with the name', () => {
    expect(suggestOne('<<', ['id', 'title'])).toBeUndefined();
    expect(suggestOne('d', ['r2', 'x'])).toBeUndefined();
    expect(valueCandidates('<<', ['id', 'title', 'holders'])).toEqual([]);
  });

  it('a merge key gets no "did you mean \'id\'" and no fix that would write a second id', () => {
    const findings = lint(
      `${ORG}---\nkind: Department\nid: d\nname: D\nhead: a\nroles:\n  - &a {id: a, title: A}\n  - <<: *a\n    id: b\n`,
    );
    const unknown = findings.find((f) => f.message.includes("'<<'"));
    expect(unknown?.message).not.toContain('did you mean');
    expect(unknown?.suggestions ?? []).toEqual([]);
  });
});
