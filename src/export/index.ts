/** `orgctl export`: the model → text in one of EXPORT_FORMATS (one module per format; pure, no I/O). */
import { UsageError } from '../core/errors.js';
import type { OrgModel } from '../model/types.js';
import { exportBackstage } from './backstage.js';
import { exportCsv } from './csv.js';
import type { ExportFormat } from './formats.js';
import { exportJsonLd } from './jsonld.js';

export { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export interface ExportOptions {
  /** jsonld: the IRI prefix (default `urn:orgctl:<org id>:`). */
  base?: string;
}

export function exportOrg(model: OrgModel, format: ExportFormat, opts: ExportOptions = {}): string {
  // Only the JSON-LD has IRIs: a base given for another format would be ignored without a word.
  if (opts.base !== undefined && format !== 'jsonld') throw new UsageError('--base applies to --format jsonld only');
  switch (format) {
    case 'backstage':
      return exportBackstage(model);
    case 'jsonld':
      return exportJsonLd(model, opts.base);
    case 'csv':
      return exportCsv(model);
  }
}
