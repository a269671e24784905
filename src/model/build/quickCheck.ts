/**
 * A fast yes for documents that are plainly valid. Nearly every document of
 * a real org is valid, and zod spends most of its time on what a valid one
 * does not need (a payload and an issue list per field, its checks run
 * through generic wrappers, a function compiled per object schema on first
 * use, which is most of what checking costs a fresh process on a small org).
 *
 * The check is derived from the zod schema itself (no second copy of the
 * format to drift): `quickChecker` walks the schema's definition once and
 * builds a function that says exactly what zod says about validity, and when
 * valid gives exactly what zod's parse would (new objects with the schema's
 * keys in schema order, new arrays, scalars as they are). A schema using
 * anything the walker does not know (a transform, a default, a record with
 * checked keys …)
 * gets no checker, and its documents all go to zod.
 *
 * The checker reads the document as written: `x-` keys (at every level) and,
 * at a document's top, `$schema` are skipped, which is what zod sees after
 * stripExtensions (validateDoc.ts). A "no" from it says nothing but "ask zod":
 * zod then checks the stripped document and gives the findings, so invalid
 * documents get the same findings, messages and positions as before.
 */
import type { z } from 'zod';
import { stripDeep } from '../validateDoc.js';

/** What a checker gives for a value zod would refuse. */
export const REFUSED: unique symbol = Symbol('refused');

/** The value as zod would parse it, or REFUSED. `top`: the value is a whole document (its `$schema` is skipped). */
export type QuickChecker = (value: unknown, top: boolean) => unknown;

type Node = (value: unknown) => unknown;

/** The parts of zod's internal definitions the walker reads (zod v4 `_zod.def`). */
interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  coerce?: boolean;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  items?: Schema[];
  rest?: Schema | null;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  inclusive?: boolean;
  keyType?: Schema;
  valueType?: Schema;
  mode?: string;
}
interface CheckDef {
  check?: string;
  type?: string;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
  when?: unknown;
}
interface Schema {
  _zod: { def: Def; values?: Set<unknown>; optin?: string };
}

/** The walker met something it does not mirror exactly: the schema gets no checker. */
class Unsupported extends Error {}

const checkers = new WeakMap<object, QuickChecker | null>();

/** The quick checker of `schema`, built once per schema; undefined when the schema uses what the walker does not know. */
export function quickChecker(schema: z.ZodType): QuickChecker | undefined {
  let checker = checkers.get(schema);
  if (checker === undefined) {
    try {
      const root = schema as unknown as Schema;
      const node = compile(root);
      const topObject = root._zod.def.type === 'object' ? objectNode(root._zod.def, true) : undefined;
      checker = (value, top) => (top && topObject ? topObject(value) : node(value));
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      checker = null;
    }
    checkers.set(schema, checker);
  }
  return checker ?? undefined;
}

function compile(schema: Schema): Node {
  const def = schema._zod.def;
  if (def.coerce) throw new Unsupported();
  const base = typeNode(schema, def);
  const test = checksOf(def);
  if (test === undefined) return base;
  // zod runs the checks on what the type parsed (for an object, the new object): so does this.
  return (v) => {
    const r = base(v);
    return r !== REFUSED && test(r) ? r : REFUSED;
  };
}

/** Each type as zod parses it (its `_zod.parse`), without the checks. */
function typeNode(schema: Schema, def: Def): Node {
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : REFUSED);
    case 'number':
      // zod refuses NaN and ±Infinity (Number.isFinite is false for both).
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : REFUSED);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : REFUSED);
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (!values) throw new Unsupported();
      return (v) => (values.has(v) ? v : REFUSED);
    }
    case 'optional': {
      // Only `.optional()` itself: a default inside would substitute a value for absence.
      if (schema._zod.optin !== 'optional') throw new Unsupported();
      const inner = compile(def.innerType!);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'array': {
      const element = compile(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return REFUSED;
        const out: unknown[] = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === REFUSED) return REFUSED;
          out[i] = r;
        }
        return out;
      };
    }
    case 'tuple': {
      // A fixed tuple only (no rest, no optional item): valid means exactly its length.
      if (def.rest) throw new Unsupported();
      const items = def.items!.map((item) => {
        if (item._zod.optin !== undefined) throw new Unsupported();
        return compile(item);
      });
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return REFUSED;
        const out: unknown[] = [];
        for (let i = 0; i < items.length; i++) {
          const r = items[i]!(v[i]);
          if (r === REFUSED) return REFUSED;
          out.push(r);
        }
        return out;
      };
    }
    case 'union': {
      // zod's union gives the first option that takes the value; an exclusive union (z.xor) is another rule.
      if (def.inclusive === false) throw new Unsupported();
      const options = def.options!.map(compile);
      return (v) => {
        for (const option of options) {
          const r = option(v);
          if (r !== REFUSED) return r;
        }
        return REFUSED;
      };
    }
    case 'object':
      return objectNode(def, false);
    case 'record':
      return recordNode(def);
    case 'unknown':
      // zod gives back what it was given, and it was given the value stripped of its `x-` keys.
      return (v) => stripDeep(v);
    default:
      throw new Unsupported();
  }
}

/**
 * An object as zod parses it: a new object with the shape's keys, in shape
 * order, that the value has; a strict object refuses any other key (an
 * `x-` key is never one: stripExtensions takes them out first).
 */
function objectNode(def: Def, top: boolean): Node {
  const catchall = def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'never') throw new Unsupported();
  const strict = catchall === 'never';
  const fields = Object.entries(def.shape!).map(([key, schema]) => {
    // zod never writes a `__proto__` field into its output: leave such a shape to zod.
    if (key === '__proto__') throw new Unsupported();
    const optional = schema._zod.optin !== undefined;
    if (optional && schema._zod.optin !== 'optional') throw new Unsupported();
    return { key, check: compile(schema), optional };
  });
  const known = new Set(fields.map((f) => f.key));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return REFUSED;
    const value = v as Record<string, unknown>;
    if (strict)
      for (const key of Object.keys(value)) if (!known.has(key) && !key.startsWith('x-') && !(top && key === '$schema')) return REFUSED;
    const out: Record<string, unknown> = {};
    for (const { key, check, optional } of fields) {
      if (!Object.hasOwn(value, key)) {
        if (optional) continue;
        return REFUSED;
      }
      const r = check(value[key]);
      if (r === REFUSED) return REFUSED;
      out[key] = r;
    }
    return out;
  };
}

/**
 * A record keyed by any string (`z.record(z.string(), …)`) as zod parses it:
 * a new object with each key of the value (a `__proto__` key is skipped, as
 * zod skips it), each value parsed. Keys with checks or a closed set of keys
 * are left to zod.
 */
function recordNode(def: Def): Node {
  const key = def.keyType?._zod;
  if (key?.def.type !== 'string' || key.def.checks?.length || key.values || def.mode !== undefined) throw new Unsupported();
  const value = compile(def.valueType!);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return REFUSED;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(input)) {
      if (k === '__proto__' || k.startsWith('x-')) continue;
      const r = value(input[k]);
      if (r === REFUSED) return REFUSED;
      out[k] = r;
    }
    return out;
  };
}

/** A schema's checks (`.min()`, `.regex()`, `.int()`, `.refine()` …) as one test; undefined when it has none. */
function checksOf(def: Def): ((v: unknown) => boolean) | undefined {
  const tests = (def.checks ?? []).map((c) => checkTest(c._zod.def));
  if (tests.length === 0) return undefined;
  return (v) => tests.every((t) => t(v));
}

function checkTest(c: CheckDef): (v: unknown) => boolean {
  switch (c.check) {
    case 'min_length': {
      const min = c.minimum!;
      return (v) => lengthOf(v) >= min;
    }
    case 'max_length': {
      const max = c.maximum!;
      return (v) => lengthOf(v) <= max;
    }
    case 'greater_than': {
      const bound = c.value as number;
      return c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case 'less_than': {
      const bound = c.value as number;
      return c.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    case 'number_format':
      if (c.format !== 'safeint') throw new Unsupported();
      return (v) => Number.isSafeInteger(v);
    case 'string_format': {
      if (c.format !== 'regex' || !c.pattern) throw new Unsupported();
      const pattern = c.pattern;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case 'custom': {
      // A refinement (`.refine(fn)`): valid when fn says so. One with its own `when` is left to zod.
      const fn = c.fn;
      if (typeof fn !== 'function' || c.when !== undefined) throw new Unsupported();
      return (v) => Boolean(fn(v));
    }
    default:
      throw new Unsupported();
  }
}

/** Length as zod's length checks count it: items of a list, code points of a string (a surrogate pair is one). */
function lengthOf(v: unknown): number {
  if (typeof v !== 'string') return (v as unknown[]).length;
  let n = v.length;
  for (let i = 0; i < v.length - 1; i++)
    if ((v.charCodeAt(i) & 0xfc00) === 0xd800 && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  return n;
}
