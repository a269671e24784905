/**
 * An empty document — a `---` with nothing after it but comments, as a file
 * ending in `---` or a commented-out document leaves — is skipped like an
 * empty file: it defines nothing and is no mistake. A document that writes a
 * value that is not a mapping (`--- ~`, a list) is still a schema finding.
 */
import { describe, expect, it } from 'vitest';
import { lint, ORG } from '../helpers.js';
import { parseSource } from '../../src/load/parse.js';
import { buildModel } from '../../src/model/build.js';
import { runRules } from '../../src/lint/engine.js';

const DEPT = 'kind: Department\nid: 运营部\nname: 运营部\nhead: 总经理\nroles:\n  - id: 总经理\n    title: 总经理\n';

/** Findings by both YAML readers (the fast path, and yaml for the texts it declines). */
function findings(text: string, fast: boolean): string[] {
  const parsed = parseSource(text, 'org.yaml', { fast });
  return [...parsed.findings, ...runRules(buildModel([parsed.file]))].map((f) => `${f.line ?? ''}:${f.column ?? ''} ${f.rule}`);
}

describe('empty documents', () => {
  it.each([
    ['a trailing ---', `${ORG}---\n${DEPT}---\n`],
    ['a trailing --- and a comment', `${ORG}---\n${DEPT}---\n# 以后再加\n`],
    ['two --- in a row', `${ORG}---\n---\n${DEPT}`],
    ['a --- then CRLF', `${ORG}---\r\n${DEPT}---\r\n`],
  ])('%s is skipped', (_name, text) => {
    expect(findings(text, true)).toEqual([]);
    expect(findings(text, false)).toEqual([]);
  });

  it('a document that is a written null or a list is still a finding', () => {
    expect(lint(`${ORG}---\n${DEPT}--- ~\n`).map((f) => `${f.line ?? ''}:${f.column ?? ''} ${f.rule}`)).toEqual(['12:5 schema']);
    expect(lint(`${ORG}---\n${DEPT}---\n- a\n`).map((f) => `${f.line ?? ''}:${f.column ?? ''} ${f.rule}`)).toEqual(['13:1 schema']);
  });
});
