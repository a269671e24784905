/** `orgctl validate`: load → model → rules → formatter. */
import fs from 'node:fs';
import path from 'node:path';
import { lintOrg, type ValidationResult } from '../../lint/result.js';
import { inScope, orgScope } from '../../load/root.js';
import type { OrgModel } from '../../model/types.js';
import { loadOrgFast, modelWithTexts } from '../../model/load.js';
import { DEFAULT_CACHE_LOCATION, ParseCache } from '../../load/cache.js';
import { cacheSecret } from '../../load/cacheSecret.js';
import { cachedRun } from '../cachedRun.js';
import { formatReport } from '../../report/index.js';
import { writeOutput } from '../../core/fs/output.js';
import { createProgress } from '../../core/progress.js';
import type { ValidateOptions } from '../commands/validate.js';
import { refuseCacheIntoOrg, refuseOutputIntoOrg } from '../outputGuard.js';
import { note, say } from '../stderr.js';
import { planFixes } from '../../lint/fix.js';
import { unifiedDiff } from '../../core/text/unifiedDiff.js';
import { formatFixPlanJson } from '../../report/fixPlanJson.js';
import { terminalText } from '../../core/escape/terminal.js';
import { UsageError } from '../../core/errors.js';
import { writeFixes } from '../fixFiles.js';
import { plural } from '../../core/text/plural.js';
import { colorChoice } from '../color.js';
import { relativeToCwd } from '../../core/paths.js';
import { annotationBase } from '../githubWorkspace.js';

export async function runValidate(paths: string[], opts: ValidateOptions): Promise<number> {
  refuseOutputIntoOrg(opts.output, paths);
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix and --fix-dry-run exclude each other: choose one');
  // The dry run prints the change, not findings: a diff, or JSON for scripts. A findings format would be ignored.
  if (opts.fixDryRun && opts.format !== 'stylish' && opts.format !== 'json')
    throw new UsageError(
      `--fix-dry-run prints the changes as a unified diff, or as JSON with --format json; --format ${opts.format} reports findings: use --format json, or drop --fix-dry-run`,
    );
  // From a subfolder, or given some of the org's files: the whole org is read, and findings in what was named reported.
  const scope = orgScope(paths);
  for (const root of scope.roots) if (root !== '.') note(`using the org at ${root}/ (the folder holding the Organization document)`);
  const inScopeOnly = (full: ValidationResult): ValidationResult => {
    if (!scope.only) return full;
    const only = scope.only;
    const findings = full.findings.filter((f) => inScope(f.file, only));
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { findings, summary: { ...full.summary, errors, warnings: findings.length - errors } };
  };
  const check = (model: OrgModel): ValidationResult => inScopeOnly(lintOrg(model));
  if (opts.cacheLocation !== undefined && !opts.cache) throw new UsageError('--cache-location needs --cache');
  const cacheFile = path.resolve(opts.cacheLocation ?? DEFAULT_CACHE_LOCATION);
  if (opts.cache) refuseCacheIntoOrg(opts.cacheLocation ?? DEFAULT_CACHE_LOCATION, paths);
  // --fix writes files and reads them again: a kept result is for the edit loop, the parses still help.
  const cached =
    opts.cache && !opts.fix && !opts.fixDryRun
      ? cachedRun(scope.load, new ParseCache(cacheFile, undefined, cacheSecret(), false), opts.asOf)
      : undefined;
  const load = (onFile?: (done: number, total: number) => void) =>
    loadOrgFast(scope.load, process.cwd(), {
      asOf: opts.asOf,
      jobs: opts.jobs,
      onFile,
      onPoolError: (err) => {
        note(`parse workers failed (${terminalText(err.message)}); the files were parsed on one thread`);
      },
      ...(cached
        ? { cache: cached.cache, found: cached.found, read: cached.read() }
        : opts.cache
          ? { cache: new ParseCache(cacheFile) }
          : {}),
    });
  let result: ValidationResult;
  let model: OrgModel | undefined;
  if (cached?.reused) {
    result = inScopeOnly(cached.reused);
  } else {
    const progress = createProgress();
    model = await load((done, total) => {
      progress.update('orgctl: reading files', done, total);
    });
    progress.update('orgctl: checking rules');
    const full = lintOrg(model);
    cached?.keep(model, full);
    result = inScopeOnly(full);
    progress.done();
  }
  if (model && (opts.fix || opts.fixDryRun)) {
    const fixes = planFixes(model.files, result.findings);
    const count = fixes.reduce((n, f) => n + f.applied, 0);
    if (opts.fixDryRun) {
      // Exit as validate would once the fixes were written: a dry run in CI must not pass an org that still fails.
      const after = fixes.length ? check(modelWithTexts(model, new Map(fixes.map((f) => [f.file, f.after])), { asOf: opts.asOf })) : result;
      const { errors } = after.summary;
      // --quiet: warnings are neither shown nor counted for --max-warnings, in a dry run as in a report.
      const warnings = opts.quiet ? 0 : after.summary.warnings;
      writeOutput(
        opts.format === 'json'
          ? formatFixPlanJson(fixes, { errors, warnings })
          : fixes.map((f) => unifiedDiff(f.file, f.before, f.after, terminalText)).join(''),
        opts.output,
      );
      note(`${plural(count, 'fix', 'fixes')} in ${plural(fixes.length, 'file')} would be applied by --fix (nothing written)`);
      if (errors > 0) {
        const it = errors === 1 ? 'it' : 'them';
        say(
          count > 0
            ? `${plural(errors, 'error')} would remain after these fixes (run 'orgctl validate --fix' to apply them and see what is left)`
            : `${plural(errors, 'error')} would remain: --fix has no fix for ${it} (run 'orgctl validate' to see ${it})`,
        );
        return 1;
      }
      return tooManyWarnings(warnings, opts.maxWarnings, ' would remain after these fixes') ? 1 : 0;
    }
    const written = writeFixes(fixes, scope.load);
    if (written.length) {
      note(
        `fixed ${plural(
          written.reduce((n, f) => n + f.applied, 0),
          'problem',
        )} in ${plural(written.length, 'file')}`,
      );
      result = check(await load());
    }
  }
  const hiddenWarnings = opts.quiet ? result.summary.warnings : 0;
  if (opts.quiet) {
    result.findings = result.findings.filter((f) => f.severity === 'error');
    result.summary.warnings = 0;
  }
  const color = opts.output && opts.output !== '-' ? false : colorChoice(opts.color);
  const base = opts.format === 'github' || opts.format === 'github-actions' ? annotationBase() : '';
  writeOutput(formatReport(opts.format, result, { color, paths: reportPaths(paths), hiddenWarnings, annotationBase: base }), opts.output);
  const { errors, warnings } = result.summary;
  if (errors > 0) return 1;
  return tooManyWarnings(warnings, opts.maxWarnings) ? 1 : 0;
}

/** Whether `--max-warnings` fails the run (-1 is no limit, ESLint's convention); if so, says why. */
function tooManyWarnings(warnings: number, max: number | undefined, when = ''): boolean {
  if (max === undefined || max < 0 || warnings <= max) return false;
  // On stderr whatever the format: a report that shows only warnings must not fail a CI job without saying why.
  say(`too many warnings (${warnings})${when}; maximum allowed is ${max}`);
  return true;
}

/** The paths validated as reports name them: relative to the cwd, `/` separators, a directory ending in `/`. */
export function reportPaths(paths: readonly string[], cwd = process.cwd()): string[] {
  return paths.map((p) => {
    const abs = path.resolve(cwd, p);
    const rel = relativeToCwd(abs, cwd).split(path.sep).join('/');
    let isDir = false;
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      // loadOrg has already refused a missing path; nothing to add here
    }
    if (!isDir) return rel || '.';
    return rel === '' ? './' : `${rel}/`;
  });
}
