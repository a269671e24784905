/** `diff --labels`: the approver labels as GitHub gives them (a JSON array, or one per line), commas kept inside a label. */
import { describe, expect, it } from 'vitest';
import { parseLabels } from '../../src/cli/labels.js';
import { UsageError } from '../../src/core/errors.js';

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
