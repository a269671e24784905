/** Message templates: rendered once, user text never read as a placeholder. */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/lint/types.js';
import { lint, only, ORG } from '../helpers.js';

describe('renderMessage', () => {
  it('fills each placeholder in one pass: a value holding {{…}} stays as written', () => {
    expect(renderMessage("role '{{role}}' reports to '{{target}}'", { role: '{{target}}', target: 'x' })).toBe(
      "role '{{target}}' reports to 'x'",
    );
  });
  it('leaves a placeholder without a value as written, and never reads inherited keys', () => {
    expect(renderMessage('{{a}} {{constructor}}', {})).toBe('{{a}} {{constructor}}');
  });
});

describe('findings keep messageId, data and path', () => {
  it('a department named {{roles}} is quoted as text, with the id and values the rule reported', () => {
    // Ids cannot hold braces, names can: the name reaches the message through `data`.
    const org = ORG + "---\nkind: Department\nid: d\nname: '{{roles}}'\nroles:\n  - id: a\n    title: A\n";
    const [f, ...rest] = only(lint(org), 'department-without-head');
    expect(rest).toEqual([]);
    expect(f!.message).toBe("department 'd' ({{roles}}) has 1 role(s) but no head: name the role that leads it with head: <role id>");
    expect(f).toMatchObject({
      messageId: 'noHead',
      data: { department: "department 'd' ({{roles}})", roles: 1 },
      path: ['id'],
      entity: 'd',
    });
    expect(f).toMatchObject({ line: 6, column: 5, endLine: 6, endColumn: 6 });
  });
});
