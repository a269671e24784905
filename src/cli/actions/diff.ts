/** `orgctl diff`: load both sides (paths or git revisions) → models → findings → diff → formatter. */
import fs from 'node:fs';
import path from 'node:path';
import { validateOrg } from '../../api.js';
import { loadGitFiles } from '../../load/git.js';
import { createSharedParse, loadFilesWith, type ParseFn } from '../../load/sharedParse.js';
import { buildModel } from '../../model/build.js';
import type { OrgModel } from '../../model/types.js';
import { diffOrgs, formatDiffJson, formatDiffMarkdown, formatDiffText, sidesDiffer, type DiffResult } from '../../render/diff/index.js';
import { writeOutput } from '../../util/output.js';
import { createProgress } from '../../util/progress.js';
import type { DiffOptions } from '../commands/diff.js';
import { noticeOrgErrors } from '../orgNotice.js';
import { refuseOutputIntoOrg } from '../outputGuard.js';

/**
 * A side is a path when something exists there, else a git revision read at
 * `orgPath`. Give both sides the same `parse` (createSharedParse) so files
 * they have in common are parsed once.
 */
export function loadSide(arg: string, orgPath: string, cwd = process.cwd(), parse: ParseFn = createSharedParse()): OrgModel {
  const { files, findings } = fs.existsSync(path.resolve(cwd, arg)) ? loadFilesWith([arg], parse, cwd) : loadGitFiles(arg, orgPath, cwd, parse);
  const model = buildModel(files);
  model.buildFindings.unshift(...findings);
  return model;
}

async function render(result: DiffResult, opts: DiffOptions, labels: { before: string; after: string }): Promise<string> {
  switch (opts.format) {
    case 'json':
      return formatDiffJson(result);
    case 'markdown':
      return formatDiffMarkdown(result, { labels });
    case 'svg': {
      const { formatDiffSvg } = await import('../../render/diff/svg.js');
      return formatDiffSvg(result, { labels });
    }
    default:
      // Colour only on a terminal, never into a file.
      return formatDiffText(result, { labels, color: opts.output && opts.output !== '-' ? false : undefined });
  }
}

export async function runDiff(base: string, head: string, opts: DiffOptions): Promise<number> {
  refuseOutputIntoOrg(opts.output, [base, head]);
  const progress = createProgress();
  progress.update(`reading ${base}`);
  const parse = createSharedParse();
  const before = loadSide(base, opts.path, process.cwd(), parse);
  progress.update(`reading ${head}`);
  const after = loadSide(head, opts.path, process.cwd(), parse);
  progress.update('checking both sides');
  const beforeFindings = validateOrg(before).findings;
  progress.done();
  // The findings delta is the report; stderr only says how many errors the result (HEAD) has.
  const afterFindings = noticeOrgErrors(after, `'${head}'`).findings;
  const result = diffOrgs(before, after, { beforeFindings, afterFindings });
  writeOutput(await render(result, opts, { before: base, after: head }), opts.output);
  return opts.exitCode && sidesDiffer(result) ? 1 : 0;
}
