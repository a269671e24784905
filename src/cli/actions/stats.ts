/** `orgctl stats`: load → model → figures → text or JSON. */
import { loadOrg } from '../../model/load.js';
import { computeStats, formatStats } from '../../stats/index.js';
import { writeOutput } from '../../core/fs/output.js';
import { pickLocale } from '../../core/locale.js';
import type { StatsOptions } from '../commands/stats.js';
import { countOrgErrors, sayOrgErrors } from '../orgNotice.js';
import { refuseOutputIntoOrg } from '../outputGuard.js';

export function runStats(path: string, opts: StatsOptions): number {
  refuseOutputIntoOrg(opts.output, [path]);
  const model = loadOrg([path], process.cwd(), undefined, { asOf: opts.asOf });
  // Figures of a broken org are still figures; say how broken it is, as chart and docs do.
  sayOrgErrors(countOrgErrors(model));
  writeOutput(formatStats(opts.format, computeStats(model), pickLocale(opts.lang, model.organization)), opts.output);
  return 0;
}
