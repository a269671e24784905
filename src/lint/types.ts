/**
 * What a rule is: one module per rule (ESLint-style), with its id, default
 * severity, documentation, options, message templates and a check over the
 * resolved model.
 *
 * Messages are ESLint's shape: a rule declares its templates once,
 * `messages: { notARole: "role '{{role}}' reports to '{{target}}', which is not a role{{suggestion}}" }`,
 * and reports `ctx.report({ entity, path, messageId: 'notARole', data: { role, target, suggestion } })`.
 * The engine renders the text; the finding keeps `messageId` and `data`, which
 * tests and translations can rely on while the wording changes. The templates
 * are string literal types, so `data` is checked against the placeholders of
 * the template named by `messageId`: a missing or misspelt value does not compile.
 */
import type { z } from 'zod';
import type { MessageData, PathSegment, RawFinding, Severity } from '../load/types.js';
import type { Entity, OrgModel } from '../model/types.js';
import type { ModelDelta } from './incremental.js';

/** A rule's message templates by id. */
export type Messages = Readonly<Record<string, string>>;

/** The `{{name}}` placeholders of a template, as a union of names. */
export type Placeholders<Template extends string> = Template extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/**
 * `data` for a template: required with exactly its placeholders, absent when
 * it has none; any data for a template not known as a literal (AnyRule).
 */
type DataFor<Template extends string> = string extends Template
  ? { data?: MessageData }
  : [Placeholders<Template>] extends [never]
    ? { data?: undefined }
    : { data: Readonly<Record<Placeholders<Template>, string | number>> };

interface Where {
  /** The entity the finding is about (its id becomes `entity`). */
  entity: Entity;
  /**
   * Where, relative to the entity's YAML node: the offending value, e.g.
   * ['reports_to'] or ['steps', 2, 'next', 0]. Default ['id'] (for findings
   * with no single value).
   */
  path?: PathSegment[];
  /** Point at the key of the last path segment rather than its value. */
  key?: boolean;
  /**
   * What the value at `path` was probably meant to be (e.g. the did-you-mean
   * ids): the finding then carries a suggestion replacing it with each one.
   */
  replaceWith?: readonly string[] | Replacements;
}

/** What `ctx.report` takes: a place, a declared message id, and the data its template needs. */
export type ReportInput<M extends Messages> = {
  [Id in keyof M & string]: Where & { messageId: Id } & DataFor<M[Id]>;
}[keyof M & string];

export interface RuleContext<Options, M extends Messages> {
  model: OrgModel;
  /** The rule's options: its defaults merged with Organization.rules. */
  options: Options;
  report(input: ReportInput<M>): void;
  /** Report a finding already located (used by rules whose findings come from loading). */
  reportRaw(finding: RawFinding): void;
  /** Keep something for checking this rule again on the other side of a diff (set only while that is recorded). */
  keep?(state: unknown): void;
}

export interface Rule<Options, M extends Messages> {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports (SARIF shortDescription, README table). */
  description: string;
  /** Why it matters and how to fix it (SARIF fullDescription / help). */
  docs: string;
  /** A failing and a fixed org (YAML), shown by `orgctl explain`. */
  examples: { bad: string; good: string };
  /** zod schema of the options (with defaults); absent = no options. */
  options?: z.ZodType<Options>;
  /**
   * Message templates by id, `{{name}}` for a value from `data`. Empty for the
   * rules that hand on findings made while loading (their text is made there).
   */
  messages: M;
  check(ctx: RuleContext<Options, M>): void;
  /**
   * The rule's findings about an entity depend on that entity alone, apart from what this says:
   * checking the second side of a diff, the rule then looks only at the entities that changed, and
   * the first side's findings about the others stand (see incremental.ts). Leave it out when unsure.
   */
  incremental?: IncrementalSpec;
}

/** How a rule is checked again after a change (see Rule.incremental and incremental.ts). */
export interface IncrementalSpec {
  /** Ids beyond the changed entities whose findings a change may alter (a manager whose reports changed). */
  alsoDirty?(delta: ModelDelta): Iterable<string>;
  /** When the whole org must be checked again; `hadFindings`: the first side had findings of this rule. */
  fullIf?(delta: ModelDelta, hadFindings: boolean): boolean;
  /**
   * Check again in the rule's own way (in place of looking at the changed entities): `before` is what the
   * rule reported on the first side, `kept` what it gave `ctx.keep` there.
   */
  recheck?(ctx: AnyRuleContext, delta: ModelDelta, before: readonly ReportArgs[], kept: unknown): void;
}

/** What `ctx.report` takes, whatever the rule. */
export type ReportArgs = Parameters<AnyRuleContext['report']>[0];

/** The context the engine builds: any options, any declared message id, data as a plain record. */
export interface AnyRuleContext {
  model: OrgModel;
  options: unknown;
  report(input: Where & { messageId: string; data?: MessageData }): void;
  reportRaw(finding: RawFinding): void;
  keep?(state: unknown): void;
}

/**
 * Any rule, whatever its options and messages: what the registry, the engine
 * and the report formats hold. `check` is a method (compared both ways), so a
 * `Rule<{max: number}, …>` is one: the engine only ever hands a rule the
 * options its own schema parsed and renders the message ids it declared.
 */
export interface AnyRule extends Omit<Rule<unknown, Messages>, 'check'> {
  check(ctx: AnyRuleContext): void;
}

/** The message ids a rule declares. */
export type MessageIdOf<R> = R extends { messages: infer M } ? keyof M & string : never;

/**
 * No message ids: `ctx.report` cannot be called, only `ctx.reportRaw`. The
 * empty object type is the point here (no keys, so no `messageId` fits).
 */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- deliberately no keys: see above
export type NoMessages = Record<never, string>;

/** No options: the rule's `options` is absent and its context holds an empty object. */
export type NoOptions = Readonly<Record<string, never>>;

/**
 * Identity helper that infers a rule module's option type (from its zod
 * schema) and its templates as literal types, so `ctx.options` and each
 * `ctx.report` are checked.
 */
export function defineRule<Options = NoOptions, const M extends Messages = NoMessages>(rule: Rule<Options, M>): Rule<Options, M> {
  return rule;
}

/**
 * A template with its `{{name}}` placeholders filled from `data`, in one pass:
 * a value that itself contains `{{…}}` (user text does) is never expanded.
 * A placeholder with no value stays as written, as in ESLint.
 */
export function renderMessage(template: string, data: MessageData | undefined): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    data !== undefined && Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/**
 * The subjects of a model's map, kept while the rules run (runRules opens and
 * closes the memo): some thirty rule passes ask for the same lists, which at
 * 100k roles was 3% of a lint spent filtering.
 */
let memo: WeakMap<ReadonlyMap<string, Entity>, readonly Entity[]> | undefined;

/** While a rule checks only some entities again (incremental.ts): their ids. */
let only: ReadonlySet<string> | undefined;

/** Run `fn` with subjects() giving only the entities of these ids (in the order of the set). */
export function withSubjectsLimitedTo<R>(ids: ReadonlySet<string>, fn: () => R): R {
  const outer = only;
  only = ids;
  try {
    return fn();
  } finally {
    only = outer;
  }
}

/** Run `fn` with subjects() of a map computed once per map (the model must not change meanwhile). */
export function withSubjectMemo<R>(fn: () => R): R {
  const outer = memo;
  memo = new WeakMap();
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

/** Entities that may be the subject of rules (no schema error of their own). */
export function subjects<T extends Entity>(items: ReadonlyMap<string, T> | Iterable<T>): readonly T[] {
  const map = items instanceof Map ? (items as ReadonlyMap<string, T>) : undefined;
  if (map && only) {
    const some: T[] = [];
    for (const id of only) {
      const e = map.get(id);
      if (e !== undefined && !e.invalid) some.push(e);
    }
    return some;
  }
  const kept = map && memo?.get(map);
  if (kept) return kept as readonly T[];
  const out: T[] = [];
  const source: Iterable<T> = map ? map.values() : (items as Iterable<T>);
  for (const e of source) if (!e.invalid) out.push(e);
  if (map) memo?.set(map, out);
  return out;
}

/**
 * Candidates with their safety said outright: one candidate that is only the first of several equally
 * near ids (`ab-3` between `ab-1` and `ab-2`) is shown, but `--fix` must not apply it.
 */
export interface Replacements {
  ids: readonly string[];
  safe: boolean;
}
