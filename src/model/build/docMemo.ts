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
 */
import type { LoadedDoc, SourceFile } from '../../load/types.js';
import type { Entity } from '../types.js';

export interface DocMemo {
  /** The entities `doc` built into before, copied onto `file`; undefined when it was not kept. */
  reuse(file: SourceFile, doc: LoadedDoc): Entity[] | undefined;
  /** Keep what `doc` built into when it built cleanly (see above). */
  remember(doc: LoadedDoc, built: { entities: Entity[]; findings: number; leftOut: number }): void;
}

export function createDocMemo(): DocMemo {
  const built = new WeakMap<LoadedDoc, Entity[]>();
  return {
    reuse(file, doc) {
      const entities = built.get(doc);
      return entities?.map((e) => ({ ...e, source: file }));
    },
    remember(doc, { entities, findings, leftOut }) {
      if (findings === 0 && leftOut === 0 && entities.length > 0) built.set(doc, entities);
    },
  };
}
