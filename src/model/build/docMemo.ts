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
 * not have met yet, and the head kept 100k that nothing would read.
 */
import type { LoadedDoc, SourceFile } from '../../load/types.js';
import { samePlain } from '../../core/samePlain.js';
import type { NodeRef } from '../../load/positions.js';
import type { Entity, Role } from '../types.js';
import { isPlainObject } from '../validateDoc.js';

export interface DocMemo {
  /** Whether the model being built is the first (its documents are remembered, nothing is reused). */
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

export function createDocMemo(): DocMemo {
  const built = new WeakMap<LoadedDoc, Entity[]>();
  const inline = new Map<string, DepartmentRoles>();
  let last: DepartmentRoles | undefined;
  let recording = true;
  return {
    get recording() {
      return recording;
    },
    endModel() {
      recording = false;
      last = undefined;
    },
    reuse(file, doc) {
      if (recording) return undefined;
      const entities = built.get(doc);
      return entities?.map((e) => ({ ...e, source: file }));
    },
    remember(doc, { entities, findings, leftOut }) {
      if (recording && findings === 0 && leftOut === 0 && entities.length > 0) built.set(doc, entities);
    },
    reuseInlineRole(file, node, item, place) {
      if (recording) return undefined;
      const id = isPlainObject(item) && typeof item.id === 'string' ? item.id : undefined;
      const kept = id === undefined ? undefined : inline.get(place.department);
      if (!kept || !samePlain(kept.place.period, place.period)) return undefined;
      if (!kept.byId) {
        kept.byId = new Map();
        for (const role of kept.roles)
          if (isPlainObject(role.written) && typeof role.written.id === 'string') kept.byId.set(role.written.id, role);
      }
      const role = kept.byId.get(id!);
      if (!role || !samePlain(role.written, item)) return undefined;
      return { ...role, source: file, node };
    },
    rememberInlineRole(item, place, role) {
      if (!recording || !isPlainObject(item) || typeof item.id !== 'string') return;
      // The roles of one department come one after another with the same place: one map entry for them all.
      if (last?.place !== place) {
        last = { place, roles: [] };
        inline.set(place.department, last);
      }
      last.roles.push(role);
    },
  };
}
