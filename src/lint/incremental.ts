/**
 * Checking the second side of a diff from the first: most of a restructure's
 * HEAD is the base unchanged, so a rule whose findings about an entity depend
 * only on that entity (and on things it names, which it says when they
 * matter) need not look at the whole org again. It looks at the entities that
 * changed, and the base's findings about every other entity are reported
 * again, at that entity's place in HEAD (its file and line there).
 *
 * "Changed" is decided by identity, never by comparing values: two sides
 * share an entity's written mapping exactly when it was read from the same
 * bytes (load/sharedParse.ts hands both sides one parse of a file that did not
 * change, and model/build/docMemo.ts copies the entities it built). Anything
 * built again counts as changed, even when it reads the same: never wrong, at
 * worst slower.
 *
 * A rule opts in with `incremental` (types.ts), saying which further
 * entities a change makes it look at again and when it must look at
 * everything. Rules without it run in full; so does every rule when the two
 * sides differ in what the whole org depends on (the Organization: rule
 * settings, the top; effective dating; duplicate ids; documents that did not
 * parse), or when so much changed that a full run is as cheap.
 * tests/lint/incremental.test.ts holds the result to a full run on random
 * restructures.
 */
import { samePlain } from '../core/samePlain.js';
import type { Entity, OrgModel } from '../model/types.js';

/** What changed between two models, by entity id (see above for "changed"). */
export interface ModelDelta {
  readonly base: OrgModel;
  readonly head: OrgModel;
  /** Ids of HEAD's entities that are new or built from other YAML than the base's of that id. */
  readonly changed: ReadonlySet<string>;
  /** Ids the base has and HEAD does not. */
  readonly removed: ReadonlySet<string>;
  /** The base's entity of each changed or removed id, if it had one. */
  before(id: string): Entity | undefined;
  /** Whether an id of this kind was added or removed. */
  idsChanged(kind: Entity['kind']): boolean;
  /** Whether any entity of this kind changed, was added or was removed. */
  kindChanged(kind: Entity['kind']): boolean;
  /** Each HEAD entity's place in model order (worked out on first use). */
  headOrder(): ReadonlyMap<Entity, number>;
}

/** Above this share of changed entities, a full run costs no more than finding what to look at again. */
const MOST_CHANGED = 0.25;

/** The delta between two models, or undefined when HEAD is to be checked in full (see the module comment). */
export function modelDelta(base: OrgModel, head: OrgModel): ModelDelta | undefined {
  if (wholeOrgDiffers(base, head)) return undefined;
  const changed = new Set<string>();
  const removed = new Set<string>();
  const changedKinds = new Set<Entity['kind']>();
  const idKinds = new Set<Entity['kind']>();
  const limit = Math.max(16, head.byId.size * MOST_CHANGED);
  let shared = 0;
  for (const [id, entity] of head.byId) {
    const was = base.byId.get(id);
    if (was !== undefined) shared++;
    if (was !== undefined && was.kind === entity.kind && was.written === entity.written) continue;
    changed.add(id);
    changedKinds.add(entity.kind);
    if (was === undefined) idKinds.add(entity.kind);
    else if (was.kind !== entity.kind) return undefined;
    if (changed.size > limit) return undefined;
  }
  if (shared < base.byId.size)
    for (const [id, was] of base.byId)
      if (!head.byId.has(id)) {
        removed.add(id);
        changedKinds.add(was.kind);
        idKinds.add(was.kind);
        if (changed.size + removed.size > limit) return undefined;
      }
  let order: Map<Entity, number> | undefined;
  return {
    base,
    head,
    changed,
    removed,
    before: (id) => base.byId.get(id),
    idsChanged: (kind) => idKinds.has(kind),
    kindChanged: (kind) => changedKinds.has(kind),
    headOrder() {
      if (!order) {
        order = new Map();
        for (const e of head.byId.values()) order.set(e, order.size);
      }
      return order;
    },
  };
}

/** What every rule may read besides its entities: then no finding of the base can be taken as it is. */
function wholeOrgDiffers(base: OrgModel, head: OrgModel): boolean {
  const orgBase = base.organization;
  const orgHead = head.organization;
  return (
    orgBase === undefined ||
    orgHead === undefined ||
    // Read again when its file changed at all (a comment, another document): compared by value, one mapping.
    (orgBase.written !== orgHead.written && !samePlain(orgBase.written, orgHead.written)) ||
    base.organizations.length !== 1 ||
    head.organizations.length !== 1 ||
    base.dating !== undefined ||
    head.dating !== undefined ||
    base.duplicates.length > 0 ||
    head.duplicates.length > 0 ||
    base.unchecked.size > 0 ||
    head.unchecked.size > 0 ||
    base.asOf !== head.asOf
  );
}

/** The managers a changed, added or removed role reports to on either side: a change of their reports is theirs too. */
export function managersOfChanged(delta: ModelDelta): string[] {
  const out: string[] = [];
  const add = (role: Entity | undefined) => {
    if (role?.kind === 'Role' && role.reportsTo !== undefined) out.push(role.reportsTo);
  };
  for (const id of delta.changed) {
    add(delta.head.byId.get(id));
    add(delta.before(id));
  }
  for (const id of delta.removed) add(delta.before(id));
  return out;
}

/**
 * KPI ids whose listings changed: listed by a changed department or role on one side and not (as often) on
 * the other, or by one that came or went. A retitled role lists the same KPIs and adds none.
 */
export function listingsChanged(delta: ModelDelta): string[] {
  const out = new Set<string>();
  const listings = (e: Entity | undefined) => (e?.kind === 'Role' || e?.kind === 'Department' ? e.kpis.map((ref) => ref.id) : []);
  const compare = (was: readonly string[], now: readonly string[]) => {
    if (was.length === now.length && was.every((id, i) => id === now[i])) return;
    for (const id of was) out.add(id);
    for (const id of now) out.add(id);
  };
  for (const id of delta.changed) compare(listings(delta.before(id)), listings(delta.head.byId.get(id)));
  for (const id of delta.removed) compare(listings(delta.before(id)), []);
  return [...out];
}
