/**
 * Reading an org as it was at a git revision, straight from git's objects: no
 * checkout and no worktree, so it works in a shallow CI clone as soon as the
 * base revision has been fetched. One `git ls-tree` lists the files and one
 * `git cat-file --batch` reads every blob (not one process per file).
 *
 * Files are chosen as the loader chooses them on disk (*.yaml / *.yml below the
 * path, sorted, skipping dot-directories and node_modules) and get the display
 * paths the loader would give them, so findings read the same on both sides.
 * Symbolic links are never followed; one that leads out of the path, or a
 * YAML file's link that leads nowhere, is the finding the loader on disk
 * gives it (linksToReport).
 */
import { isUtf8 } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { displayPath } from '../core/paths.js';
import { didYouMean } from '../core/text/suggest.js';
import {
  badNameFinding,
  brokenLink,
  brokenLinkFinding,
  outsideLinkFinding,
  type BadName,
  type BrokenLink,
  type OutsideLink,
} from './files.js';
import { isBelow, LOOP, TreeLinks } from './gitLinks.js';
import { parseBytes } from './parse.js';
import { MAX_FILE_BYTES, tooLarge } from './readFile.js';
import type { ParseFn } from './sharedParse.js';
import type { RawFinding, SourceFile } from './types.js';

const YAML_FILE = /\.ya?ml$/i;
/** Output of the listing commands (rev-parse, ls-tree); above this, git's output is refused, not truncated. */
const LISTING_MAX_BUFFER = 1 << 30;
/** Blob contents read per `git cat-file --batch` run: many files go through one process, yet no pipe grows without bound. */
const BLOB_BATCH_BYTES = 256 * 1024 * 1024;
/** Room for each blob's header line (`<object> blob <size>`) and the newline after its content. */
const BLOB_FRAMING_BYTES = 128;
/** The longest symbolic link target read (file systems allow 4,095 bytes). */
const MAX_LINK_BYTES = 4096;

export interface GitLoadResult {
  files: SourceFile[];
  findings: RawFinding[];
  /** The commit the revision resolved to. */
  commit: string;
}

interface TreeEntry {
  /** Path from the repository root, `/`-separated. */
  fullName: string;
  object: string;
}

/**
 * Run git. Any failure — git's own error (a missing object in a damaged or
 * shallow clone), or more output than allowed — is a UsageError: `what`, then
 * the first line git wrote on stderr.
 */
function git(args: string[], cwd: string, what: string, input?: string, maxBuffer = LISTING_MAX_BUFFER): Buffer {
  try {
    return execFileSync('git', args, { cwd, input, maxBuffer, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw new GitNotFound();
    throw new UsageError(`${what}: ${gitFailure(err)}`);
  }
}

/** No `git` on PATH: not "not a repository", which would send the user looking for the wrong fix. */
class GitNotFound extends UsageError {
  constructor() {
    super('git is not installed or not on PATH, and orgctl reads git revisions with it: install git, or compare two folders (dir:PATH)');
  }
}

/** Whether `git` can be run at all (a bare name is then never a revision, and reading one says why). */
export function gitOnPath(cwd = process.cwd()): boolean {
  try {
    git(['--version'], cwd, 'git');
    return true;
  } catch (err) {
    return !(err instanceof GitNotFound);
  }
}

function gitFailure(err: unknown): string {
  const e = err as { code?: string; stderr?: Buffer; message?: string };
  if (e.code === 'ENOBUFS') return 'git printed more than orgctl reads';
  const line = e.stderr
    ?.toString('utf8')
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  return line?.replace(/^(fatal|error): /, '') ?? e.code ?? String(e.message ?? err).split('\n')[0]!;
}

function gitText(args: string[], cwd: string): string | undefined {
  try {
    return git(args, cwd, 'git').toString('utf8').replace(/\n$/, '');
  } catch {
    return undefined;
  }
}

/** Whether `name` names a commit in the repository at `cwd` (false outside a repository). */
export function isRevision(name: string, cwd = process.cwd()): boolean {
  // A leading '-' would be read as an option; no revision starts with one.
  return commitOf(name, cwd) !== undefined;
}

/** `A...B` (either end may be left out: HEAD): git's own name, in `git checkout A...B`, for their merge base. */
const MERGE_BASE = /^(.*?)\.\.\.(.*)$/;
/** `A..B`: the commits between two, not one commit (ref names never hold `..`). */
const RANGE = /^(.*?)\.\.(.*)$/;

/**
 * The commit `name` names, or undefined. `A...B` is the merge base of A and B, as `git checkout` and
 * `git rebase --onto` read it (the base a pull request is compared with), when there is exactly one.
 */
function commitOf(name: string, cwd: string): string | undefined {
  // A leading '-' would be read as an option; no revision starts with one.
  if (name === '' || name.startsWith('-')) return undefined;
  const ends = MERGE_BASE.exec(name);
  if (ends) {
    const [from, to] = [ends[1] || 'HEAD', ends[2] || 'HEAD'].map((end) => commitOf(end, cwd));
    const bases = from && to ? gitText(['merge-base', '--all', from, to], cwd)?.split('\n') : undefined;
    return bases?.length === 1 ? bases[0] : undefined;
  }
  return gitText(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], cwd);
}

/** The commit `revision` names in the repository at `cwd`; UsageError when there is none. */
export function resolveRevision(revision: string, cwd = process.cwd()): string {
  if (!gitOnPath(cwd)) throw new GitNotFound();
  if (gitText(['rev-parse', '--git-dir'], cwd) === undefined) {
    throw new UsageError(`'${revision}' is neither a path nor a git revision (${cwd} is not in a git repository)`);
  }
  const commit = commitOf(revision, cwd);
  if (commit) return commit;
  const notOne = notOneCommit(revision, cwd);
  if (notOne) throw new UsageError(notOne);
  throw new UsageError(`unknown git revision '${revision}'${unknownRevisionHint(cwd) || whyUnknown(revision, cwd)}`);
}

/**
 * Why `revision`, made of commits git knows, still names no single commit (`A..B`, a range; `A...B` with no
 * single merge base), as a whole message; undefined when that is not the reason. Shared by --path sides
 * and bare ones (sides.ts), so `orgctl diff main..HEAD HEAD` says how to write it either way.
 */
export function notOneCommit(revision: string, cwd = process.cwd()): string | undefined {
  const ends = MERGE_BASE.exec(revision);
  if (ends && commitOf(ends[1] || 'HEAD', cwd) && commitOf(ends[2] || 'HEAD', cwd) && !unknownRevisionHint(cwd)) {
    return `'${revision}' has no single merge base (none, or several): name the base commit itself`;
  }
  const range = ends ? undefined : RANGE.exec(revision);
  if (range && commitOf(range[1] || 'HEAD', cwd) && commitOf(range[2] || 'HEAD', cwd)) {
    return `'${revision}' is a range of commits, not one: give its two ends as the two sides (orgctl diff ${range[1] || 'HEAD'} ${range[2] || 'HEAD'}), or '${range[1] || 'HEAD'}...${range[2] || 'HEAD'}' for their merge base`;
  }
  return undefined;
}

/**
 * Why `name` is not a revision, for a message that already says it is not one (`: …` or ` (did you
 * mean …?)`), or '' when there is nothing to add (outside a repository, no git).
 */
export function unknownRevisionReason(name: string, cwd = process.cwd()): string {
  if (gitText(['rev-parse', '--git-dir'], cwd) === undefined) return '';
  return unknownRevisionHint(cwd) || whyUnknown(name, cwd);
}

/**
 * What git says about a name it cannot resolve when that is more than "not found" (`@{u}`: no upstream
 * configured for branch 'main'), else the branch, tag or remote branch the name is a typo of.
 */
function whyUnknown(revision: string, cwd: string): string {
  if (revision === '' || revision.startsWith('-')) return '';
  let reason: string | undefined;
  try {
    git(['rev-parse', '--verify', `${revision}^{commit}`], cwd, 'git');
  } catch (err) {
    const m = /^git: (.*)$/.exec((err as Error).message);
    // "Needed a single revision" is git's "not found"; a message naming the ^{commit} orgctl added would confuse.
    if (m && !/^Needed a single revision|\^\{commit\}/.test(m[1]!)) reason = m[1];
  }
  if (reason !== undefined) return `: ${reason}`;
  // `main:org` is git's name for a path in a revision; orgctl takes the path from --path.
  const colon = revision.indexOf(':');
  if (colon > 0 && commitOf(revision.slice(0, colon), cwd)) {
    const [rev, where] = [revision.slice(0, colon), revision.slice(colon + 1) || '.'];
    return `: it names a path in a revision; give the revision and the path apart (orgctl diff ${rev} HEAD --path ${where})`;
  }
  const refs = gitText(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/tags', 'refs/remotes'], cwd);
  return refs ? didYouMean(revision, refs.split('\n')) : '';
}

/**
 * Why git may not know a revision the user expects it to: in a shallow clone (CI's default checkout)
 * the base's history is simply not fetched yet, which no spelling fixes.
 */
function unknownRevisionHint(cwd: string): string {
  if (gitText(['rev-parse', '--is-shallow-repository'], cwd) === 'true') {
    return ': this is a shallow clone, which may not hold it: fetch more history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)';
  }
  return '';
}

/**
 * The org path as a path from the repository root ('' = the whole repository).
 * Like paths on disk, it is relative to the current directory.
 */
function rootFromRepo(orgPath: string, prefix: string, cwd: string): string {
  const relative = path.isAbsolute(orgPath) ? path.relative(cwd, orgPath) : orgPath;
  let joined = path.posix.normalize(path.posix.join(prefix, relative.split(path.sep).join('/') || '.'));
  if (joined === '..' || joined.startsWith('../')) joined = throughLinkedAncestor(path.resolve(cwd, orgPath), cwd) ?? joined;
  if (joined === '..' || joined.startsWith('../')) throw new UsageError(`path '${orgPath}' is outside the git repository`);
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}

/**
 * `abs` from the repository root when one of its ancestors is the repository reached through a
 * symbolic link: `$PWD/org` from a linked folder, `/tmp/repo/org` where /tmp is /private/tmp (macOS),
 * `../repo/org` from the repository root. Git's top level is a real path, the current directory's
 * spelling need not be. Only the ancestors are resolved: below the repository, the path is git's.
 */
function throughLinkedAncestor(abs: string, cwd: string): string | undefined {
  const top = gitText(['rev-parse', '--show-toplevel'], cwd);
  if (top === undefined) return undefined;
  const parts = abs.split(path.sep);
  for (let i = 1; i <= parts.length; i++) {
    const ancestor = parts.slice(0, i).join(path.sep) || path.sep;
    let real: string;
    try {
      real = fs.realpathSync.native(ancestor);
    } catch {
      return undefined; // an ancestor that is not there: nothing below it is
    }
    if (real === top) return parts.slice(i).join('/') || '.';
  }
  return undefined;
}

/** Skipped like on disk: a directory below the org's root whose name starts with '.' or is node_modules. */
function skipped(relative: string): boolean {
  const dirs = relative.split('/').slice(0, -1);
  return dirs.some((d) => d.startsWith('.') || d === 'node_modules');
}

interface Tree {
  /** The files (blobs). */
  entries: TreeEntry[];
  /** The symbolic links (mode 120000: a blob holding the target path). */
  links: TreeEntry[];
  /** Files whose path is not UTF-8: the first component that is not, never read. */
  badNames: BadNameInTree[];
}

interface BadNameInTree {
  /** From the repository root, U+FFFD for each byte that is not UTF-8. */
  fullName: string;
  kind: BadName['kind'];
}

function listTree(commit: string, root: string, cwd: string, revision: string): Tree {
  // --full-tree: the pathspec is read from the repository root (it is computed so) and paths are printed
  // from there too; --literal-pathspecs: a '*' in a directory name is just a character.
  const out = git(
    ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, ...(root === '' ? [] : ['--', root])],
    cwd,
    `cannot read git revision '${revision}'`,
  );
  const tree: Tree = { entries: [], links: [], badNames: [] };
  for (let pos = 0; pos < out.length;) {
    const end = out.indexOf(0, pos) < 0 ? out.length : out.indexOf(0, pos);
    const raw = out.subarray(pos, end);
    pos = end + 1;
    const record = raw.toString('utf8');
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, object] = record.slice(0, tab).split(' ');
    // Blobs only: no submodules (commit); a symlink (120000) in git is a path string, not a file, never followed.
    if (type !== 'blob') continue;
    const fullName = record.slice(tab + 1);
    if (fullName.includes('\uFFFD') && !isUtf8(raw)) {
      // A link by such a name is skipped, as on disk (where nothing is found by the name Node gives it).
      if (mode !== '120000') tree.badNames.push(firstBadName(raw.subarray(raw.indexOf(0x09) + 1)));
      continue;
    }
    (mode === '120000' ? tree.links : tree.entries).push({ fullName, object: object! });
  }
  return tree;
}

/** The first component of a path (bytes) that is not UTF-8, with the path up to it, as the disk names it. */
function firstBadName(name: Buffer): BadNameInTree {
  const parts: Buffer[] = [];
  for (let pos = 0; ;) {
    const slash = name.indexOf(0x2f, pos);
    const part = name.subarray(pos, slash < 0 ? name.length : slash);
    parts.push(part);
    if (!isUtf8(part) || slash < 0) {
      return { fullName: parts.map((p) => p.toString('utf8')).join('/'), kind: slash < 0 ? 'file' : 'folder' };
    }
    pos = slash + 1;
  }
}

/**
 * The names the loader on disk cannot open (files.ts: BadName), as it reports them: a folder not
 * skipped, or a YAML file, below the org's root; each once, in path order.
 */
function badNamesBelow(tree: Tree, root: string): BadNameInTree[] {
  const chosen = new Map<string, BadNameInTree>();
  for (const bad of tree.badNames) {
    if (!isBelow(bad.fullName, root) || bad.fullName === root) continue;
    const relative = relativeTo(root, bad.fullName);
    if (bad.kind === 'folder' ? skipped(`${relative}/-`) : skipped(relative) || !YAML_FILE.test(relative)) continue;
    chosen.set(bad.fullName, bad);
  }
  return [...chosen.values()].sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));
}

/**
 * The links below the org's root that the loader on disk reports (files.ts), so that a side read from
 * git and one read from disk agree: one that leads out of the org (one finding at the link, the link
 * never followed), and a YAML file's link that leads nowhere (to nothing, or round a loop: one finding
 * at the link). Where a link leads is worked out from the targets of the org's links. A link named as a
 * YAML file is a file; another is reported when it names a folder of the commit or, when it leaves the
 * repository (where git holds nothing), a folder on this machine, as on disk. A link by another name
 * that leads nowhere is skipped, as on disk.
 */
function linksToReport(
  links: TreeEntry[],
  root: string,
  commit: string,
  revision: string,
  cwd: string,
  display: (e: TreeEntry) => string,
): { outside: Array<{ kind: OutsideLink['kind']; entry: TreeEntry }>; broken: Array<{ reason: BrokenLink; entry: TreeEntry }> } {
  const below = links.filter((l) => l.fullName !== root && !skipped(relativeTo(root, l.fullName)));
  if (!below.length) return { outside: [], broken: [] };
  const objects = below.map((l) => l.object);
  const targets = readBlobs(objects, blobSizes(below, display, revision, MAX_LINK_BYTES, cwd), revision, cwd);
  const tree = new TreeLinks(new Map(below.map((l, i) => [l.fullName, targets[i]!.toString('utf8')])));
  // Where a link leaves the repository, git holds nothing to say what is there: the disk does, and the
  // link checked out leads there too, so the file system says what is there, as it does on disk.
  let top: string | undefined | null = null;
  const onDisk = (outside: string): fs.Stats | BrokenLink | undefined => {
    if (top === null) top = gitText(['rev-parse', '--show-toplevel'], cwd);
    if (!path.posix.isAbsolute(outside) && top === undefined) return undefined;
    try {
      return fs.statSync(path.resolve(top ?? '/', outside));
    } catch (err) {
      return brokenLink(err);
    }
  };
  const ends = linkEnds(
    below.filter((l) => YAML_FILE.test(l.fullName)),
    commit,
    revision,
    cwd,
  );
  const broken: Array<{ reason: BrokenLink; entry: TreeEntry }> = [];
  const out: Array<{ entry: TreeEntry; resolved: string | undefined; outside?: string }> = [];
  for (const entry of below) {
    const end = ends.get(entry.fullName);
    const reason = end === undefined || end === 'found' ? undefined : typeof end === 'string' ? end : onDisk(end.outside);
    if (typeof reason === 'string') {
      broken.push({ reason, entry });
      continue;
    }
    let outside: string | undefined;
    const resolved = tree.resolve(entry.fullName, (p) => (outside = p));
    if (resolved === LOOP) continue; // on disk: ELOOP; said above for a YAML file's link
    if (resolved === undefined || !isBelow(resolved, root)) out.push({ entry, resolved, ...(outside !== undefined ? { outside } : {}) });
  }
  const folderOnDisk = (outside: string): boolean => {
    const stat = onDisk(outside);
    return typeof stat === 'object' && stat.isDirectory();
  };
  const folders = treesAmong(
    out.flatMap((o) => (o.resolved !== undefined ? [o.resolved] : [])),
    commit,
    revision,
    cwd,
  );
  const outsideOrg = out.flatMap(({ entry, resolved, outside }): Array<{ kind: OutsideLink['kind']; entry: TreeEntry }> => {
    if (resolved !== undefined && folders.has(resolved)) return [{ kind: 'folder', entry }];
    if (outside !== undefined && !YAML_FILE.test(entry.fullName) && folderOnDisk(outside)) return [{ kind: 'folder', entry }];
    return YAML_FILE.test(entry.fullName) ? [{ kind: 'file', entry }] : [];
  });
  return { outside: outsideOrg, broken };
}

/** Where a link ends, as git follows it in a commit: at an object, nowhere, or out of the repository (`outside`, as the link says it). */
type LinkEnd = 'found' | BrokenLink | { outside: string };

/**
 * Where each of `links` ends in `commit`, followed by git itself (`git cat-file --batch-check
 * --follow-symlinks`: every link of the repository on the way, at most 40, as the file system follows
 * them): one process for all. A path holding a line break cannot be asked: taken as found.
 */
function linkEnds(links: TreeEntry[], commit: string, revision: string, cwd: string): Map<string, LinkEnd> {
  const asked = links.map((l) => l.fullName).filter((p) => !/[\r\n]/.test(p));
  const ends = new Map<string, LinkEnd>();
  if (!asked.length) return ends;
  const out = git(
    ['cat-file', '--batch-check', '--follow-symlinks'],
    cwd,
    `cannot read git revision '${revision}'`,
    asked.map((p) => `${commit}:${p}\n`).join(''),
  );
  // Per path one line: `<object> <type> <size>`, or `<commit>:<path> missing`; or a header
  // `dangling|loop|notdir|symlink <size>` followed by <size> bytes (the path asked, or the link's target) and a line break.
  let pos = 0;
  for (const name of asked) {
    const eol = out.indexOf(0x0a, pos);
    const line = out.subarray(pos, eol < 0 ? out.length : eol).toString('utf8');
    pos = eol < 0 ? out.length : eol + 1;
    const header = /^(dangling|loop|notdir|symlink) (\d+)$/.exec(line);
    if (header === null) {
      ends.set(name, line.endsWith(' missing') && !/^[0-9a-f]+ \w+ \d+$/.test(line) ? 'dangling' : 'found');
      continue;
    }
    const body = out.subarray(pos, pos + Number(header[2])).toString('utf8');
    pos += Number(header[2]) + 1;
    const kind = header[1];
    ends.set(name, kind === 'symlink' ? { outside: body } : kind === 'loop' ? 'loop' : 'dangling');
  }
  return ends;
}

/**
 * Which of `paths` (from the repository root) are folders in `commit`: one `git cat-file --batch-check`
 * of `<commit>:<path>` lines (`git ls-tree` would list a folder's contents instead of the folder when
 * another path below it is asked for too). A path holding a line break cannot be asked: not a folder.
 */
function treesAmong(paths: string[], commit: string, revision: string, cwd: string): Set<string> {
  const asked = paths.filter((p) => !/[\r\n]/.test(p));
  if (!asked.length) return new Set();
  const lines = git(
    ['cat-file', '--batch-check'],
    cwd,
    `cannot read git revision '${revision}'`,
    asked.map((p) => `${commit}:${p}\n`).join(''),
  )
    .toString('utf8')
    .split('\n');
  // `<object> tree <size>`; a missing path is `<commit>:<path> missing`, whose path may hold ' tree '.
  return new Set(asked.filter((_, i) => /^[0-9a-f]+ tree \d+$/.test(lines[i] ?? '')));
}

function relativeTo(root: string, fullName: string): string {
  return root === '' ? fullName : fullName.slice(root.length + 1);
}

/**
 * Why `root` lists no file: it is, or is inside, a submodule (another
 * repository's commit) or a symbolic link (a path string in git), which git
 * holds no files below; else it does not exist. One `git ls-tree` of the
 * path and its ancestors (each ancestor that is a tree lists its children,
 * each that is not lists itself), only when the path came up empty.
 */
function notInTree(commit: string, root: string, orgPath: string, prefix: string, cwd: string, revision: string): UsageError {
  const parts = root === '' ? [] : root.split('/');
  const paths = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  const what = `cannot read git revision '${revision}'`;
  const out = paths.length
    ? git(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...paths], cwd, what)
    : Buffer.alloc(0);
  const modes = new Map<string, { mode: string; object: string }>();
  for (const record of out.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, , object] = record.slice(0, tab).split(' ');
    modes.set(record.slice(tab + 1), { mode: mode!, object: object! });
  }
  const shown = (p: string) => path.posix.relative(prefix, p) || p;
  for (const p of paths) {
    const entry = modes.get(p);
    const where = p === root ? 'is' : 'is inside';
    if (entry?.mode === '160000') {
      return new UsageError(
        `path '${orgPath}' ${where} git submodule '${shown(p)}' in git revision '${revision}': orgctl reads one repository; run orgctl diff inside the submodule`,
      );
    }
    if (entry?.mode === '120000') {
      const target = linkTarget(entry.object, cwd);
      return new UsageError(
        `path '${orgPath}' ${p === root ? 'is a symbolic link' : `is inside symbolic link '${shown(p)}'`} in git revision '${revision}'` +
          `${target === undefined ? '' : ` (to '${target}')`}: give --path the folder it points to`,
      );
    }
  }
  // A folder that is there (listed as itself, or by its children when a deeper path was asked) but holds no file.
  if (modes.get(root)?.mode === '040000' || [...modes.keys()].some((name) => name.startsWith(`${root}/`))) {
    return new UsageError(
      `path '${orgPath}' in git revision '${revision}' holds only symbolic links or submodules, which orgctl does not follow in a git revision`,
    );
  }
  return new PathNotInRevision(orgPath, revision);
}

/**
 * The org path is not in the revision at all (no file, link or submodule
 * there): `orgctl diff` reads such a side as an empty org when the other
 * side has the org (a pull request that adds it, or removes it).
 */
export class PathNotInRevision extends UsageError {
  // Private fields with getters: the error's own properties stay those of any UsageError.
  readonly #orgPath: string;
  readonly #revision: string;

  constructor(orgPath: string, revision: string) {
    super(`path '${orgPath}' does not exist in git revision '${revision}'`);
    this.#orgPath = orgPath;
    this.#revision = revision;
  }

  get orgPath(): string {
    return this.#orgPath;
  }

  get revision(): string {
    return this.#revision;
  }
}

/** Where a symbolic link in git points (its blob is the target path), when that is short enough to quote. */
function linkTarget(object: string, cwd: string): string | undefined {
  try {
    return git(['cat-file', 'blob', object], cwd, 'git', undefined, 4096).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * Sizes of the chosen blobs, from their headers alone (`git cat-file
 * --batch-check`), so that a missing blob or one over `maxFileBytes` is
 * refused before any content is read.
 */
function blobSizes(chosen: TreeEntry[], display: (e: TreeEntry) => string, revision: string, maxFileBytes: number, cwd: string): number[] {
  const out = git(
    ['cat-file', '--batch-check'],
    cwd,
    `cannot read git revision '${revision}'`,
    chosen.map((e) => e.object).join('\n') + '\n',
  );
  const lines = out.toString('utf8').split('\n');
  return chosen.map((entry, i) => {
    const [object, type, size] = (lines[i] ?? '').split(' ');
    const where = `${display(entry)} in git revision '${revision}'`;
    if (object !== entry.object || type !== 'blob' || !/^\d+$/.test(size ?? '')) {
      throw new UsageError(
        `cannot read ${where}: object ${entry.object} is ${type === 'missing' ? 'missing from the repository' : 'unreadable'}`,
      );
    }
    if (Number(size) > maxFileBytes) throw tooLarge(where, Number(size), maxFileBytes);
    return Number(size);
  });
}

/** Contents of many blobs of known sizes, a batch of them per `git cat-file --batch`, each batch read exactly. */
function readBlobs(objects: string[], sizes: number[], revision: string, cwd: string): Buffer[] {
  const blobs: Buffer[] = [];
  let start = 0;
  while (start < objects.length) {
    let end = start;
    let bytes = 0;
    while (end < objects.length && (end === start || bytes + sizes[end]! + BLOB_FRAMING_BYTES <= BLOB_BATCH_BYTES)) {
      bytes += sizes[end]! + BLOB_FRAMING_BYTES;
      end++;
    }
    for (const blob of readBatch(objects.slice(start, end), revision, cwd, bytes)) blobs.push(blob);
    start = end;
  }
  return blobs;
}

function readBatch(objects: string[], revision: string, cwd: string, maxBuffer: number): Buffer[] {
  const out = git(['cat-file', '--batch'], cwd, `cannot read git revision '${revision}'`, objects.join('\n') + '\n', maxBuffer);
  const blobs: Buffer[] = [];
  let pos = 0;
  for (const object of objects) {
    const eol = out.indexOf(0x0a, pos);
    const header = out.subarray(pos, eol).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (eol < 0 || !header.startsWith(object) || !Number.isInteger(size))
      throw new UsageError(`cannot read git object ${object}: ${header.split('\n')[0]!}`);
    blobs.push(out.subarray(eol + 1, eol + 1 + size));
    pos = eol + 1 + size + 1; // content, then a newline
  }
  return blobs;
}

/**
 * Load the org at `orgPath` (a directory or file, relative to `cwd`) as it is
 * in `revision`. UsageError when the revision does not exist or the path is
 * not in it, or when git cannot read it (a missing object, a blob above
 * `maxFileBytes`). `parse` lets a diff parse content shared by both sides once.
 */
export function loadGitFiles(
  revision: string,
  orgPath = '.',
  cwd = process.cwd(),
  parse: ParseFn = parseBytes,
  maxFileBytes = MAX_FILE_BYTES,
): GitLoadResult {
  const commit = resolveRevision(revision, cwd);
  // Where the current directory is in the repository ('' at its root).
  const prefix = gitText(['rev-parse', '--show-prefix'], cwd)?.replace(/\/$/, '') ?? '';
  const root = rootFromRepo(orgPath, prefix, cwd);
  const tree = listTree(commit, root, cwd, revision);
  const all = tree.entries;
  if (!all.length && !tree.badNames.length) throw notInTree(commit, root, orgPath, prefix, cwd, revision);

  const chosen = all
    .filter((e) => {
      if (e.fullName === root) return true; // a file given explicitly is taken whatever its extension
      const relative = relativeTo(root, e.fullName);
      return YAML_FILE.test(relative) && !skipped(relative);
    })
    // Code-unit order of the path, as the loader sorts (all paths share the repository root).
    .sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));

  // As displayPath() names the same file on disk: below the org path as given, relative to the current
  // directory (an org path given through a linked folder is named through it, as on disk).
  const given = path.resolve(cwd, orgPath);
  const display = (entry: TreeEntry): string => displayPath(path.join(given, ...relativeTo(root, entry.fullName).split('/')), cwd);
  const blobs = chosen.length
    ? readBlobs(
        chosen.map((e) => e.object),
        blobSizes(chosen, display, revision, maxFileBytes, cwd),
        revision,
        cwd,
      )
    : [];
  const files: SourceFile[] = [];
  // The folder as the loader on disk names it in the same finding.
  const folder = displayPath(path.resolve(cwd, orgPath), cwd);
  const links = linksToReport(tree.links, root, commit, revision, cwd, display);
  const findings: RawFinding[] = links.outside.map(({ kind, entry }) => outsideLinkFinding(kind, display(entry), folder));
  // After the links out, in path order, as the loader on disk reports the names it cannot open.
  const unread = [
    ...badNamesBelow(tree, root).map((bad) => ({
      fullName: bad.fullName,
      finding: badNameFinding(bad.kind, display({ fullName: bad.fullName, object: '' })),
    })),
    ...links.broken.map(({ reason, entry }) => ({ fullName: entry.fullName, finding: brokenLinkFinding(reason, display(entry)) })),
  ].sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));
  findings.push(...unread.map((u) => u.finding));
  chosen.forEach((entry, i) => {
    const parsed = parse(blobs[i]!, display(entry));
    files.push(parsed.file);
    findings.push(...parsed.findings);
  });
  return { files, findings, commit };
}
