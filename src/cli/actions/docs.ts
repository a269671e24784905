/**
 * `orgctl docs`: load → check → planHandbook (chart by the docs chart
 * policy) → writeDocs into DIR, which renders each page as it writes it (a
 * handbook of 100k pages is never in memory at once) → say what happened.
 *
 * What is written, replaced and removed in DIR, and how the manifest is read
 * as untrusted input, is the writer's business (docs/writer/); which chart the
 * handbook embeds is docs/chartPolicy.ts's. This file only wires and prints.
 */
import path from 'node:path';
import { planHandbook, MANIFEST, assertDocsDir, writeDocs, type WriteResult } from '../../docs/index.js';
import { finishLayout, prepareLayout } from '../../chart/layout/layoutChart.js';
import { UsageError } from '../../core/errors.js';
import { createProgress } from '../../core/progress.js';
import { loadOrg } from '../../model/load.js';
import type { DocsOptions } from '../commands/docs.js';
import { noticeOrgErrors } from '../orgNotice.js';
import { debug, say, warn } from '../stderr.js';
import { plural } from '../../core/text/plural.js';

export async function runDocs(orgPath: string, opts: DocsOptions): Promise<number> {
  if (!opts.output) throw new UsageError('docs needs an output directory: -o DIR');
  // `-o -` is stdout for every other command; here it would quietly make a folder named '-'.
  if (opts.output === '-')
    throw new UsageError("docs writes a folder of pages, not stdout: name a directory with -o DIR (e.g. -o handbook/), not '-'");
  const outDir = path.resolve(opts.output);
  assertDocsDir(outDir); // before the org is read: a wrong -o fails at once

  // The handbook's chart (and an HTML handbook's workflow diagrams) are laid out by ELK: it loads on
  // another thread while this one reads the org, and stops once they are drawn, before the pages are written.
  prepareLayout();
  let progress = createProgress();
  progress.update('reading the org');
  // Files are named relative to DIR, where the pages listing findings are, not to the current directory: a
  // message naming another file (a duplicate's first place, a file that does not parse) then reads the same
  // whichever directory orgctl runs in.
  const model = loadOrg([orgPath], process.cwd(), undefined, { asOf: opts.asOf, shownFrom: outDir });
  progress.update('checking the org');
  progress.done(); // the notice below is a line of its own
  const { findings, summary } = noticeOrgErrors(model);

  progress = createProgress();
  const files = await planHandbook(model, {
    format: opts.format,
    ...(opts.lang !== undefined ? { lang: opts.lang } : {}),
    findings: opts.findings ? findings : [],
    onProgress: (label, done, total) => {
      progress.update(label, done, total);
    },
    onChartError: (err) => {
      debug(`orgctl: chart unavailable, using Mermaid: ${err instanceof Error ? err.message : String(err)}`);
    },
  });
  finishLayout();
  const result = writeDocs(outDir, files, progress);
  progress.done();
  report(opts.output, files.length, result);
  return summary.errors > 0 ? 1 : 0;
}

/** What the writer did, on stderr; file names in DIR come from the repository (stderr.ts prints them inert). */
function report(output: string, total: number, result: WriteResult): void {
  if (result.ignored.length) {
    const more = result.ignored.length > 1 ? ` (and ${result.ignored.length - 1} more)` : '';
    warn(
      `ignored ${quotedEntry(result.ignored[0]!)}${more} in ${path.join(output, MANIFEST)}: not a file orgctl docs writes inside ${output}`,
    );
  }
  for (const kept of result.kept) {
    const why =
      kept.reason === 'link'
        ? 'it is reached through a symbolic link, and orgctl docs never follows links inside -o'
        : 'it was edited after orgctl wrote it, so it is yours now';
    warn(`left ${path.join(output, kept.path)} in place: ${why}`);
  }
  say(
    `handbook in ${output}: ${plural(total, 'file')} (${result.changed} written, ${total - result.changed} unchanged, ${result.removed.length} removed)`,
  );
}

/** A manifest entry as shown on a terminal: quoted, at most 200 characters. */
function quotedEntry(text: string): string {
  const shown = Array.from(text).slice(0, 200).join('');
  return `"${shown}${shown.length < text.length ? '…' : ''}"`;
}
