/** `orgctl chart`: load → model → (rules, for the error count) → view → layout → writer. */
import { loadOrg } from '../../model/load.js';
import { prepareLayout, renderChartPng, renderChartTo } from '../../chart/index.js';
import { UsageError } from '../../core/errors.js';
import { writeOutputFrom } from '../../core/fs/chunkedOutput.js';
import { writeOutput } from '../../core/fs/output.js';
import { createProgress } from '../../core/progress.js';
import type { ChartCommandOptions } from '../commands/chart.js';
import { noticeOrgErrors } from '../orgNotice.js';
import { refuseOutputIntoOrg } from '../outputGuard.js';

export async function runChart(path: string, opts: ChartCommandOptions): Promise<number> {
  refuseOutputIntoOrg(opts.output, [path]);
  const progress = createProgress();
  // ELK loads on another thread while this one reads the org (only the SVG and JSON need a layout).
  if (opts.format === 'svg' || opts.format === 'png' || opts.format === 'json' || opts.format === 'html') prepareLayout();
  try {
    progress.update('loading the org');
    const model = loadOrg([path], process.cwd(), undefined, { asOf: opts.asOf });
    const chartOptions = {
      level: opts.level,
      ...(opts.root !== undefined ? { root: opts.root } : {}),
      ...(opts.department !== undefined ? { department: opts.department } : {}),
      ...(opts.depth !== undefined ? { depth: opts.depth } : {}),
      ...(opts.team !== undefined ? { team: opts.team } : {}),
      onProgress: (label: string, done?: number, total?: number) => {
        progress.update(label, done, total);
      },
    };
    if (opts.scale !== undefined && opts.format !== 'png') throw new UsageError('--scale applies to --format png only');
    if (opts.format === 'png') {
      const png = await renderChartPng(model, { ...chartOptions, ...(opts.scale !== undefined ? { scale: opts.scale } : {}) });
      progress.done(); // clear the progress line before the notice is printed
      const { summary } = noticeOrgErrors(model);
      writeOutput(png, opts.output);
      return summary.errors > 0 ? 1 : 0;
    }
    // Written as it is produced: the SVG of a large org is never held as one string, nor kept while the rules run below.
    let writing = false;
    await writeOutputFrom(opts.output, (write) =>
      renderChartTo(model, { ...chartOptions, format: opts.format }, (chunk) => {
        if (!writing) progress.done(); // the progress line is cleared before any text (stdout may be the same terminal)
        writing = true;
        write(chunk);
      }),
    );
    const { summary } = noticeOrgErrors(model);
    return summary.errors > 0 ? 1 : 0;
  } finally {
    progress.done();
  }
}
