/** Import helpers for tests: a CSV text → the files and problems, and the files → a model. */
import { importRoster, type ImportResult } from '../../src/import/index.js';
import { loadOrgFromText } from '../../src/model/load.js';
import type { OrgModel } from '../../src/model/types.js';

export async function importCsv(text: string, opts: { map?: string[] } = {}): Promise<ImportResult> {
  return importRoster(new TextEncoder().encode(text), 'roster.csv', { folder: '/x/org' }, opts);
}

/** The YAML files of an import as a model (the schema file left out). */
export function modelOfImport(result: ImportResult): OrgModel {
  return loadOrgFromText(Object.fromEntries(result.files.filter((f) => f.path.endsWith('.yaml')).map((f) => [f.path, f.content])));
}

export function csv(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
