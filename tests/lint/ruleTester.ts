/**
 * ESLint's RuleTester for orgctl rules: runs ONE rule (through the engine, so
 * severities, options from Organization.rules and suppressions apply as in a
 * real run) on in-memory YAML, and checks that every `valid` case has no
 * finding of it and every `invalid` case has exactly the `errors` listed, in
 * report order, each with its message id (or, for rules whose text is made
 * while loading, its message) and its exact span.
 *
 *   ruleTester(reportsToUnknown, {
 *     valid: [ORG + role('a')],
 *     invalid: [{ code: ORG + role('b', 'nobody'), errors: [{ messageId: 'notARole', line: 8, column: 13, endLine: 8, endColumn: 19 }] }],
 *   });
 *
 * `code` is one file, `org.yaml`; `files` is several (`{ path: yaml }`, read in
 * path order like the loader). Lines and columns are 1-based; the end is
 * exclusive (the column just after the value), as in the findings.
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/lint/engine.js';
import { RULE_IDS } from '../../src/lint/registry.js';
import type { AnyRule, MessageIdOf } from '../../src/lint/types.js';
import type { Finding, MessageData, PathSegment } from '../../src/load/types.js';
import { modelOf } from '../helpers.js';

type Source = { code: string; files?: undefined } | { files: Record<string, string>; code?: undefined };

export type ValidCase = string | (Source & { name?: string });

/**
 * Where a finding is: every key must be written, `undefined` included, so a
 * case cannot pass by leaving the end out (findings about the whole org have
 * no file or line; findings made by the YAML parser and the suppression pass
 * have no end).
 */
interface Span {
  /** Default: the case's only file (`org.yaml` for `code`); write `file: undefined` for an org-level finding. */
  file?: string | undefined;
  line: number | undefined;
  column: number | undefined;
  endLine: number | undefined;
  endColumn: number | undefined;
  /** The YAML path within the entity, when the case wants to pin it. */
  path?: PathSegment[];
}

/** One expected finding: by message id (and optionally its data), or by text for rules without templates. */
export type ExpectedError<Id extends string> = Span &
  ([Id] extends [never]
    ? { message: string; messageId?: undefined; data?: undefined }
    : { messageId: Id; data?: MessageData; message?: string });

/** An expected error seen from the tester's side, whatever the rule. */
type AnyExpected = Span & { messageId?: string; data?: MessageData; message?: string };

export type InvalidCase<Id extends string> = Source & { name?: string; errors: ExpectedError<Id>[] };

export interface RuleTests<R extends AnyRule> {
  valid: ValidCase[];
  invalid: InvalidCase<MessageIdOf<R>>[];
}

function filesOf(c: Source): Record<string, string> {
  return c.code !== undefined ? { 'org.yaml': c.code } : c.files;
}

/** The rule's findings on the files, running only that rule (suppressions may still name any registered rule). */
export function runOnly(rule: AnyRule, files: Record<string, string>): Finding[] {
  return runRules(modelOf(files), [rule], RULE_IDS).filter((f) => f.rule === rule.id);
}

function title(c: { name?: string } & Source, i: number): string {
  if (c.name) return c.name;
  const files = filesOf(c);
  const first = Object.values(files)
    .join('\n')
    .split('\n')
    .find((l) => l.trim() && !/^(---|kind: Organization|id: acme|name: Acme)$/.test(l.trim()));
  return `#${i + 1}: ${first?.trim().slice(0, 60) ?? '(empty)'}`;
}

/** What of a finding the expectation pins: the span always, and the other keys it names. */
function project(f: Finding, e: AnyExpected): Record<string, unknown> {
  const out: Record<string, unknown> = { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
  if (e.messageId !== undefined) out.messageId = f.messageId;
  if (e.data !== undefined) out.data = f.data;
  if (e.message !== undefined) out.message = f.message;
  if (e.path !== undefined) out.path = f.path;
  return out;
}

export function ruleTester<R extends AnyRule>(rule: R, tests: RuleTests<R>): void {
  describe(`${rule.id} (ruleTester)`, () => {
    tests.valid.forEach((v, i) => {
      const c: Source & { name?: string } = typeof v === 'string' ? { code: v } : v;
      it(`valid ${title(c, i)}`, () => {
        expect(runOnly(rule, filesOf(c)).map((f) => `${f.line ?? '?'}:${f.column ?? '?'} ${f.message}`)).toEqual([]);
      });
    });
    tests.invalid.forEach((c, i) => {
      it(`invalid ${title(c, i)}`, () => {
        expect(c.errors.length, 'an invalid case lists at least one error').toBeGreaterThan(0);
        const files = filesOf(c);
        const paths = Object.keys(files);
        const defaultFile = paths.length === 1 ? paths[0] : undefined;
        const found = runOnly(rule, files);
        const fileOf = (e: AnyExpected) => ('file' in e ? e.file : defaultFile);
        const errors: AnyExpected[] = c.errors;
        const expected = errors.map((e) => ({ ...e, file: fileOf(e) }));
        // Comparing the projected lists (not the count first) shows which finding is extra or missing.
        const actual = found.map((f, k) => {
          const e = errors[k] ?? errors[errors.length - 1]!;
          return { ...project(f, e), file: f.file };
        });
        expect(actual).toEqual(expected);
        for (const f of found) {
          if (f.messageId !== undefined)
            expect(Object.hasOwn(rule.messages, f.messageId), `messageId '${f.messageId}' is declared`).toBe(true);
        }
      });
    });
  });
}
