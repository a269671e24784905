/** `orgctl chart`: load → model → (rules, for the error count) → view → layout → writer. */
import { loadOrg } from '../../model/load.js';
import { prepareChart, prepareLayout, renderChartPng } from '../../chart/index.js';
import { UsageError } from '../../core/errors.js';
import { writeOutputFrom } from '../../core/fs/chunkedOutput.js';
import { writeOutput } from '../../core/fs/output.js';
import { createProgress } from '../../core/progress.js';
import type { ChartCommandOptions } from '../commands/chart.js';
import type { ChartFormat } from '../../chart/types.js';
import { extname } from 'node:path';
import { collectSoonerWhenLarge } from '../../core/heapGrowth.js';
import type { OrgModel } from '../../model/types.js';
import { countOrgErrors, sayOrgErrors } from '../orgNotice.js';
import { refuseOutputIntoOrg } from '../outputGuard.js';
import { warn } from '../stderr.js';
import { MERMAID_DEFAULT_LIMITS, pastMermaidLimits } from '../../chart/format/mermaid.js';

export async function runChart(path: string, opts: ChartCommandOptions): Promise<number> {
  refuseOutputIntoOrg(opts.output, [path]);
  refuseOutputNamedForAnotherFormat(opts.output, opts.format);
  // A PNG's bytes printed on a terminal are noise at best, escape sequences that reconfigure it at worst.
  if (opts.format === 'png' && (opts.output === undefined || opts.output === '-') && process.stdout.isTTY) {
    throw new UsageError('refusing to write a PNG to the terminal: write it to a file with -o FILE (e.g. -o org.png), or pipe it');
  }
  const progress = createProgress();
  // ELK is loading on the thread bin/orgctl.js started; it is taken over at the first department that needs
  // it (withoutElk.ts places the rest), or started then when there is none. The one chart laid out, the
  // thread stops and its memory is free for the drawing.
  if (opts.format === 'svg' || opts.format === 'png' || opts.format === 'json' || opts.format === 'html') {
    prepareLayout({ once: true, whenNeeded: true });
  }
  try {
    progress.update('loading the org');
    let model: OrgModel | undefined = loadOrg([path], process.cwd(), collectSoonerWhenLarge(), { asOf: opts.asOf }); // see heapGrowth.ts
    const chartOptions = {
      level: opts.level,
      ...(opts.root !== undefined ? { root: opts.root } : {}),
      ...(opts.department !== undefined ? { department: opts.department } : {}),
      ...(opts.depth !== undefined ? { depth: opts.depth } : {}),
      ...(opts.team !== undefined ? { team: opts.team } : {}),
      ...(opts.lang !== undefined ? { lang: opts.lang } : {}),
      onProgress: (label: string, done?: number, total?: number) => {
        progress.update(label, done, total);
      },
    };
    if (opts.scale !== undefined && opts.format !== 'png') throw new UsageError('--scale applies to --format png only');
    if (opts.format === 'png') {
      const png = await renderChartPng(model, { ...chartOptions, ...(opts.scale !== undefined ? { scale: opts.scale } : {}) });
      progress.done(); // clear the progress line before the notice is printed
      const errors = countOrgErrors(model);
      sayOrgErrors(errors);
      writeOutput(png, opts.output);
      return errors > 0 ? 1 : 0;
    }
    const chart = prepareChart(model, { ...chartOptions, format: opts.format });
    // The rules run now (their notice is said once the chart is written) and the model is let go: the layout,
    // the routes and the drawing need only the view, and at 100k roles the model is half a gigabyte.
    const errors = countOrgErrors(model);
    model = undefined;
    // Written as it is produced: the SVG of a large org is never held as one string.
    let writing = false;
    let mermaid = '';
    await writeOutputFrom(opts.output, (write) =>
      chart.writeTo((chunk) => {
        if (!writing) progress.done(); // the progress line is cleared before any text (stdout may be the same terminal)
        writing = true;
        if (opts.format === 'mermaid') mermaid += chunk;
        write(chunk);
      }),
    );
    sayOrgErrors(errors);
    if (opts.format === 'mermaid') warnPastMermaidLimits(mermaid);
    return errors > 0 ? 1 : 0;
  } finally {
    progress.done();
  }
}

/** A Mermaid chart too large for Mermaid's defaults is written all the same, with what to do about it. */
function warnPastMermaidLimits(text: string): void {
  const past = pastMermaidLimits(text);
  if (!past) return;
  const { edges, characters } = MERMAID_DEFAULT_LIMITS;
  warn(
    `this Mermaid chart has ${past.edges} lines and ${grouped(past.characters)} characters; Mermaid draws at most ${edges} lines and ${grouped(characters)} characters by default (so does GitHub): chart a part with --department, --root or --depth, or use --level department`,
  );
}

/** 127086 → 127,086 (whatever the machine's locale). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** The chart format a file name stands for (`.gv` and `.mermaid` too); other names say nothing. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, ChartFormat>> = {
  '.svg': 'svg',
  '.png': 'png',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.dot': 'dot',
  '.gv': 'dot',
  '.mmd': 'mermaid',
  '.mermaid': 'mermaid',
};

/** `-o org.png` without `--format png` would put an SVG in a file no image viewer opens: say which --format to add. */
function refuseOutputNamedForAnotherFormat(output: string | undefined, format: ChartFormat): void {
  if (output === undefined || output === '-') return;
  const named = FORMAT_OF_EXTENSION[extname(output).toLowerCase()];
  if (named !== undefined && named !== format) {
    throw new UsageError(
      `${output} is named for a ${named} chart, but the format is ${format}: add --format ${named} (or name the file for ${format})`,
    );
  }
}
