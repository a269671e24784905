/**
 * An org's files → its resolved model, from wherever the files are: paths on
 * disk, a git revision (read from git's objects, no checkout) or texts in
 * memory (an editor buffer, a test). Each gives the same model and the same
 * load findings (`yaml-syntax`) for the same bytes under the same paths.
 */
import { loadFiles, type OnFile } from '../load/index.js';
import { loadFilesFast, type FastLoadOptions } from '../load/fastLoad.js';
import { loadGitFiles } from '../load/git.js';
import { parseSource } from '../load/parse.js';
import { createSharedParse, loadFilesWith, type ParseFn } from '../load/sharedParse.js';
import type { Side } from '../load/sides.js';
import type { RawFinding, SourceFile } from '../load/types.js';
import { buildModel, type BuildOptions } from './build.js';
import type { OrgModel } from './types.js';

/** How to read the org: `asOf`, the date an effective-dated org is read at (`YYYY-MM-DD`, default today). */
export type LoadOptions = BuildOptions;

/** Build the model from parsed files; the load findings come first, as the loader found them. */
function modelFrom(loaded: { files: SourceFile[]; findings: RawFinding[] }, options: LoadOptions = {}): OrgModel {
  const model = buildModel(loaded.files, options);
  model.buildFindings.unshift(...loaded.findings);
  return model;
}

/**
 * Load every YAML file under `paths` and build the resolved model. Throws UsageError for missing paths.
 * `shownFrom`: the folder files are named relative to in findings and messages (default `cwd`, which the
 * paths are resolved against; `orgctl docs` names them from the handbook's folder).
 */
export function loadOrg(
  paths: string[] = ['.'],
  cwd = process.cwd(),
  onFile?: OnFile,
  options: LoadOptions & { shownFrom?: string } = {},
): OrgModel {
  const { shownFrom, ...build } = options;
  return modelFrom(loadFiles(paths, cwd, onFile, shownFrom), build);
}

/**
 * loadOrg with the parse cache and the worker pool (load/fastLoad.ts): the
 * same model and findings, parsing only what the cache does not hold, on
 * several threads when there is enough to parse.
 */
export async function loadOrgFast(paths: string[], cwd: string, options: LoadOptions & FastLoadOptions = {}): Promise<OrgModel> {
  const { cache, jobs, onFile, onPoolError, ...build } = options;
  return modelFrom(await loadFilesFast(paths, cwd, { cache, jobs, onFile, onPoolError }), build);
}

/**
 * The org made of `{path: YAML text}`, e.g. an editor's unsaved buffers. The
 * paths are only names (nothing is read from disk) and the files are taken in
 * code-unit order of their paths, as the loader orders the files of a directory.
 */
export function loadOrgFromText(files: Readonly<Record<string, string>>, options: LoadOptions = {}): OrgModel {
  const parsed = Object.keys(files)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => parseSource(files[path]!, path));
  return modelFrom({ files: parsed.map((p) => p.file), findings: parsed.flatMap((p) => p.findings) }, options);
}

/**
 * The org at `orgPath` (relative to `cwd`) as it is in git revision `revision`,
 * read from git's objects: no checkout, the worktree is not touched. Throws
 * UsageError for an unknown revision or a path the revision does not have.
 */
export function loadOrgAtRevision(
  revision: string,
  orgPath = '.',
  cwd = process.cwd(),
  parse?: ParseFn,
  options: LoadOptions = {},
): OrgModel {
  return modelFrom(loadGitFiles(revision, orgPath, cwd, parse), options);
}

/**
 * One side of a diff as decideSide (load/sides.ts) read it: a path, or a git
 * revision read at `orgPath`. Give both sides the same `parse`
 * (createSharedParse) so the files they have in common are parsed once.
 */
export function loadSide(
  side: Side,
  orgPath: string,
  cwd = process.cwd(),
  parse: ParseFn = createSharedParse(),
  options: LoadOptions = {},
): OrgModel {
  return side.kind === 'path'
    ? modelFrom(loadFilesWith([side.path], parse, cwd), options)
    : loadOrgAtRevision(side.revision, orgPath, cwd, parse, options);
}

/**
 * `model`'s org with some files' text replaced (`texts`: display path → new
 * text), as it would load once they were written: those files are parsed
 * again, the others' parses and load findings are reused as they are.
 * `validate --fix-dry-run` uses it to tell what the fixes would leave.
 */
export function modelWithTexts(model: OrgModel, texts: ReadonlyMap<string, string>, options: LoadOptions = {}): OrgModel {
  const loadFindings = new Map<string, RawFinding[]>();
  for (const f of model.buildFindings)
    if (f.rule === 'yaml-syntax' && f.file !== undefined) {
      let list = loadFindings.get(f.file);
      if (!list) loadFindings.set(f.file, (list = []));
      list.push(f);
    }
  const files: SourceFile[] = [];
  const findings: RawFinding[] = [];
  for (const file of model.files) {
    const text = texts.get(file.path);
    if (text === undefined) {
      files.push(file);
      findings.push(...(loadFindings.get(file.path) ?? []));
      continue;
    }
    const parsed = parseSource(text, file.path);
    files.push(parsed.file);
    findings.push(...parsed.findings);
  }
  return modelFrom({ files, findings }, options);
}
