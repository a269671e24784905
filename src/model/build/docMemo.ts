/**
 * Building each distinct document once across the two sides of a diff. With
 * createSharedParse (load/sharedParse.ts), a file whose bytes are the same on
 * both sides gives both sides the same parsed documents (the same LoadedDoc
 * objects, under each side's own SourceFile). What a document builds into
 * depends only on that document, so the second side takes a copy of the
 * first side's entities, pointed at its own file, instead of checking the
 * document against its schema again: a restructure touches few files, and
 * building is the second largest cost of reading an org after the parse.
 *
 * Only documents that built cleanly (entities, no finding, no id left out)
 * are kept: a finding carries its file and suggestions, and rebuilding the
 * few documents with one costs less than relocating it. Each side gets its
 * own entity objects (a shallow copy), so no cache keyed by an entity mixes
 * the sides; what the copies share (nodes, lists, the written value) is never
 * modified after the build.
 *
 * The first model built with a memo is the one remembered (the base of a diff); the models built after it
 * only take from it. Neither side pays for the other half: the base looked up 100k inline roles it could
 * not have met yet, and the head kept 100k that nothing would read. `orgctl serve` builds one model after
 * another instead, each taking from the last: createRollingDocMemo below.
 */
import type { LoadedDoc, SourceFile } from '../../load/types.js';
import { samePlain } from '../../core/samePlain.js';
import type { NodeRef } from '../../load/positions.js';
import type { Entity, Role } from '../types.js';
import { isPlainObject } from '../validateDoc.js';

export interface DocMemo {
  /** Whether the model being built remembers its documents (for a diff, the first model only). */
  readonly recording: boolean;
  /** The model being built is done: the next one reuses what this one remembered. */
  endModel(): void;
  /** The entities `doc` built into before, copied onto `file`; undefined when it was not kept. */
  reuse(file: SourceFile, doc: LoadedDoc): Entity[] | undefined;
  /** Keep what `doc` built into when it built cleanly (see above). */
  remember(doc: LoadedDoc, built: { entities: Entity[]; findings: number; leftOut: number }): void;
  /** A role declared inline as `item` built before, in the same department and period, copied onto `file` at `node`. */
  reuseInlineRole(file: SourceFile, node: NodeRef, item: unknown, place: InlinePlace): Role | undefined;
  /** Keep an inline role that built cleanly from `item`. */
  rememberInlineRole(item: unknown, place: InlinePlace, role: Role): void;
}

/** What an inline role takes from its department besides its own mapping. */
export interface InlinePlace {
  department: string;
  period: Entity['effective'];
}

/**
 * Inline roles by department. A restructure edits a role or two in a department's file, so the file is
 * parsed again, but its other roles are written as before: a role whose mapping is the same (samePlain),
 * in the same department and period, builds into the same entity, and a copy at its new node and file is
 * taken instead of checking the mapping against the schema again. The base keeps each department's clean
 * roles in a list (its roles share one InlinePlace, so that is one lookup per department, not one keyed
 * entry per role: at 100k roles the per-role map cost the base 150–250 ms); a department's roles are put
 * by id only when the head asks for one of them, in the few files that changed.
 */
interface DepartmentRoles {
  place: InlinePlace;
  roles: Role[];
  byId?: Map<string, Role>;
}

/** What one model built: its clean documents' entities and its departments' clean inline roles. */
interface Kept {
  built: WeakMap<LoadedDoc, Entity[]>;
  inline: Map<string, DepartmentRoles>;
  last?: DepartmentRoles;
}

function keep(): Kept {
  return { built: new WeakMap(), inline: new Map() };
}

function reuseDoc(kept: Kept, file: SourceFile, doc: LoadedDoc): Entity[] | undefined {
  return kept.built.get(doc)?.map((e) => ({ ...e, source: file }));
}

function rememberDoc(kept: Kept, doc: LoadedDoc, { entities, findings, leftOut }: Parameters<DocMemo['remember']>[1]): void {
  if (findings === 0 && leftOut === 0 && entities.length > 0) kept.built.set(doc, entities);
}

function reuseInline(kept: Kept, file: SourceFile, node: NodeRef, item: unknown, place: InlinePlace): Role | undefined {
  const id = isPlainObject(item) && typeof item.id === 'string' ? item.id : undefined;
  const roles = id === undefined ? undefined : kept.inline.get(place.department);
  if (!roles || !samePlain(roles.place.period, place.period)) return undefined;
  if (!roles.byId) {
    roles.byId = new Map();
    for (const role of roles.roles)
      if (isPlainObject(role.written) && typeof role.written.id === 'string') roles.byId.set(role.written.id, role);
  }
  const role = roles.byId.get(id!);
  if (!role || !samePlain(role.written, item)) return undefined;
  return { ...role, source: file, node };
}

function rememberInline(kept: Kept, item: unknown, place: InlinePlace, role: Role): void {
  if (!isPlainObject(item) || typeof item.id !== 'string') return;
  // The roles of one department come one after another with the same place: one map entry for them all.
  if (kept.last?.place !== place) {
    kept.last = { place, roles: [] };
    kept.inline.set(place.department, kept.last);
  }
  kept.last.roles.push(role);
}

export function createDocMemo(): DocMemo {
  const kept = keep();
  let recording = true;
  return {
    get recording() {
      return recording;
    },
    endModel() {
      recording = false;
      kept.last = undefined;
    },
    reuse: (file, doc) => (recording ? undefined : reuseDoc(kept, file, doc)),
    remember(doc, built) {
      if (recording) rememberDoc(kept, doc, built);
    },
    reuseInlineRole: (file, node, item, place) => (recording ? undefined : reuseInline(kept, file, node, item, place)),
    rememberInlineRole(item, place, role) {
      if (recording) rememberInline(kept, item, place, role);
    },
  };
}

/**
 * A memo for a model built again and again from files that mostly did not
 * change (`orgctl serve` rebuilds on every save): each model takes from the
 * one before it and is remembered for the next, reused entities included, so
 * what a model kept is dropped with the model after it. At 100k roles a
 * rebuild then costs the entity copies and the maps (43 MB retained) instead
 * of building every entity again (101 MB), while the last good model is still
 * held for the handbook. A department whose document is reused whole does not
 * remember its inline roles one by one: when its file is edited later, that
 * one department's roles are built again.
 */
export function createRollingDocMemo(): DocMemo {
  let previous = keep();
  let current = keep();
  return {
    recording: true,
    endModel() {
      previous = current;
      current = keep();
    },
    reuse: (file, doc) => reuseDoc(previous, file, doc),
    remember(doc, built) {
      rememberDoc(current, doc, built);
    },
    reuseInlineRole: (file, node, item, place) => reuseInline(previous, file, node, item, place),
    rememberInlineRole(item, place, role) {
      rememberInline(current, item, place, role);
    },
  };
}
