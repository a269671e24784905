/** `orgctl diff`: load both sides (paths or git revisions) → models → findings → diff → formatDiff. */
import { parseLabels } from '../labels.js';
import { colorChoice } from '../color.js';
import type { LintRecord } from '../../lint/engine.js';
import { modelDelta } from '../../lint/incremental.js';
import { lintOrg } from '../../lint/result.js';
import { createSharedParse } from '../../load/sharedParse.js';
import { loadOrgFromText, loadSide } from '../../model/load.js';
import { PathNotInRevision } from '../../load/git.js';
import { createDocMemo } from '../../model/build/docMemo.js';
import type { OrgModel } from '../../model/types.js';
import { diffOrgs, failsOn, formatDiff, policyFails, sidesDiffer } from '../../diff/index.js';
import { writeOutput } from '../../core/fs/output.js';
import { createProgress } from '../../core/progress.js';
import type { DiffOptions } from '../commands/diff.js';
import { decideSide, type Side } from '../../load/sides.js';
import { noticeOrgErrors } from '../orgNotice.js';
import { refuseOutputIntoOrg } from '../outputGuard.js';
import { note, warn } from '../stderr.js';
import { findOrgRoot } from '../../load/root.js';
import path from 'node:path';
import { fitMarkdown } from '../../ci/github/commentBody.js';
import { UsageError } from '../../core/errors.js';
import { pickLocale, type Locale } from '../../core/locale.js';
import type { AbsentSide, DiffResult } from '../../diff/types.js';
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
  const read = (side: Side, asOf: string | undefined): OrgModel | PathNotInRevision => {
    try {
      return loadSide(side, orgPath, process.cwd(), parse, { asOf, docMemo });
    } catch (err) {
      if (err instanceof PathNotInRevision) return err;
      throw err;
    }
  };
  const base0 = read(baseSide!.side, opts.asOf?.before);
  progress.update(`reading ${head}`);
  const head0 = read(headSide!.side, opts.asOf?.after);
  // A pull request that adds the org (or removes it) has the org path on one side only: that side is an empty
  // org, so everything is added (removed). On neither side, the path is a mistake: exit 2 as before.
  if (base0 instanceof PathNotInRevision && head0 instanceof PathNotInRevision) throw base0;
  const missing = base0 instanceof PathNotInRevision ? base0 : head0 instanceof PathNotInRevision ? head0 : undefined;
  const absent: AbsentSide | undefined = missing && {
    side: missing === base0 ? 'before' : 'after',
    path: missing.orgPath,
    revision: missing.revision,
  };
  if (missing) note(`${missing.message}: compared with an empty org (everything is ${missing === base0 ? 'added' : 'removed'})`);
  const before = base0 instanceof PathNotInRevision ? emptyOrg() : base0;
  const after = head0 instanceof PathNotInRevision ? emptyOrg() : head0;
  progress.update('checking both sides');
  // An empty side has nothing to find (not even a missing Organization: there is no org there to be wrong).
  // What the base's rules report is kept, so HEAD is checked only where it changed (lint/incremental.ts).
  const record: LintRecord = new Map();
  const beforeFindings = absent?.side === 'before' ? [] : lintOrg(before, { record }).findings;
  progress.done();
  const delta = absent ? undefined : modelDelta(before, after);
  // The findings delta is the report; stderr only says how many errors the result (HEAD) has.
  const afterFindings =
    absent?.side === 'after' ? [] : noticeOrgErrors(after, `'${head}'`, delta ? { from: { delta, record } } : {}).findings;
  const labels = parseLabels(opts.labels ?? '');
  const result = diffOrgs(before, after, { beforeFindings, afterFindings, labels, ...(absent ? { absent } : {}) });
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

/** The org of a side where the org path does not exist: no files, nothing in it. */
function emptyOrg(): OrgModel {
  return loadOrgFromText({});
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
