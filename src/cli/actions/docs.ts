/**
 * `orgctl docs`: load → check → (chart) → renderDocs → write into DIR.
 *
 * Writing is careful because DIR may hold the user's own files and a pull
 * request may have planted links and a forged manifest there: see
 * docsWriter.ts (what is written, replaced and removed) and docsManifest.ts
 * (the manifest, read as untrusted input).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadOrg } from '../../api.js';
import { terminalText } from '../../core/escape/terminal.js';
import type { OrgModel } from '../../model/types.js';
import { departmentOrder, isTopDepartment } from '../../model/hierarchy.js';
import { renderDocs } from '../../docs/index.js';
import { UsageError } from '../../core/errors.js';
import { createProgress, type Progress } from '../../core/progress.js';
import type { DocsOptions } from '../commands/docs.js';
import { noticeOrgErrors } from '../orgNotice.js';
import { MANIFEST } from '../../docs/writer/manifest.js';
import { writeDocs } from '../../docs/writer/writeDocs.js';

export { MANIFEST } from '../../docs/writer/manifest.js';
export { writeDocs, type WriteResult } from '../../docs/writer/writeDocs.js';

/** Above this many roles the embedded chart is drawn per department (a role-level chart of a huge org is unreadable and slow to lay out). */
export const CHART_ROLE_LEVEL_MAX = 400;

/**
 * At most this many department boxes on the overview chart: a larger org
 * shows its top levels (collapsed departments marked +N), and each
 * department's page has the rest. The 3,811 departments of the generated
 * 100k-role org make a 13,000 × 10,000 px picture; its top two levels are a
 * readable page.
 */
export const CHART_DEPARTMENTS_MAX = 150;

/** The deepest department level (0 = the top departments) that keeps the chart within `max` boxes; at least 1. */
export function departmentChartDepth(model: OrgModel, max = CHART_DEPARTMENTS_MAX): number | undefined {
  if (model.departments.size <= max) return undefined;
  // Departments per level of the tree under the top departments (what a loop alone reaches is not drawn).
  const perLevel: number[] = [];
  let underTop = false;
  for (const { dept, depth } of departmentOrder(model)) {
    if (depth === 0) underTop = isTopDepartment(model, dept);
    if (underTop) perLevel[depth] = (perLevel[depth] ?? 0) + 1;
  }
  let shown = 0;
  let depth = 0;
  for (; depth < perLevel.length; depth++) {
    shown += perLevel[depth]!;
    if (shown > max) break;
  }
  return Math.max(1, depth - 1);
}

export async function runDocs(orgPath: string, opts: DocsOptions): Promise<number> {
  if (!opts.output) throw new UsageError('docs needs an output directory: -o DIR');
  const outDir = path.resolve(opts.output);
  checkOutputDir(outDir);

  let progress = createProgress();
  progress.update('reading the org');
  const model = loadOrg([orgPath]);
  progress.update('checking the org');
  progress.done(); // the notice below is a line of its own
  const { findings, summary } = noticeOrgErrors(model);

  progress = createProgress();
  const lang = opts.lang ?? model.organization?.locale ?? 'en';
  const chartSvg = await chartFor(model, progress);
  progress.update('rendering the handbook');
  const files = renderDocs(model, { format: opts.format, lang, chartSvg, findings });
  const result = writeDocs(outDir, files, progress);
  progress.done();
  // File names in the output folder come from the repository: printed inert.
  if (result.ignored.length) {
    const more = result.ignored.length > 1 ? ` (and ${result.ignored.length - 1} more)` : '';
    process.stderr.write(`orgctl: warning: ignored ${quotedEntry(result.ignored[0]!)}${more} in ${terminalText(path.join(opts.output, MANIFEST))}: not a file orgctl docs writes inside ${terminalText(opts.output)}\n`);
  }
  for (const kept of result.kept) {
    const why = kept.reason === 'link' ? 'it is reached through a symbolic link, and orgctl docs never follows links inside -o' : 'it was edited after orgctl wrote it, so it is yours now';
    process.stderr.write(`orgctl: warning: left ${terminalText(path.join(opts.output, kept.path))} in place: ${why}\n`);
  }
  process.stderr.write(`orgctl: handbook in ${terminalText(opts.output)}: ${files.size} file${files.size === 1 ? '' : 's'} (${result.changed} written, ${files.size - result.changed} unchanged, ${result.removed.length} removed)\n`);
  return summary.errors > 0 ? 1 : 0;
}

/** A manifest entry as shown on a terminal: quoted, at most 200 characters, through the one terminal escaper. */
function quotedEntry(text: string): string {
  const shown = Array.from(text).slice(0, 200).join('');
  return `"${terminalText(shown)}${shown.length < text.length ? '…' : ''}"`;
}

function checkOutputDir(outDir: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(outDir);
  } catch {
    return; // created when writing
  }
  if (!stat.isDirectory()) throw new UsageError(`-o must be a directory: ${outDir} is a file`);
}

/**
 * The SVG org chart (what `orgctl chart` draws), or undefined when it cannot
 * be drawn: the handbook then falls back to its own Mermaid chart rather than
 * fail, since the chart is one picture in a long document.
 */
async function chartFor(model: OrgModel, progress: Progress): Promise<string | undefined> {
  if (model.roles.size === 0) return undefined;
  try {
    const { renderChart } = await import('../../chart/index.js');
    const level = model.roles.size > CHART_ROLE_LEVEL_MAX ? 'department' : 'role';
    const depth = level === 'department' ? departmentChartDepth(model) : undefined;
    const svg = await renderChart(model, {
      format: 'svg',
      level,
      ...(depth !== undefined ? { depth } : {}),
      onProgress: (label, done, total) => progress.update(label, done, total),
    });
    return svg.includes('<svg') ? svg : undefined;
  } catch (err) {
    if (process.env.ORGCTL_DEBUG) process.stderr.write(`orgctl: chart unavailable, using Mermaid: ${(err as Error).message}\n`);
    return undefined;
  }
}
