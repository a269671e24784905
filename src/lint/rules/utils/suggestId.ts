/**
 * "Did you mean" for an unknown id reference. People type what they see:
 * a department's name or a role's title (`department: 客服部`,
 * `reports_to: 客服主管`), so those are matched first and the id is offered
 * with the name it was found by: "did you mean 'customer-service' (客服部)?".
 * Then a look-alike id: a `reports_to: сео` typed in Cyrillic is 3 edits from
 * `ceo`, too far for the edit-distance suggestion, but draws the same (equal
 * TR39 skeleton). Then the nearest spelling of an id (core/text/suggest.ts),
 * then of a name or title (`客服组` → `客服部`). All indexes are built once
 * per model map, and the spelling search bounds its work.
 */
import { skeleton } from '../../../model/confusables.js';
import { notInEffectHint } from '../../../model/notInEffect.js';
import { suggest, suggestOne } from '../../../core/text/suggest.js';
import type { Replacements } from '../../types.js';

/** One suggestion: the id, and the name or title it was found by (when it was). */
export interface IdCandidate {
  id: string;
  label?: string;
  /** Only the first of several ids equally near: shown, never applied by --fix. */
  tied?: boolean;
}

/** Suggestions shown at most (many roles may share a title). */
const MAX_CANDIDATES = 3;

type Pool = ReadonlyMap<string, unknown>;

/** Skeleton → the first id drawn that way, per id map (each model's maps are built once). */
const indexes = new WeakMap<Pool, Map<string, string>>();
/** Name or title (NFC, lower case) → the ids that have it, in map order, per id map. */
const labelIndexes = new WeakMap<Pool, Map<string, string[]>>();

function lookalikeIn(name: string, pool: Pool): string | undefined {
  let index = indexes.get(pool);
  if (!index) {
    index = new Map();
    for (const id of pool.keys()) {
      const sk = skeleton(id);
      if (!index.has(sk)) index.set(sk, id);
    }
    indexes.set(pool, index);
  }
  const found = index.get(skeleton(name));
  return found === name ? undefined : found;
}

/** A department's name or a role's title (what `pool` holds are entities). */
function labelOf(entity: unknown): string | undefined {
  if (typeof entity !== 'object' || entity === null) return undefined;
  const e = entity as { name?: unknown; title?: unknown };
  return typeof e.name === 'string' ? e.name : typeof e.title === 'string' ? e.title : undefined;
}

function foldLabel(label: string): string {
  return label.normalize('NFC').trim().toLowerCase();
}

function labelsOf(pool: Pool): Map<string, string[]> {
  let index = labelIndexes.get(pool);
  if (!index) {
    index = new Map();
    for (const [id, entity] of pool) {
      const label = labelOf(entity);
      if (label === undefined) continue;
      const key = foldLabel(label);
      const ids = index.get(key);
      if (ids) ids.push(id);
      else index.set(key, [id]);
    }
    labelIndexes.set(pool, index);
  }
  return index;
}

function withLabels(key: string, pools: readonly Pool[]): IdCandidate[] {
  const out: IdCandidate[] = [];
  for (const pool of pools)
    for (const id of labelsOf(pool).get(key) ?? []) {
      const label = labelOf(pool.get(id));
      // A Chinese id is often its own name: "'营销部' (营销部)" says nothing more.
      out.push(label !== undefined && label !== id ? { id, label } : { id });
    }
  return out.slice(0, MAX_CANDIDATES);
}

/** What an unknown id `name` was probably meant to be, among the ids of `pools` (e.g. roles, or roles and departments). */
export function suggestIds(name: string, ...pools: Pool[]): IdCandidate[] {
  const byLabel = withLabels(foldLabel(name), pools);
  if (byLabel.length) return byLabel;
  for (const pool of pools) {
    const found = lookalikeIn(name, pool);
    if (found !== undefined) return [{ id: found }];
  }
  // The Maps themselves, so suggest.ts builds its length-bucketed index once per model map.
  const near = suggestOne(name, ...pools);
  if (near !== undefined) return [near.unique ? { id: near.text } : { id: near.text, tied: true }];
  const nearLabel = suggest(foldLabel(name), ...pools.map(labelsOf));
  return nearLabel === undefined ? [] : withLabels(nearLabel, pools);
}

/** " (did you mean 'customer-service' (客服部)?)", with " or " between several, or "". */
export function didYouMeanIds(candidates: readonly IdCandidate[]): string {
  if (!candidates.length) return '';
  return ` (did you mean ${candidates.map((c) => (c.label !== undefined ? `'${c.id}' (${c.label})` : `'${c.id}'`)).join(' or ')}?)`;
}

/** " (did you mean 'x'?)" or "", for `name` among the ids of `pools`. */
export function didYouMeanId(name: string, ...pools: Pool[]): string {
  return notInEffectHint(name, pools) ?? didYouMeanIds(suggestIds(name, ...pools));
}

/** The hint text and the replacements a finding carries, for an unknown id. */
export function idHint(name: string, ...pools: Pool[]): { text: string; replaceWith: Replacements } {
  // An id that exists at another date (effective dating) is not a typo: say when, replace nothing.
  const dated = notInEffectHint(name, pools);
  if (dated !== undefined) return { text: dated, replaceWith: { ids: [], safe: false } };
  const candidates = suggestIds(name, ...pools);
  const ids = candidates.map((c) => c.id);
  return { text: didYouMeanIds(candidates), replaceWith: { ids, safe: ids.length === 1 && !candidates[0]!.tied } };
}
