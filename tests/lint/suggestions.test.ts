import { describe, expect, it } from 'vitest';
import { lint, ORG, only } from '../helpers.js';
import { scalarText } from '../../src/load/suggestions.js';
import { Scalar } from 'yaml';

const ROLES =
  'kind: Department\nid: cs\nname: 客服部\nhead: cs-lead\n---\nkind: Role\nid: cs-lead\ndepartment: cs\ntitle: 客服主管\n---\nkind: Role\nid: cs-agent\ndepartment: cs\ntitle: 客服\nreports_to: cs-lead\n';
const ROLE_X = '---\nkind: Role\nid: cs-x\ndepartment: cs\ntitle: x\n';

function applied(text: string, s: { range: [number, number]; text: string }): string {
  return text.slice(0, s.range[0]) + s.text + text.slice(s.range[1]);
}

describe('did-you-mean as a suggestion', () => {
  it('replaces exactly the offending scalar, keeping a trailing comment', () => {
    const file = `${ROLES}${ROLE_X}reports_to: cs-leed  # the lead\n`;
    const [f] = only(lint({ 'a.yaml': ORG, 'b.yaml': file }), 'reports-to-unknown');
    expect(f!.suggestions).toHaveLength(1);
    const s = f!.suggestions![0]!;
    expect(s).toMatchObject({
      desc: "replace 'cs-leed' with 'cs-lead'",
      file: 'b.yaml',
      text: 'cs-lead',
      safe: true,
      line: 21,
      column: 13,
    });
    expect(applied(file, s)).toBe(file.replace('cs-leed  #', 'cs-lead  #'));
  });

  it('keeps the quoting style of the value', () => {
    const file = `${ROLES}${ROLE_X}reports_to: 'cs-leed'\n`;
    const [f] = only(lint({ 'a.yaml': ORG, 'b.yaml': file }), 'reports-to-unknown');
    expect(applied(file, f!.suggestions![0]!)).toBe(file.replace("'cs-leed'", "'cs-lead'"));
  });

  it('is not safe when two ids are equally close', () => {
    const file = `${ROLES}---\nkind: Role\nid: ab-1\ndepartment: cs\ntitle: a\nreports_to: cs-lead\n---\nkind: Role\nid: ab-2\ndepartment: cs\ntitle: b\nreports_to: cs-lead\n${ROLE_X}reports_to: ab-3\n`;
    const [f] = only(lint({ 'a.yaml': ORG, 'b.yaml': file }), 'reports-to-unknown');
    expect(f!.suggestions).toEqual([expect.objectContaining({ text: 'ab-1', safe: false })]);
  });

  it('has no suggestion when nothing is close', () => {
    const file = `${ROLES}${ROLE_X}reports_to: zzzzzzzz\n`;
    const [f] = only(lint({ 'a.yaml': ORG, 'b.yaml': file }), 'reports-to-unknown');
    expect(f!.suggestions).toBeUndefined();
  });

  it('works in sequences (kpis, dotted lines) and flow style', () => {
    const file = `${ROLES}${ROLE_X}reports_to: cs-lead\ndotted_line: [cs-agnet]\n`;
    const [f] = only(lint({ 'a.yaml': ORG, 'b.yaml': file }), 'dotted-line-unknown');
    expect(applied(file, f!.suggestions![0]!)).toBe(file.replace('[cs-agnet]', '[cs-agent]'));
  });

  it('writes a value that would not read back plain in quotes', () => {
    expect(scalarText('true', Scalar.PLAIN)).toBe('"true"');
    expect(scalarText('客服-主管', Scalar.PLAIN)).toBe('客服-主管');
    expect(scalarText("it's", Scalar.QUOTE_SINGLE)).toBe("'it''s'");
    expect(scalarText('a: b', Scalar.PLAIN)).toBe('"a: b"');
  });
});
