/**
 * Writing the handbook into DIR, which may hold the user's own files and which
 * a pull request may have filled with anything (links, a forged manifest):
 *
 * - Nothing outside DIR is ever written or removed. DIR itself may be a link
 *   (the user named it), but no link below it is followed: every path
 *   component below DIR is checked with lstat. A page that would be written
 *   through a link stops the run before anything is written (exit 2, naming
 *   the link); a stale page behind a link is left alone.
 * - A file orgctl did not write is never overwritten, and a listed file is
 *   replaced or removed only while its content still hashes to what the
 *   manifest recorded (see docsManifest.ts); anything else counts as edited.
 * - Files are written atomically; the temp files of a run that was killed are
 *   removed by the next run, but only those named after files the manifest
 *   owns, only regular files, and only when the process that wrote them is gone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { collisionKey, parseTempName, tempPrefix } from '../../core/fs/fileNames.js';
import { cannotWrite, ensureDir, replaceFile } from '../../core/fs/output.js';
import type { Progress } from '../../core/progress.js';
import { utf8Pieces } from '../../core/text/utf8Pieces.js';
import { isSafeEntry, MANIFEST, readManifest, writeManifest } from './manifest.js';

export interface WriteResult {
  /** Files whose content changed (or were new). */
  changed: number;
  /** Stale pages removed (relative paths). */
  removed: string[];
  /** Stale pages left in place, and why: edited after orgctl wrote them (they are the user's from now on), or reached through a link. */
  kept: { path: string; reason: 'edited' | 'link' }[];
  /** Manifest entries ignored because they name something outside DIR or that orgctl never writes. */
  ignored: string[];
  /** Temp files of an interrupted earlier run that were removed. */
  staleTemps: number;
}

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** What is at a relative path below DIR, found without following any link. */
type Found =
  | { kind: 'absent' }
  | { kind: 'file'; hash: string }
  /** A link at `at` (the path itself or a folder on the way). */
  | { kind: 'link'; at: string }
  /** Something that is not a regular file (or a folder on the way that is not a folder) at `at`. */
  | { kind: 'other'; at: string };

/** lstat-only look-ups below one directory, each folder looked up once. */
class ConfinedTree {
  private readonly folders = new Map<string, fs.Stats | null>();

  constructor(readonly root: string) {}

  private folder(rel: string): fs.Stats | null {
    let stat = this.folders.get(rel);
    if (stat === undefined) {
      stat = lstatOrNull(path.join(this.root, rel));
      this.folders.set(rel, stat);
    }
    return stat;
  }

  /** The first folder on the way to `rel` that is missing, a link or not a folder. */
  private walk(rel: string): Found | undefined {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const stat = this.folder(dir);
      if (stat === null) return { kind: 'absent' };
      if (stat.isSymbolicLink()) return { kind: 'link', at: dir };
      if (!stat.isDirectory()) return { kind: 'other', at: dir };
    }
    return undefined;
  }

  find(rel: string): Found {
    const blocked = this.walk(rel);
    if (blocked) return blocked;
    const abs = path.join(this.root, rel);
    const stat = lstatOrNull(abs);
    if (stat === null) return { kind: 'absent' };
    if (stat.isSymbolicLink()) return { kind: 'link', at: rel };
    if (!stat.isFile()) return { kind: 'other', at: rel };
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as number, but undefined on Windows
    const fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    try {
      return { kind: 'file', hash: sha256(fs.readFileSync(fd)) };
    } finally {
      fs.closeSync(fd);
    }
  }

  /** `relDir` is a real folder below the root, reached without a link. */
  isFolder(relDir: string): boolean {
    if (relDir === '.' || relDir === '') return true;
    if (this.walk(`${relDir}/x`)) return false;
    return true;
  }

  /** Create the folders of `relDir` that are missing (mkdir never follows a link; they were all checked before). */
  makeFolders(relDir: string): void {
    if (relDir === '.' || relDir === '') return;
    const parts = relDir.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      const stat = this.folder(dir);
      if (stat && stat.isDirectory() && !stat.isSymbolicLink()) continue;
      if (stat) throw new UsageError(`cannot write into ${path.join(this.root, dir)}: it is not a folder`);
      fs.mkdirSync(path.join(this.root, dir));
      this.folders.set(dir, fs.lstatSync(path.join(this.root, dir)));
    }
  }

  forget(relDir: string): void {
    this.folders.delete(relDir);
  }
}

function lstatOrNull(abs: string): fs.Stats | null {
  try {
    return fs.lstatSync(abs);
  } catch {
    return null;
  }
}

const dirOf = (rel: string) => path.posix.dirname(rel);
const nameOf = (rel: string) => path.posix.basename(rel);

/** A library caller sees no progress unless it asks (the CLI passes its terminal progress line). */
const SILENT: Progress = { update() {}, done() {} };

/**
 * DIR must be a directory, or not exist yet (it is created when writing).
 * The CLI checks this before reading the org, so a wrong -o fails at once.
 */
export function assertDocsDir(outDir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(outDir);
  } catch {
    // A link whose target is missing: mkdir would fail on the link itself with a bare EEXIST.
    if (lstatOrNull(outDir)?.isSymbolicLink()) {
      throw new UsageError(
        `-o ${outDir} is a symbolic link to ${fs.readlinkSync(outDir)}, which does not exist: create that folder, or choose another -o directory`,
      );
    }
    return; // created when writing
  }
  if (!stat.isDirectory()) throw new UsageError(`-o must be a directory: ${outDir} is a file`);
}

/** A file to write: its relative path and its content, rendered when the writer gets to it (see HandbookFile in docs/index.ts). */
export interface DocsFile {
  path: string;
  render(): string;
  /** The same text handed over in pieces (the one-file HTML handbook of a large org), so it is never one string. */
  renderTo?(write: (chunk: string) => void): void;
}

/** A file's content as UTF-8: one buffer, or the buffers of a file rendered in pieces. */
function bytesOf(file: DocsFile): Buffer[] {
  if (!file.renderTo) return [Buffer.from(file.render(), 'utf8')];
  return utf8Pieces((write) => {
    file.renderTo?.(write);
  });
}

function hashOf(pieces: readonly Buffer[]): string {
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  return hash.digest('hex');
}

/**
 * Write `files` into `outDir` (see the module comment for the rules): a Map
 * of path → content, or files rendered one at a time as they are written
 * (the CLI's way: the pages of a large org are never all in memory). Throws
 * UsageError before writing anything on a conflict or a link in the way.
 */
export function writeDocs(outDir: string, files: Map<string, string> | readonly DocsFile[], progress: Progress = SILENT): WriteResult {
  assertDocsDir(outDir);
  const list = files instanceof Map ? [...files].map(([rel, content]): DocsFile => ({ path: rel, render: () => content })) : files;
  try {
    return writeInto(outDir, list, progress);
  } catch (err) {
    // A file system that says no (ENOTDIR, EACCES, ENOSPC …) is one line and exit 2, like any output that cannot be written.
    const { code, path: at } = err as NodeJS.ErrnoException;
    if (err instanceof UsageError || typeof code !== 'string') throw err;
    throw cannotWrite(at ?? outDir, err);
  }
}

/** Bytes of pages gathered before they are written: at least this, and at least about the manifest's size (so rewriting it stays linear). */
const BATCH_BYTES = 1 << 20;
const MANIFEST_BYTES_PER_ENTRY = 128;

function writeInto(outDir: string, files: readonly DocsFile[], progress: Progress): WriteResult {
  for (const { path: rel } of files)
    if (!isSafeEntry(rel)) throw new Error(`internal: page path ${JSON.stringify(rel)} is not a plain relative path`);
  const { entries: previous, ignored } = readManifest(outDir);
  const tree = new ConfinedTree(outDir);

  // Every path is checked before anything is written. A page is rendered here only when a file the
  // manifest does not vouch for is in its place: identical, it is left alone; otherwise it is a conflict.
  const ours = new Map<string, string>(); // hash of the file in place, which the manifest says orgctl wrote
  const unchanged = new Map<string, string>(); // identical files orgctl may not have written, and their hash
  // Keyed by the path in the way: a file where a folder goes blocks every page below it, and is one obstacle.
  const conflicts = new Map<string, 'edited' | 'foreign' | 'folder' | 'special'>();
  for (const file of files) {
    const rel = file.path;
    const found = tree.find(rel);
    if (found.kind === 'link') {
      throw new UsageError(
        `refusing to write through ${path.join(outDir, found.at)}: it is a symbolic link (orgctl docs never follows links inside -o); remove it or choose another -o directory`,
      );
    }
    if (found.kind === 'other') conflicts.set(found.at, found.at === rel ? 'special' : 'folder');
    else if (found.kind === 'file' && previous.get(rel)?.includes(found.hash)) ours.set(rel, found.hash);
    else if (found.kind === 'file' && hashOf(bytesOf(file)) === found.hash) unchanged.set(rel, found.hash);
    else if (found.kind === 'file') conflicts.set(rel, previous.has(rel) ? 'edited' : 'foreign');
  }
  if (conflicts.size) {
    const [at, kind] = [...conflicts][0]!;
    const more = conflicts.size > 1 ? ` (and ${conflicts.size - 1} more)` : '';
    const where = `${path.join(outDir, at)}${more}`;
    const fix = 'move it or choose another -o directory';
    if (kind === 'folder')
      throw new UsageError(`refusing to write into ${where}: orgctl docs writes a folder there, and it is a file; ${fix}`);
    if (kind === 'special')
      throw new UsageError(`refusing to overwrite ${where}: orgctl docs writes a page there, and it is not a regular file; ${fix}`);
    const why = kind === 'edited' ? 'changed since orgctl docs wrote it' : 'not written by orgctl docs';
    throw new UsageError(`refusing to overwrite ${where}: ${why}; ${fix}`);
  }

  ensureDir(outDir);
  const staleTemps = removeStaleTemps(tree, [...previous.keys(), ...files.map((f) => f.path), MANIFEST]);

  // Pages are rendered one by one and written in batches. Before a batch is written, the manifest records
  // everything that may be ours (old and new contents alike), so an interrupted run leaves nothing unaccounted for.
  const next = new Map<string, string>();
  const during = new Map<string, readonly string[]>(previous);
  // Held as UTF-8 outside the JavaScript heap (what is written anyway): the heap then does not grow with the batch.
  let batch: { rel: string; content: Buffer[] }[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (!batch.length) return;
    writeManifest(outDir, during);
    for (const { rel, content } of batch) {
      tree.makeFolders(dirOf(rel));
      replaceFile(path.join(outDir, dirOf(rel)), nameOf(rel), content);
    }
    batch = [];
    batchBytes = 0;
  };
  let changed = 0;
  let i = 0;
  const every = Math.max(1, Math.floor(files.length / 100)); // a terminal line per percent, not per file
  for (const file of files) {
    const rel = file.path;
    if (++i % every === 0) progress.update('writing', i, files.length);
    const same = unchanged.get(rel);
    if (same !== undefined) {
      next.set(rel, same);
      continue;
    }
    const content = bytesOf(file);
    const hash = hashOf(content);
    next.set(rel, hash);
    if (ours.get(rel) === hash) continue; // leave identical files alone (their mtime too)
    during.set(rel, [...new Set([...(previous.get(rel) ?? []), hash])]);
    batch.push({ rel, content });
    for (const piece of content) batchBytes += piece.length;
    changed++;
    if (batchBytes >= Math.max(BATCH_BYTES, during.size * MANIFEST_BYTES_PER_ENTRY)) flush();
  }
  flush();

  const removed: string[] = [];
  const kept: WriteResult['kept'] = [];
  // On a case-insensitive or normalising file system `README.MD` is the README.md just written: never a stale page.
  const current = new Set([...next.keys()].map(collisionKey));
  for (const rel of [...previous.keys()].sort()) {
    if (next.has(rel) || current.has(collisionKey(rel))) continue;
    const found = tree.find(rel);
    if (found.kind === 'absent' || found.kind === 'other') continue; // gone, or something else is there now (not a page orgctl wrote)
    if (found.kind === 'link') kept.push({ path: rel, reason: 'link' });
    else if (!previous.get(rel)!.includes(found.hash)) kept.push({ path: rel, reason: 'edited' });
    else {
      fs.unlinkSync(path.join(outDir, rel));
      removed.push(rel);
      removeEmptyParents(tree, dirOf(rel));
    }
  }
  // A stale page left in place is the user's from now on: no longer listed, so never removed or overwritten.
  writeManifest(outDir, next);
  return { changed, removed, kept, ignored, staleTemps };
}

/**
 * Remove the temp files a killed run left beside files the manifest owns:
 * names that parse as a temp name (see tempName) for one of those files, in a
 * real folder below DIR, regular files only, written by a process that is gone.
 */
function removeStaleTemps(tree: ConfinedTree, owned: string[]): number {
  const prefixesByDir = new Map<string, Set<string>>();
  for (const rel of owned) {
    const dir = dirOf(rel);
    let prefixes = prefixesByDir.get(dir);
    if (!prefixes) prefixesByDir.set(dir, (prefixes = new Set()));
    prefixes.add(tempPrefix(nameOf(rel)));
  }
  let removed = 0;
  for (const [dir, prefixes] of prefixesByDir) {
    if (!tree.isFolder(dir)) continue;
    const abs = path.join(tree.root, dir);
    let names: string[];
    try {
      names = fs.readdirSync(abs);
    } catch {
      continue; // not there (yet)
    }
    for (const name of names) {
      const temp = parseTempName(name);
      if (!temp || !prefixes.has(temp.prefix) || processAlive(temp.pid)) continue;
      const file = path.join(abs, name);
      if (!lstatOrNull(file)?.isFile()) continue;
      fs.unlinkSync(file);
      removed++;
    }
  }
  return removed;
}

/** Whether a process with this pid runs now (then its temp file may be in use). Our own pid cannot have left one: this run has written nothing yet. */
function processAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove now-empty folders orgctl's pages lived in (rmdir fails, harmlessly, on a folder that is not empty). */
function removeEmptyParents(tree: ConfinedTree, relDir: string): void {
  for (let dir = relDir; dir !== '.' && dir !== ''; dir = dirOf(dir)) {
    try {
      fs.rmdirSync(path.join(tree.root, dir));
      tree.forget(dir);
    } catch {
      return;
    }
  }
}
