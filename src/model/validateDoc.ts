/**
 * Checking one document against its kind's zod schema and turning zod issues
 * into `schema` findings that point at the offending YAML node.
 */
import type { PosNode } from '../load/skeleton.js';
import type { z } from 'zod';
import { findNode, nodePosition, resolveNode, type NodeRef, type PathSegment } from '../load/positions.js';
import type { RawFinding, SourceFile } from '../load/types.js';
import { didYouMeanAny, suggest, valueCandidates, type Synonyms } from '../core/text/suggest.js';
import { SEVERITY_SETTINGS, SEVERITY_SYNONYMS } from './schema.js';
import { replaceScalar } from '../load/suggestions.js';

type Issue = z.core.$ZodIssue;

export interface DocContext {
  file: SourceFile;
  /** The YAML node of the entity (a map), looked up when a finding needs it. */
  node: NodeRef;
  /** e.g. "Role 'cs-lead'" or "Department #2" */
  label: string;
  entity?: string;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The prototype of every bare object: empty, frozen, with no prototype of its
 * own, so a bare object inherits nothing (no `constructor`, no `__proto__`
 * setter). Not `Object.create(null)` for each object: V8 keeps those in
 * dictionary mode, several times slower to build and to read, and a checked
 * org is mostly such objects.
 */
const INHERITS_NOTHING: object = Object.freeze(Object.create(null) as object);
function Bare(): void {}
Bare.prototype = INHERITS_NOTHING;

/**
 * An empty object that inherits nothing. Mapping keys are user text: on a
 * plain `{}`, a key `__proto__` would replace the object's prototype (and zod
 * would then read the fields it holds as if they were written at this level).
 */
export function bareObject<T = unknown>(): Record<string, T> {
  return new (Bare as unknown as new () => Record<string, T>)();
}

/**
 * Remove `x-` keys (and a top-level `$schema`), recursively; return the extensions of the top object.
 * Both results inherit nothing (bareObject), so `__proto__`, `constructor`, … stay ordinary (unknown) keys.
 */
export function stripExtensions(
  value: Record<string, unknown>,
  top = true,
): { clean: Record<string, unknown>; extensions: Record<string, unknown> } {
  const clean = bareObject();
  const extensions = bareObject();
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('x-')) extensions[k] = v;
    else if (top && k === '$schema') continue;
    else clean[k] = stripDeep(v);
  }
  return { clean, extensions };
}

/** A value inside a document, stripped of `x-` keys as stripExtensions strips them. */
export function stripDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.some((x) => typeof x === 'object' && x !== null) ? v.map(stripDeep) : v;
  if (isPlainObject(v)) return stripExtensions(v, false).clean;
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (isPlainObject(v)) return 'a mapping';
  if (typeof v === 'string') return `string '${v}'`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined) return `${typeof v} ${String(v)}`;
  // Anything else (YAML's core schema makes none of it) by its type alone, never as "[object …]".
  return typeof v;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function fieldName(path: readonly PathSegment[]): string {
  return path.length ? path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('') : 'document';
}

/** Human message for one zod issue; `input` is the (extension-stripped) document. */
interface Described {
  message: string;
  keyOf?: string;
  missing?: boolean;
  /** Where inside a union's value the problem is (default: the issue's path). */
  at?: PathSegment[];
  /** What the value (or, with keyOf, the key) was probably meant to be: the finding's suggestions. */
  candidates?: string[];
  /** The candidates are YAML values as written (a number), not strings. */
  literal?: boolean;
}

/** The words other tools use for the values of a closed set, where the format knows them (a rule's level). */
function synonymsFor(values: readonly string[]): Synonyms | undefined {
  const same = values.length === SEVERITY_SETTINGS.length && SEVERITY_SETTINGS.every((v) => values.includes(v));
  return same ? SEVERITY_SYNONYMS : undefined;
}

/** `<<`: a merge key in YAML 1.1, an ordinary key in YAML 1.2, whose core schema orgctl reads. */
const MERGE_KEY = '<<';

function describe(issue: Issue, input: unknown, knownFields: (path: readonly PathSegment[]) => string[]): Described[] {
  const path = issue.path as PathSegment[];
  const field = fieldName(path);
  const actual = valueAt(input, path);
  const name = (key: string) => `unknown field '${path.length ? `${field}.` : ''}${key}'`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        if (key === MERGE_KEY)
          return {
            message: `${name(key)}: a YAML merge key, which YAML 1.2 (what orgctl reads) does not have: write the fields out here instead of merging them in`,
            keyOf: key,
          };
        const near = suggest(key, knownFields(path));
        const unknown = name(key);
        // Renamed to a key the mapping already has, the file would not parse (duplicate key): no fix, say so.
        if (near !== undefined && isPlainObject(actual) && Object.hasOwn(actual, near))
          return { message: `${unknown} ('${near}', which it looks like, is already set: remove one of the two)`, keyOf: key };
        const candidates = near === undefined ? [] : [near];
        return { message: `${unknown}${didYouMeanAny(candidates)}`, keyOf: key, candidates };
      });
    case 'invalid_type':
      if (actual === undefined) return [{ message: `missing required field '${field}'`, missing: true }];
      {
        // `target: "5%"`: the number is there, the percent sign belongs to the KPI's unit.
        const percent = issue.expected === 'number' && typeof actual === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(actual) : null;
        if (percent)
          return [
            {
              message: `field '${field}' must be a number, got ${typeName(actual)}: write ${percent[1]!}; the unit is percent (\`unit: percent\`)`,
              candidates: [percent[1]!],
              literal: true,
            },
          ];
      }
      // `headcount: 1e400` or `.inf`: a number to YAML, Infinity here (zod refuses it as not a number).
      if (issue.expected === 'number' && typeof actual === 'number')
        return [
          {
            message: `field '${field}' must be a finite number, got ${Number.isNaN(actual) ? 'not-a-number (.nan)' : 'one too large to hold (infinite)'}: write the number meant`,
          },
        ];
      // `headcount: "2"`: a number in quotes is text to YAML.
      if (issue.expected === 'number' && typeof actual === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(actual)) {
        const number = actual.trim();
        const key = [...path].reverse().find((s) => typeof s === 'string');
        return [
          {
            message: `field '${field}' must be a number, got ${typeName(actual)}: write it without quotes (${key === undefined ? number : `${key}: ${number}`})`,
            candidates: [number],
            literal: true,
          },
        ];
      }
      // `name: 2024`, `id: 007`, `parent: true`: YAML took the text for a number or a boolean.
      if (issue.expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean')) {
        const key = [...path].reverse().find((s) => typeof s === 'string');
        const example = key === undefined ? `"${String(actual)}"` : `${key}: "${String(actual)}"`;
        return [
          { message: `field '${field}' must be a string, got ${typeName(actual)}: put it in quotes (${example}) so YAML reads it as text` },
        ];
      }
      return [
        {
          message: `field '${field}' must be ${expected(issue.expected)}, got ${typeName(actual)}${shapeFix(issue.expected, actual, path)}`,
        },
      ];
    case 'invalid_value':
      if (actual === undefined) return [{ message: `missing required field '${field}'`, missing: true }];
      {
        const values = issue.values.map(String);
        const synonyms = synonymsFor(values);
        // `false` and ESLint's `1` are YAML booleans and numbers: only a synonym can say what they meant.
        const written =
          typeof actual === 'string'
            ? actual
            : synonyms && (typeof actual === 'number' || typeof actual === 'boolean')
              ? String(actual)
              : undefined;
        const candidates = written === undefined ? [] : valueCandidates(written, values, synonyms);
        return [
          {
            message: `field '${field}' must be ${issue.values.map((v) => `'${String(v)}'`).join(', or ')}, got ${typeName(actual)}${didYouMeanAny(candidates)}`,
            candidates,
          },
        ];
      }
    case 'invalid_format':
      if (field.endsWith('sla')) return [{ message: `field '${field}' must be <number><m|h|d|w> (e.g. 2h), got ${typeName(actual)}` }];
      return [
        {
          message: `${typeName(actual)} in '${field}' is not a valid id (letters, digits, '-', '_', '.'; starting with a letter or digit)`,
        },
      ];
    case 'too_small':
      if (Array.isArray(actual)) return [{ message: `field '${field}' must have at least ${String(issue.minimum)} item(s)` }];
      if (typeof actual === 'string') return [{ message: `field '${field}' must not be empty` }];
      return [{ message: `field '${field}' must be at least ${String(issue.minimum)}, got ${String(actual)}` }];
    case 'too_big':
      return [{ message: `field '${field}' must be at most ${String(issue.maximum)}` }];
    case 'invalid_union': {
      // Prefer the branch whose shape matches the input (a string vs a mapping).
      const branches = issue.errors;
      // A branch whose problems are all inside the value has its shape: `[warning]` is a bad severity tuple, not a bad severity.
      const inside = branches.find((errs) => errs.length > 0 && errs.every((e) => e.path.length > 0));
      // For a scalar, a branch listing the allowed values gives "must be 'off', 'warn' … (did you mean 'warn'?)".
      const values =
        isPlainObject(actual) || Array.isArray(actual)
          ? undefined
          : branches.find((errs) => errs.length === 1 && errs[0]!.code === 'invalid_value' && errs[0].path.length === 0);
      const branch =
        inside ?? values ?? branches.find((errs) => errs.every((e) => e.code !== 'invalid_type' || e.path.length > 0)) ?? branches[0];
      if (branch && branch.length && (isPlainObject(actual) || Array.isArray(actual) || branch === values)) {
        return branch.flatMap((e) => {
          const at = [...path, ...(e.path as PathSegment[])];
          return describe({ ...e, path: at }, input, knownFields).map((x) => ({ at, ...x }));
        });
      }
      return [{ message: `field '${field}' has the wrong type (${typeName(actual)})` }];
    }
    default:
      return [{ message: `field '${field}': ${issue.message}` }];
  }
}

/**
 * The fix for a value of the wrong shape, where it is plain: one value written where a list belongs
 * (`holders: 张三` → `[张三]`), or a list where one value belongs (`reports_to: [boss]` → `boss`; a role has
 * one solid-line manager, the others are dotted lines). Empty otherwise.
 */
function shapeFix(expectedType: string, actual: unknown, path: readonly PathSegment[]): string {
  const key = [...path].reverse().find((s) => typeof s === 'string');
  const written = (value: string) => (key === undefined ? value : `${key}: ${value}`);
  const scalar = typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean';
  if (expectedType === 'array' && scalar) return `: write it as a list (${written(`[${String(actual)}]`)})`;
  if (expectedType !== 'string' || !Array.isArray(actual)) return '';
  if (key === 'reports_to') return ': a role reports to one manager (reports_to: <role id>); list the others under dotted_line';
  const only: unknown = actual[0];
  if (actual.length === 1 && (typeof only === 'string' || typeof only === 'number'))
    return `: write the one value, not a list (${written(String(only))})`;
  return ': write one value, not a list';
}

function expected(t: string): string {
  switch (t) {
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping';
    case 'int':
      return 'a whole number';
    default:
      return `a ${t}`;
  }
}

const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);

/**
 * The missing required fields another finding already accounts for — one mistake, one finding: the
 * field an unknown key looks like (`titel` for a missing `title`: renaming the key fixes both), and
 * every field of a mapping holding a merge key (`<<: *base`), which was to bring them.
 */
function explainedMissing(described: readonly { d: Described; path: readonly PathSegment[] }[]): Set<string> {
  const explained = new Set<string>();
  const merged = new Set<string>();
  for (const { d, path } of described) {
    if (d.keyOf === MERGE_KEY) merged.add(pathKey(path));
    else if (d.keyOf !== undefined) for (const near of d.candidates ?? []) explained.add(pathKey([...path, near]));
  }
  for (const { d, path } of described) if (d.missing && merged.has(pathKey(path.slice(0, -1)))) explained.add(pathKey(path));
  return explained;
}

/**
 * Validate `input` against `schema`. Returns parsed data on success, else the
 * `schema` findings (positions from the entity's YAML node).
 */
export function checkAgainst<T>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  ctx: DocContext,
  knownFields: (path: readonly PathSegment[]) => string[],
): { ok: true; data: T } | { ok: false; findings: RawFinding[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const findings: RawFinding[] = [];
  const described = result.error.issues.flatMap((issue) =>
    describe(issue, input, knownFields).map((d) => ({ d, path: d.at ?? (issue.path as PathSegment[]) })),
  );
  const explained = explainedMissing(described);
  for (const { d, path } of described) {
    if (d.missing && explained.has(pathKey(path))) continue;
    let target: PosNode | undefined;
    if (d.keyOf !== undefined) target = findNode(ctx.node, [...path, d.keyOf], true);
    else if (d.missing) target = findNode(ctx.node, ['id']) ?? resolveNode(ctx.node);
    else target = findNode(ctx.node, path);
    const pos = nodePosition(ctx.file, target ?? ctx.node) ?? { file: ctx.file.path, line: 1, column: 1 };
    const suggestions = d.candidates && replaceScalar(ctx.file, target, d.candidates, d.literal);
    findings.push({
      rule: 'schema',
      message: `${ctx.label}: ${d.message}`,
      ...pos,
      entity: ctx.entity,
      ...(suggestions ? { suggestions } : {}),
    });
  }
  return { ok: false, findings };
}

/**
 * Lenient reading of a document that failed validation: each top-level field
 * that is valid on its own is kept, so references to the entity still resolve.
 * The kept fields are read once more by the schema with every field optional,
 * which gives them their parsed types.
 */
export function lenient<T>(shape: Record<string, z.ZodType>, partial: z.ZodType<Partial<T>>, input: Record<string, unknown>): Partial<T> {
  const out = bareObject();
  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (!Object.hasOwn(input, key)) continue;
    const r = fieldSchema.safeParse(input[key]);
    if (r.success) out[key] = r.data;
  }
  const kept = partial.safeParse(out);
  return kept.success ? kept.data : {};
}
