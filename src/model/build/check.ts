/**
 * What every kind's builder shares: checking a document against its zod
 * schema (with "did you mean" on unknown fields), the lenient reading of an
 * invalid one, and the small conversions of ids, KPI refs and holders.
 */
import type { z } from 'zod';
import type { NodeRef } from '../../load/positions.js';
import type { PathSegment } from '../../load/positions.js';
import type { RawFinding, SourceFile } from '../../load/types.js';
import type { HolderDoc, KpiRefDoc } from '../schema.js';
import type { EntityBase, Holder, KpiAssignment } from '../types.js';
import { bareObject, checkAgainst, lenient, type DocContext } from '../validateDoc.js';
import { REFUSED, type QuickChecker } from './quickCheck.js';

type Shape = Record<string, z.ZodType>;

/** The field names a schema accepts at `path` (for "did you mean" on unknown fields). */
function fieldsAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let s: unknown = schema;
  const unwrap = (x: unknown): unknown => {
    for (;;) {
      const def = (x as { _zod?: { def?: { type?: string; innerType?: unknown; options?: unknown[] } } })._zod?.def;
      if (def?.type === 'optional' || def?.type === 'default') x = def.innerType;
      else if (def?.type === 'union')
        x = def.options?.find((o) => (o as { _zod: { def: { type: string } } })._zod.def.type === 'object') ?? x;
      else return x;
      if (def.type === 'union') return x;
    }
  };
  s = unwrap(s);
  for (const seg of path) {
    const def = (s as { _zod: { def: { type: string; shape?: Shape; element?: unknown } } })._zod.def;
    if (def.type === 'object' && typeof seg === 'string')
      s = def.shape && Object.hasOwn(def.shape, seg) ? unwrap(def.shape[seg]) : undefined;
    else if (def.type === 'array') s = unwrap(def.element);
    else return [];
    if (!s) return [];
  }
  const def = (s as { _zod: { def: { type: string; shape?: Shape } } })._zod.def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** A document's fields as read: all of them when valid, else each field that is valid on its own. */
export interface Checked<T> {
  data: Partial<T> & { id: string };
  invalid: boolean;
}

/**
 * A kind's schema, the same with every field optional (what a lenient reading
 * gives) and its fields. Each kind builds its own once, at load: a zod schema
 * compiles its fast path on first use, which costs far more than one document.
 */
export interface KindSchema<T> {
  full: z.ZodType<T>;
  partial: z.ZodType<Partial<T>>;
  shape: Shape;
  /** The fast yes for plainly valid documents (quickCheck.ts); undefined when the schema is beyond it. */
  quick: QuickChecker | undefined;
}

/**
 * A document (`top`) or an inline role as written, when it is plainly valid:
 * its data as zod would give it and its `x-` keys, with no stripped copy of it
 * and no zod. Undefined means "check it the full way" (checkDoc), which gives
 * the findings when there are any.
 */
export function quickValid<T extends { id: string }>(
  schema: KindSchema<T>,
  written: Record<string, unknown>,
  top: boolean,
): { checked: Checked<T>; extensions: Record<string, unknown> } | undefined {
  const data = schema.quick?.(written, top);
  if (data === undefined || data === REFUSED) return undefined;
  const extensions = bareObject();
  for (const key of Object.keys(written)) if (key.startsWith('x-')) extensions[key] = written[key];
  return { checked: { data: data as T, invalid: false }, extensions };
}

/**
 * Validate `raw` against a kind's schema: its findings go to `findings`, and
 * the data to build from comes back (lenient when invalid), or undefined when
 * there is no id (an entity without an id cannot exist).
 */
export function checkDoc<T extends { id: string }>(
  schema: KindSchema<T>,
  raw: Record<string, unknown>,
  ctx: DocContext,
  findings: RawFinding[],
): Checked<T> | undefined {
  const result = checkAgainst(schema.full, raw, ctx, (p) => fieldsAt(schema.full, p));
  let data: Partial<T>;
  if (result.ok) data = result.data;
  else {
    findings.push(...result.findings);
    data = lenient(schema.shape, schema.partial, raw);
  }
  // The checked data as it is (no copy: one object per role is what building an org allocates most of).
  if (typeof data.id !== 'string') return undefined;
  return { data: data as Partial<T> & { id: string }, invalid: !result.ok };
}

/**
 * Ids, and every reference to one, are compared in Unicode NFC: the same word
 * typed composed (`café`) or decomposed (`cafe` + U+0301) is one id, so twins
 * are a `duplicate-id` and a reference resolves whichever way it was typed.
 */
export function nfc(id: string): string {
  return id.normalize('NFC');
}

export function nfcOpt(id: unknown): string | undefined {
  return typeof id === 'string' ? nfc(id) : undefined;
}

export function nfcList(ids: unknown): string[] {
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string').map(nfc) : [];
}

export function kpiAssignments(refs: KpiRefDoc[] | undefined): KpiAssignment[] {
  return (refs ?? []).map((r, index) => (typeof r === 'string' ? { id: nfc(r), index } : { id: nfc(r.id), target: r.target, index }));
}

export function holders(list: HolderDoc[] | undefined): Holder[] | undefined {
  return list?.map((h) => (typeof h === 'string' ? { name: h } : { name: h.name, ...(h.email ? { email: h.email } : {}) }));
}

/** Where an entity was read from, and what every kind has. */
export interface DocSource {
  source: SourceFile;
  node: NodeRef;
  written: Record<string, unknown>;
  extensions: Record<string, unknown>;
}

/** The fields of EntityBase, from a checked document (`effective` last, and only when the entity is dated). */
export function entityBase(
  checked: Checked<{ id: string; description?: string; previously?: string[]; effective_from?: string; effective_until?: string }>,
  from: DocSource,
  invalid = checked.invalid,
): Omit<EntityBase, 'kind'> {
  const d = checked.data;
  const base: Omit<EntityBase, 'kind'> = {
    id: nfc(d.id),
    description: d.description,
    // A document with a schema error may hold anything here: only its strings count.
    previously: Array.isArray(d.previously) ? d.previously.filter((p) => typeof p === 'string').map(nfc) : [],
    source: from.source,
    node: from.node,
    written: from.written,
    invalid,
    extensions: from.extensions,
  };
  // Undated entities stay as they were: no `effective` key at all.
  if (d.effective_from !== undefined || d.effective_until !== undefined)
    base.effective = {
      ...(d.effective_from !== undefined ? { from: d.effective_from } : {}),
      ...(d.effective_until !== undefined ? { until: d.effective_until } : {}),
    };
  return base;
}
