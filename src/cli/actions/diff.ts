/** `orgctl diff`: load both sides (paths or git revisions) → models → findings → diff → formatter. */
import { validateOrg } from '../../api.js';
import { loadGitFiles } from '../../load/git.js';
import { createSharedParse, loadFilesWith, type ParseFn } from '../../load/sharedParse.js';
import { buildModel } from '../../model/build.js';
import type { OrgModel } from '../../model/types.js';
import { diffOrgs, formatDiffJson, formatDiffMarkdown, formatDiffText, sidesDiffer, type DiffResult } from '../../diff/index.js';
import { writeOutput } from '../../core/fs/output.js';
import { terminalText } from '../../core/escape/terminal.js';
import { createProgress } from '../../core/progress.js';
import type { DiffOptions } from '../commands/diff.js';
import { decideSide, type Side } from '../../load/sides.js';
import { noticeOrgErrors } from '../orgNotice.js';
import { refuseOutputIntoOrg } from '../outputGuard.js';

/**
 * Load a side as decideSide (diffSides.ts) read it: a path, or a git revision
 * read at `orgPath`. Give both sides the same `parse` (createSharedParse) so
 * files they have in common are parsed once.
 */
export function loadSide(side: Side, orgPath: string, cwd = process.cwd(), parse: ParseFn = createSharedParse()): OrgModel {
  const { files, findings } = side.kind === 'path' ? loadFilesWith([side.path], parse, cwd) : loadGitFiles(side.revision, orgPath, cwd, parse);
  const model = buildModel(files);
  model.buildFindings.unshift(...findings);
  return model;
}

async function render(result: DiffResult, opts: DiffOptions, labels: { before: string; after: string }): Promise<string> {
  switch (opts.format) {
    case 'json':
      return formatDiffJson(result);
    case 'markdown':
      return formatDiffMarkdown(result, { labels, locale: opts.lang });
    case 'svg': {
      const { formatDiffSvg } = await import('../../diff/format/svg.js');
      return formatDiffSvg(result, { labels, locale: opts.lang });
    }
    default:
      // Colour only on a terminal, never into a file.
      return formatDiffText(result, { labels, locale: opts.lang, color: opts.output && opts.output !== '-' ? false : undefined });
  }
}

/**
 * `afterDoubleDash`: how many of the sides, counted from the head, came after
 * a literal `--` on the command line (those are paths).
 */
export async function runDiff(base: string, head: string, opts: DiffOptions, afterDoubleDash = 0): Promise<number> {
  const orgPath = opts.path ?? '.';
  const [baseSide, headSide] = [base, head].map((arg, i) => decideSide(arg, { orgPathGiven: opts.path !== undefined, afterDoubleDash: i >= 2 - afterDoubleDash }));
  // The org -o must stay out of is every directory read: a path side, or --path for a revision side
  // (the same folder in the worktree, which the next run would read).
  refuseOutputIntoOrg(
    opts.output,
    [baseSide!.side, headSide!.side].map((s) => (s.kind === 'path' ? s.path : orgPath)),
  );
  for (const warning of new Set([baseSide!.warning, headSide!.warning])) if (warning) process.stderr.write(`orgctl: warning: ${terminalText(warning)}\n`);
  const progress = createProgress();
  progress.update(`reading ${base}`);
  const parse = createSharedParse();
  const before = loadSide(baseSide!.side, orgPath, process.cwd(), parse);
  progress.update(`reading ${head}`);
  const after = loadSide(headSide!.side, orgPath, process.cwd(), parse);
  progress.update('checking both sides');
  const beforeFindings = validateOrg(before).findings;
  progress.done();
  // The findings delta is the report; stderr only says how many errors the result (HEAD) has.
  const afterFindings = noticeOrgErrors(after, `'${head}'`).findings;
  const result = diffOrgs(before, after, { beforeFindings, afterFindings });
  writeOutput(await render(result, opts, { before: base, after: head }), opts.output);
  return opts.exitCode && sidesDiffer(result) ? 1 : 0;
}
