/** `orgctl export`: load → exportOrg → stdout or -o. */
import { writeOutput } from '../../core/fs/output.js';
import { exportOrg } from '../../export/index.js';
import { loadOrg } from '../../model/load.js';
import type { ExportCliOptions } from '../commands/export.js';
import { countOrgErrors, sayOrgErrors } from '../orgNotice.js';
import { refuseOutputIntoOrg } from '../outputGuard.js';

export function runExport(orgPath: string, opts: ExportCliOptions): number {
  refuseOutputIntoOrg(opts.output, [orgPath]);
  const model = loadOrg([orgPath], process.cwd(), undefined, { asOf: opts.asOf });
  sayOrgErrors(countOrgErrors(model), `'${orgPath}'`);
  writeOutput(exportOrg(model, opts.format, opts.base !== undefined ? { base: opts.base } : {}), opts.output);
  return 0;
}
