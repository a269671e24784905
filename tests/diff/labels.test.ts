/** `diff --labels`: the approver labels as GitHub gives them (a JSON array, or one per line), commas kept inside a label. */
import { describe, expect, it } from 'vitest';
import { parseLabels } from '../../src/cli/labels.js';
import { UsageError } from '../../src/core/errors.js';
import { diffOrgs, formatDiffText } from '../../src/diff/index.js';
import { modelOf, ORG } from '../helpers.js';

describe('parseLabels', () => {
  it('reads comma-separated simple labels as before', () => {
    expect(parseLabels('hr-approved')).toEqual(['hr-approved']);
    expect(parseLabels(' hr-approved , cs-approved,, ')).toEqual(['hr-approved', 'cs-approved']);
    expect(parseLabels('')).toEqual([]);
  });

  it('reads a JSON array, as toJSON(github.event.pull_request.labels.*.name) writes it, keeping commas', () => {
    expect(parseLabels('["HR, approved","cs-approved"]')).toEqual(['HR, approved', 'cs-approved']);
    expect(parseLabels('[\n  "HR, approved",\n  "人事已批准"\n]')).toEqual(['HR, approved', '人事已批准']);
    expect(parseLabels('[]')).toEqual([]);
  });

  it('reads one label per line, keeping commas', () => {
    expect(parseLabels('HR, approved\ncs-approved\n\n')).toEqual(['HR, approved', 'cs-approved']);
    expect(parseLabels('HR, approved\r\ncs-approved')).toEqual(['HR, approved', 'cs-approved']);
  });

  it('refuses a JSON array that does not parse or holds other than strings, saying what to write', () => {
    for (const bad of ['["a", 1]', '["a"', '[{"name": "a"}]']) {
      expect(() => parseLabels(bad), bad).toThrow(UsageError);
      expect(() => parseLabels(bad), bad).toThrow(/--labels .*JSON array of strings/);
    }
  });
});

describe('the protected gate says how to pass a label', () => {
  const org = (seats: number, label: string) =>
    modelOf({
      'org.yaml': `${ORG}diff_policy:\n  protected:\n    - {department: d, needs_label: ${JSON.stringify(label)}}\n`,
      'd.yaml': `kind: Department\nid: d\nname: D\nhead: a\nroles:\n  - {id: a, title: A, headcount: ${seats}}\n`,
    });
  const fix = (label: string) =>
    formatDiffText(diffOrgs(org(1, label), org(2, label)), { color: false, locale: 'en' }).match(/\(orgctl diff --labels .*\)/)?.[0];

  it('as it is when simple, as a JSON array when it holds a comma or a space', () => {
    expect(fix('hr-approved')).toBe('(orgctl diff --labels hr-approved)');
    expect(fix('HR, approved')).toBe(`(orgctl diff --labels '["HR, approved"]')`);
    expect(parseLabels('["HR, approved"]')).toEqual(['HR, approved']);
  });
});
