/**
 * A reference to an id that exists only at another date is not a typo: "'after-sales' is not in effect on
 * 2026-12-01 (it takes effect on 2027-01-01 …)" says more than "unknown, did you mean …". The rules look
 * ids up in the model's maps (model.roles, model.departments …) and call didYouMeanId with those maps; this
 * registry, keyed by the map itself, lets that one helper give the dated answer without every rule passing
 * the model along.
 */
import { notInEffectReason } from './effective.js';
import type { Dating, Entity, OrgModel } from './types.js';

const datingOfPool = new WeakMap<ReadonlyMap<string, unknown>, Dating>();

export function registerNotInEffect(model: OrgModel): void {
  if (!model.dating) return;
  for (const pool of [model.byId, model.roles, model.departments, model.kpis, model.workflows]) datingOfPool.set(pool, model.dating);
}

/** The version nearest `asOf` in time (not in file order): the next to start, else the last to end. */
function nearest(versions: readonly Entity[], asOf: string): Entity {
  let next: Entity | undefined;
  let last: Entity = versions[0]!;
  for (const v of versions) {
    const from = v.effective?.from;
    if (from !== undefined && asOf < from && (next === undefined || from < next.effective!.from!)) next = v;
    if ((v.effective?.until ?? '') > (last.effective?.until ?? '')) last = v;
  }
  return next ?? last;
}

/** " ('x' is not in effect on D: …)" when `name` is a version not in effect at the pools' date, else undefined. */
export function notInEffectHint(name: string, pools: readonly ReadonlyMap<string, unknown>[]): string | undefined {
  for (const pool of pools) {
    const dating = datingOfPool.get(pool);
    const versions = dating?.notInEffect.get(name);
    if (dating && versions?.length) {
      return ` ('${name}' is not in effect on ${dating.asOf}: ${notInEffectReason(nearest(versions, dating.asOf), dating.asOf)})`;
    }
  }
  return undefined;
}
