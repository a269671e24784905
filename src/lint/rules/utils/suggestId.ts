/**
 * "Did you mean" for an unknown id reference. First a look-alike: a
 * `reports_to: сео` typed in Cyrillic is 3 edits from `ceo`, too far for the
 * edit-distance suggestion, but draws the same (equal TR39 skeleton). Else the
 * usual nearest spelling (util/suggest.ts).
 */
import { skeleton } from '../../../model/confusables.js';
import { didYouMean, suggestOne } from '../../../core/text/suggest.js';
import type { ValueReplacement } from '../../types.js';

/** Skeleton → the first id drawn that way, per id map (each model's maps are built once). */
const indexes = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string>>();

function lookalikeIn(name: string, pool: ReadonlyMap<string, unknown>): string | undefined {
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

/** " (did you mean 'x'?)" or "", for `name` among the ids of `pools` (e.g. roles, or roles and departments). */
export function didYouMeanId(name: string, ...pools: ReadonlyMap<string, unknown>[]): string {
  for (const pool of pools) {
    const found = lookalikeIn(name, pool);
    if (found !== undefined) return ` (did you mean '${found}'?)`;
  }
  // The Maps themselves, so suggest.ts builds its length-bucketed index once per model map.
  return didYouMean(name, ...pools);
}

/**
 * The same suggestion as an edit: replace the scalar `name` with the id it
 * most likely meant. Safe (applied by `validate --fix`) when that id is the
 * only candidate: a look-alike, or the only id at the smallest distance.
 * Pass it as `ctx.report({..., replace: replaceId(name, pools)})`.
 */
export function replaceId(name: string, ...pools: ReadonlyMap<string, unknown>[]): ValueReplacement | undefined {
  for (const pool of pools) {
    const found = lookalikeIn(name, pool);
    if (found !== undefined) return { from: name, to: found, safe: true };
  }
  const best = suggestOne(name, ...pools);
  return best && { from: name, to: best.text, safe: best.unique };
}
