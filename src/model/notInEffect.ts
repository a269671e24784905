/**
 * A reference to an id that exists only at another date is not a typo: "'after-sales' is not in effect on
 * 2026-12-01 (it takes effect on 2027-01-01 …)" says more than "unknown, did you mean …". The rules look
 * ids up in the model's maps (model.roles, model.departments …) and call didYouMeanId with those maps; this
 * registry, keyed by the map itself, lets that one helper give the dated answer without every rule passing
 * the model along.
 */
import { notInEffectReason } from './effective.js';
import type { Dating, Entity, OrgModel } from './types.js';

/** A pool's date and the kind its ids are (undefined for byId: any kind). */
const datingOfPool = new WeakMap<ReadonlyMap<string, unknown>, { dating: Dating; kind?: Entity['kind'] }>();

export function registerNotInEffect(model: OrgModel): void {
  const dating = model.dating;
  if (!dating) return;
  datingOfPool.set(model.byId, { dating });
  // A role that reports to a department planned for 2027 is not "a role not in effect yet": only the pool's kind answers.
  const kinds = [
    [model.roles, 'Role'],
    [model.departments, 'Department'],
    [model.kpis, 'KPI'],
    [model.workflows, 'Workflow'],
  ] as const;
  for (const [pool, kind] of kinds) datingOfPool.set(pool, { dating, kind });
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
    const registered = datingOfPool.get(pool);
    if (!registered) continue;
    const { dating, kind } = registered;
    const versions = dating.notInEffect.get(name)?.filter((v) => kind === undefined || v.kind === kind);
    if (versions?.length) {
      return ` ('${name}' is not in effect on ${dating.asOf}: ${notInEffectReason(nearest(versions, dating.asOf), dating.asOf)})`;
    }
  }
  return undefined;
}
