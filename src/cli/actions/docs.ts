/**
 * `orgctl docs`: load → check → (chart) → renderDocs → write into DIR.
 *
 * Writing is careful because DIR may hold the user's own files: every file is
 * written atomically, a manifest (DIR/.orgctl-docs.json: path → sha256 of what
 * was written) says which files are orgctl's, a file orgctl did not write is
 * never overwritten, and pages of entities that no longer exist are removed
 * only if they still hold exactly what orgctl wrote.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadOrg } from '../../api.js';
import { terminalText } from '../../core/escape/terminal.js';
import type { OrgModel } from '../../model/types.js';
import { renderDocs } from '../../render/docs/index.js';
import { UsageError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/output.js';
import { createProgress, type Progress } from '../../util/progress.js';
import type { DocsOptions } from '../commands/docs.js';
import { noticeOrgErrors } from '../orgNotice.js';

export const MANIFEST = '.orgctl-docs.json';

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
  const { subDepartments, topDepartments } = model.hierarchy;
  let shown = 0;
  let depth = 0;
  const seen = new Set<string>();
  for (let level = topDepartments; level.length; depth++) {
    shown += level.length;
    if (shown > max) break;
    for (const d of level) seen.add(d.id);
    level = level.flatMap((d) => subDepartments.get(d.id) ?? []).filter((d) => !seen.has(d.id));
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
  for (const kept of result.kept) process.stderr.write(`orgctl: warning: left ${terminalText(path.join(opts.output, kept))} in place: it was edited after orgctl wrote it, so it is yours now\n`);
  process.stderr.write(`orgctl: handbook in ${terminalText(opts.output)}: ${files.size} file${files.size === 1 ? '' : 's'} (${result.changed} written, ${files.size - result.changed} unchanged, ${result.removed.length} removed)\n`);
  return summary.errors > 0 ? 1 : 0;
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
    const { renderChart } = await import('../../render/chart/index.js');
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

interface Manifest {
  generator: 'orgctl docs';
  version: 1;
  /** Relative path (with `/`) → sha256 of the content orgctl wrote there. */
  files: Record<string, string>;
}

export interface WriteResult {
  /** Files whose content changed (or were new). */
  changed: number;
  /** Stale pages removed (relative paths). */
  removed: string[];
  /** Stale pages kept because they were edited after orgctl wrote them (they are the user's from now on). */
  kept: string[];
}

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** Write `files` into `outDir` (see the module comment for the rules). Throws UsageError before writing anything on a conflict. */
export function writeDocs(outDir: string, files: Map<string, string>, progress: Progress = createProgress()): WriteResult {
  const previous = readManifest(outDir);
  const conflicts: string[] = [];
  const unchanged = new Set<string>();
  for (const [rel, content] of files) {
    const state = fileState(outDir, rel, content);
    if (state === 'same') unchanged.add(rel);
    else if (state === 'foreign' && !(rel in previous)) conflicts.push(rel);
  }
  if (conflicts.length) {
    const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : '';
    throw new UsageError(`refusing to overwrite ${path.join(outDir, conflicts[0]!)}${more}: not written by orgctl docs; move it or choose another -o directory`);
  }

  const next: Record<string, string> = {};
  for (const [rel, content] of files) next[rel] = sha256(content);
  // First record everything that may be ours (old and new), so an interrupted run leaves nothing unaccounted for.
  writeManifest(outDir, { ...previous, ...next });

  let changed = 0;
  let i = 0;
  const every = Math.max(1, Math.floor(files.size / 100)); // a terminal line per percent, not per file
  for (const [rel, content] of files) {
    if (++i % every === 0) progress.update('writing', i, files.size);
    if (unchanged.has(rel)) continue; // leave identical files alone (their mtime too)
    writeFileAtomic(path.join(outDir, rel), content);
    changed++;
  }

  const removed: string[] = [];
  const kept: string[] = [];
  for (const rel of Object.keys(previous).sort()) {
    if (rel in next) continue;
    const abs = path.join(outDir, rel);
    let current: Buffer;
    try {
      current = fs.readFileSync(abs);
    } catch {
      continue; // already gone
    }
    if (sha256(current) !== previous[rel]) {
      kept.push(rel);
      continue;
    }
    fs.rmSync(abs, { force: true });
    removed.push(rel);
    removeEmptyParents(outDir, path.dirname(rel));
  }
  // An edited stale page is the user's from now on: no longer listed, so never removed or overwritten.
  writeManifest(outDir, next);
  return { changed, removed, kept };
}

/** 'absent', 'same' (holds exactly `content`), or 'foreign' (something else is there). */
function fileState(outDir: string, rel: string, content: string): 'absent' | 'same' | 'foreign' {
  const abs = path.join(outDir, rel);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    // A parent that is a file (e.g. the user's own `roles` file) blocks the page as much as the page itself.
    for (let dir = path.dirname(rel); dir !== '.'; dir = path.dirname(dir)) {
      try {
        if (!fs.statSync(path.join(outDir, dir)).isDirectory()) return 'foreign';
      } catch {
        /* not there yet */
      }
    }
    return 'absent';
  }
  if (!stat.isFile()) return 'foreign';
  return fs.readFileSync(abs, 'utf8') === content ? 'same' : 'foreign';
}

/** A manifest entry must name a file inside the output dir; anything else is ignored (never deleted). */
function safeRelative(rel: string): boolean {
  if (!rel || rel.includes('\\') || rel.includes('\0') || path.isAbsolute(rel) || rel.startsWith('/')) return false;
  return rel.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..') && rel !== MANIFEST;
}

function readManifest(outDir: string): Record<string, string> {
  const file = path.join(outDir, MANIFEST);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  let data: Partial<Manifest>;
  try {
    data = JSON.parse(text) as Partial<Manifest>;
  } catch {
    throw new UsageError(`${file} is not valid JSON; remove it (orgctl will then only write files that do not exist yet)`);
  }
  const out: Record<string, string> = {};
  if (data.generator !== 'orgctl docs' || typeof data.files !== 'object' || data.files === null) {
    throw new UsageError(`${file} is not an orgctl docs manifest; remove it or choose another -o directory`);
  }
  for (const [rel, hash] of Object.entries(data.files)) if (safeRelative(rel) && typeof hash === 'string') out[rel] = hash;
  return out;
}

function writeManifest(outDir: string, files: Record<string, string>): void {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifest: Manifest = { generator: 'orgctl docs', version: 1, files: sorted };
  writeFileAtomic(path.join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Remove now-empty folders orgctl's pages lived in (rmdir fails, harmlessly, on a folder that is not empty). */
function removeEmptyParents(outDir: string, relDir: string): void {
  for (let dir = relDir; dir !== '.' && dir !== ''; dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(path.join(outDir, dir));
    } catch {
      return;
    }
  }
}
