/**
 * A parse with every document as plain data, its skeleton included: the fast
 * path builds a document's skeleton on first use (src/load/fastYaml/index.ts),
 * so its documents are objects whose `root` is read through a getter. This
 * reads each one, so a test compares what a caller sees with what `yaml` gives.
 */
import type { ParsedFile } from '../../src/load/parse.js';

export function withSkeletons(parsed: ParsedFile): ParsedFile {
  const docs = parsed.file.docs.map(({ root, offset, value, index }) => ({ root, offset, value, index }));
  return { ...parsed, file: { ...parsed.file, docs } };
}
