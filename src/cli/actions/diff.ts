/** `orgctl diff`: load both sides (paths or git revisions) → models → findings → diff → formatDiff. */
import { parseLabels } from '../labels.js';
import { colorChoice } from '../color.js';
import { lintOrg } from '../../lint/result.js';
import { createSharedParse } from '../../load/sharedParse.js';
import { loadSide } from '../../model/load.js';
import { createDocMemo } from '../../model/build/docMemo.js';
import type { OrgModel } from '../../model/types.js';
import { diffOrgs, failsOn, formatDiff, policyFails, sidesDiffer } from '../../diff/index.js';
import { writeOutput } from '../../core/fs/output.js';
import { createProgress } from '../../core/progress.js';
import type { DiffOptions } from '../commands/diff.js';
import { decideSide } from '../../load/sides.js';
import { noticeOrgErrors } from '../orgNotice.js';
import { refuseOutputIntoOrg } from '../outputGuard.js';
import { note, warn } from '../stderr.js';
import { findOrgRoot } from '../../load/root.js';
import path from 'node:path';
import { fitMarkdown } from '../../ci/github/commentBody.js';
import { UsageError } from '../../core/errors.js';
import { pickLocale, type Locale } from '../../core/locale.js';
import type { DiffResult } from '../../diff/types.js';
import { messagesFor } from '../../i18n/index.js';

/**
 * `afterDoubleDash`: how many of the sides, counted from the head, came after
 * a literal `--` on the command line (those are paths).
 */
export async function runDiff(base: string, head: string, opts: DiffOptions, afterDoubleDash = 0): Promise<number> {
  if (opts.maxBytes !== undefined && opts.format !== 'markdown')
    throw new UsageError(`--max-bytes is for --format markdown (a job summary), not ${opts.format}`);
  let orgPath = opts.path ?? '.';
  const [baseSide, headSide] = [base, head].map((arg, i) =>
    decideSide(arg, { orgPathGiven: opts.path !== undefined, afterDoubleDash: i >= 2 - afterDoubleDash }),
  );
  // From a subfolder of the org, compare the whole org (as validate reads it).
  if (opts.path === undefined && [baseSide!, headSide!].some((s) => s.side.kind === 'revision')) {
    const root = findOrgRoot(process.cwd());
    if (root !== undefined && root !== process.cwd()) {
      orgPath = path.relative(process.cwd(), root).split(path.sep).join('/');
      note(`using the org at ${orgPath}/ (the folder holding the Organization document)`);
    }
  }

  // The org -o must stay out of is every directory read: a path side, or --path for a revision side
  // (the same folder in the worktree, which the next run would read).
  refuseOutputIntoOrg(
    opts.output,
    [baseSide!.side, headSide!.side].map((s) => (s.kind === 'path' ? s.path : orgPath)),
  );
  for (const warning of new Set([baseSide!.warning, headSide!.warning])) if (warning) warn(warning);
  const progress = createProgress();
  progress.update(`reading ${base}`);
  // Files alike on both sides are parsed once and their documents built once.
  const parse = createSharedParse();
  const docMemo = createDocMemo();
  const before = loadSide(baseSide!.side, orgPath, process.cwd(), parse, { asOf: opts.asOf?.before, docMemo });
  progress.update(`reading ${head}`);
  const after = loadSide(headSide!.side, orgPath, process.cwd(), parse, { asOf: opts.asOf?.after, docMemo });
  progress.update('checking both sides');
  const beforeFindings = lintOrg(before).findings;
  progress.done();
  // The findings delta is the report; stderr only says how many errors the result (HEAD) has.
  const afterFindings = noticeOrgErrors(after, `'${head}'`).findings;
  const labels = parseLabels(opts.labels ?? '');
  const result = diffOrgs(before, after, { beforeFindings, afterFindings, labels });
  // Colour only on a terminal, never into a file.
  const color = opts.output && opts.output !== '-' ? false : colorChoice(opts.color);
  const report = await formatDiff(opts.format, result, {
    labels: datedLabels(base, head, before, after),
    color,
    ...(opts.lang !== undefined ? { locale: opts.lang } : {}),
  });
  writeOutput(opts.maxBytes === undefined ? report : fitToBytes(report, result, opts.maxBytes, opts.lang), opts.output);
  if (opts.githubComment) {
    // Loaded only when asked: the one place orgctl talks to the network.
    const { postDiffComment } = await import('../../ci/github/index.js');
    const posted = await postDiffComment(result, {
      labels: { before: base, after: head },
      orgPath,
      ...(opts.lang !== undefined ? { locale: opts.lang } : {}),
    });
    note(`pull request #${posted.pullRequest}: comment ${posted.id} ${posted.action}`);
  }
  // A broken gate of the base's policy fails the run like an error does validate; --exit-code adds "differ".
  if (policyFails(result)) return 1;
  if (opts.failOn !== undefined && failsOn(result, opts.failOn)) return 1;
  return opts.exitCode && sidesDiffer(result) ? 1 : 0;
}

/** Side names, with the date each was read at when an org is effective-dated ("org @ 2027-01-01"). */
function datedLabels(base: string, head: string, before: OrgModel, after: OrgModel): { before: string; after: string } {
  const at = (label: string, model: OrgModel) => (model.dating ? `${label} @ ${model.dating.asOf}` : label);
  return { before: at(base, before), after: at(head, after) };
}

/** The Markdown report under `maxBytes` of UTF-8: the change list and the tree give way first (as in the PR comment). */
function fitToBytes(markdown: string, result: DiffResult, maxBytes: number, lang: Locale | undefined): string {
  const w = messagesFor(pickLocale(lang, result.models.after.organization)).diff;
  return fitMarkdown(markdown, {
    detailHeadings: [`### ${w.changes}`, `### ${w.affectedTree}`],
    truncated: (n) => w.summaryTruncated(n),
    limit: maxBytes,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
  });
}
