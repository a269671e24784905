/**
 * `validate --cache`, its second layer: the last run's whole result, taken
 * again when no file changed in anything a check reads. The edit loop of an
 * org is mostly writing (duties, descriptions, comments), and at 100k roles
 * the model and the rules are most of a run: re-parsing only the changed file
 * (the first layer, load/cache.ts) still left a warm run at the cost of a
 * cold one. This is `tsc --incremental`'s reasoning about declaration
 * signatures, applied to files: a file whose signature (model/signature.ts)
 * is unchanged changes no other file's findings.
 *
 * Kept: every file's display path, content hash and signature, and whether
 * it is "quiet" — it parsed and built with no finding at all and has no
 * `orgctl-` directive — with the result and the date it was checked on.
 * Taken again only when the files are the same list, the date is the same,
 * and each changed file was quiet, is quiet now (it is parsed and built on
 * its own: what a document builds into depends on that document alone) and
 * has the same signature. Anything else (a new file, a renamed role, a file
 * with findings, a suppression comment) runs everything, and keeps the new
 * result. The kept bytes are signed with the user's key (load/cacheSecret.ts).
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import { displayPath } from '../../core/paths.js';
import { contentHash } from '../../load/cache.js';
import type { OrgFiles } from '../../load/files.js';
import { parseBytes } from '../../load/parse.js';
import { readRegularFile } from '../../load/readFile.js';
import type { SourceFile } from '../../load/types.js';
import { buildModel } from '../../model/build.js';
import { fileSignature } from '../../model/signature.js';
import type { OrgModel } from '../../model/types.js';
import type { ValidationResult } from '../result.js';

/** Bump when what is kept changes (the cache file's own format is load/cache.ts's). */
const KEPT_FORMAT = 1;

interface KeptFile {
  /** Its absolute path (with the working directory kept, the display path follows). */
  abs: string;
  hash: string;
  /** The file's stat when its hash was taken (fileStat): '' when it must be read to be compared. */
  stat: string;
  /** '' when the file has no signature (it is then never quiet). */
  signature: string;
  quiet: boolean;
}

interface Kept {
  format: number;
  asOf: string;
  cwd: string;
  /** $PWD: display paths outside the working directory follow the shell's name for it (core/paths.ts). */
  pwd: string;
  files: KeptFile[];
  result: ValidationResult;
}

/** What to keep of a run that checked `model` in full; undefined when nothing can be taken from it later. */
export function keepResult(
  model: OrgModel,
  result: ValidationResult,
  hashes: ReadonlyMap<string, string>,
  found: OrgFiles,
  stats: readonly string[],
  asOf: string,
  cwd: string,
): Uint8Array | undefined {
  // Links out of the org and unreadable names are findings about the folders, not about a file's bytes.
  if (found.outsideLinks.length || found.badNames.length || model.files.length !== found.files.length) return undefined;
  const withFindings = new Set<string>();
  for (const f of result.findings) if (f.file !== undefined) withFindings.add(f.file);
  const quoted = filesQuotedAt(result, model.files);
  if (!quoted) return undefined;
  const files: KeptFile[] = [];
  for (const [i, file] of model.files.entries()) {
    const hash = hashes.get(file.path);
    if (hash === undefined) return undefined;
    const signature = fileSignature(file) ?? '';
    files.push({
      abs: found.files[i]!,
      hash,
      stat: stats[i] ?? '',
      signature,
      quiet: signature !== '' && !withFindings.has(file.path) && !quoted.has(file.path) && isQuiet(file),
    });
  }
  return v8.serialize({ format: KEPT_FORMAT, asOf, cwd, pwd: process.env.PWD ?? '', files, result } satisfies Kept);
}

/** A place as a finding quotes another (`roles/a.yaml:12:5`: duplicate-id, confusable-id). */
const QUOTED_PLACE = /:\d+:\d+/;
/** More findings than this quote places: nothing is kept (finding which files they name would cost too much). */
const MAX_QUOTING = 64;

/**
 * The files whose places other findings quote: an edit that moves a line there changes those findings'
 * text, so such a file is never quiet. Undefined when too many findings quote places.
 */
function filesQuotedAt(result: ValidationResult, files: readonly SourceFile[]): Set<string> | undefined {
  const quoting = result.findings.filter((f) => QUOTED_PLACE.test(f.message));
  if (quoting.length > MAX_QUOTING) return undefined;
  const quoted = new Set<string>();
  for (const f of quoting) for (const file of files) if (f.message.includes(`${file.path}:`)) quoted.add(file.path);
  return quoted;
}

/** Parsed with no document left out and no directive (a directive may suppress, or be unused). */
function isQuiet(file: SourceFile): boolean {
  return file.unparsed.length === 0 && !file.text.includes('orgctl-');
}

/** The org's files as this run finds them, from `cwd`: absolute path and stat (fileStat). */
export interface FilesNow {
  cwd: string;
  abs: readonly string[];
  stats: readonly string[];
}

/**
 * The kept result when it holds for the files `now`, checked on `asOf`, and what to keep for the next run;
 * undefined when the org must be checked (see the module comment). A file whose stat is the one kept is
 * not read (git's index does the same); any other is read and hashed.
 */
export function reuseResult(bytes: Uint8Array, now: FilesNow, asOf: string): { result: ValidationResult; keep: Uint8Array } | undefined {
  const kept = readKept(bytes);
  if (!kept || kept.asOf !== asOf || kept.cwd !== now.cwd || kept.pwd !== (process.env.PWD ?? '') || kept.files.length !== now.abs.length)
    return undefined;
  const files: KeptFile[] = [];
  for (let i = 0; i < kept.files.length; i++) {
    const was = kept.files[i]!;
    const abs = now.abs[i]!;
    const stat = now.stats[i]!;
    if (abs !== was.abs) return undefined;
    if (stat !== '' && stat === was.stat) {
      files.push(was);
      continue;
    }
    const shown = displayPath(abs, now.cwd);
    let fileBytes: Uint8Array;
    try {
      fileBytes = readRegularFile(abs, shown);
    } catch {
      return undefined; // the full run says what is wrong with it
    }
    const hash = contentHash(fileBytes);
    if (hash !== was.hash && !(was.quiet && quietWithSignature(fileBytes, shown, asOf, was.signature))) return undefined;
    files.push({ ...was, hash, stat });
  }
  return { result: kept.result, keep: v8.serialize({ ...kept, files } satisfies Kept) };
}

/** Files changed this close to the run's start may change again within the clock's grain: they are read next time. */
const RACY_MS = 2000;

/**
 * What identifies a file's bytes without reading them: device, inode, size, and the times it was last
 * written and last changed (a write moves both, and the second cannot be set back). '' when it is not a
 * regular file, or was written within RACY_MS of `startedMs` (the run's start, in ms since the epoch).
 */
export function fileStat(abs: string, startedMs: number): string {
  try {
    const s = fs.statSync(abs);
    if (!s.isFile() || s.mtimeMs >= startedMs - RACY_MS || s.ctimeMs >= startedMs - RACY_MS) return '';
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
  } catch {
    return '';
  }
}

/** Whether the changed file parses and builds, on its own, with no finding, and signs as `signature`. */
function quietWithSignature(bytes: Uint8Array, shown: string, asOf: string, signature: string): boolean {
  const parsed = parseBytes(bytes, shown);
  if (parsed.findings.length || !isQuiet(parsed.file) || fileSignature(parsed.file) !== signature) return false;
  // Alone, a file lacks the Organization, and says so: the org it belongs to has one (the files are the same).
  return buildModel([parsed.file], { asOf }).buildFindings.every((f) => f.rule === 'missing-organization');
}

/** The kept record, when it has the shape written above (it is signed, so only a bug or an old orgctl differs). */
function readKept(bytes: Uint8Array): Kept | undefined {
  let data: unknown;
  try {
    data = v8.deserialize(bytes);
  } catch {
    return undefined;
  }
  const k = data as Partial<Kept> | null;
  if (
    typeof k !== 'object' ||
    k === null ||
    k.format !== KEPT_FORMAT ||
    typeof k.asOf !== 'string' ||
    typeof k.cwd !== 'string' ||
    typeof k.pwd !== 'string'
  )
    return undefined;
  if (!Array.isArray(k.files) || !k.files.every(isKeptFile)) return undefined;
  const r = k.result as unknown as Record<string, unknown> | null | undefined;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.findings) || typeof r.summary !== 'object' || r.summary === null)
    return undefined;
  return k as Kept;
}

function isKeptFile(f: unknown): f is KeptFile {
  const k = f as KeptFile | null;
  return (
    typeof k === 'object' &&
    k !== null &&
    typeof k.abs === 'string' &&
    typeof k.hash === 'string' &&
    typeof k.stat === 'string' &&
    typeof k.signature === 'string' &&
    typeof k.quiet === 'boolean'
  );
}
