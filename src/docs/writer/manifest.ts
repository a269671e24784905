/**
 * DIR/.orgctl-docs.json: which files in the handbook folder orgctl wrote, and
 * the sha256 of what it wrote there.
 *
 * The manifest is untrusted input: a pull request that commits the handbook
 * folder controls it byte for byte. So an entry only counts when it names a
 * file inside DIR in the alphabet orgctl's own page names use (no absolute
 * paths, `..`, backslashes, NUL, colons, control characters), and it only
 * lets orgctl replace or remove a file whose content still hashes to what the
 * entry says. An entry without a usable hash (an older or hand-made manifest)
 * still says "orgctl wrote this once", but the file is treated as edited since:
 * it is left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { replaceFile } from '../../core/fs/output.js';

export const MANIFEST = '.orgctl-docs.json';

/** Relative path (`/`-separated) → the hashes of the contents orgctl may have left there (empty: listed, but nothing can be verified). */
export type ManifestEntries = Map<string, readonly string[]>;

interface ManifestFile {
  generator: 'orgctl docs';
  version: 1;
  /**
   * Relative path → sha256 of the content orgctl wrote there. While a run is
   * writing, a file being replaced lists both its old and its new hash, so a
   * run killed half-way leaves every file recognisable as orgctl's.
   */
  files: Record<string, string | string[]>;
}

const SHA256 = /^[0-9a-f]{64}$/;
/** One path segment as orgctl names files: letters, digits, marks of any script, `_ . ~ -` (see render/docs/paths.ts). */
const SEGMENT = /^[\p{L}\p{N}\p{M}_.~-]+$/u;

/** A manifest entry names a file inside DIR, and only in the alphabet of orgctl's own names (so it is also safe to print). */
export function isSafeEntry(rel: string): boolean {
  if (rel === MANIFEST || rel.length > 4096) return false;
  return rel.split('/').every((seg) => SEGMENT.test(seg) && seg !== '.' && seg !== '..');
}

export interface ReadManifest {
  entries: ManifestEntries;
  /** Entries refused because they name something outside DIR or that orgctl never writes (to warn about). */
  ignored: string[];
}

export function readManifest(outDir: string): ReadManifest {
  const file = path.join(outDir, MANIFEST);
  const text = readOwnFile(file);
  const entries: ManifestEntries = new Map();
  const ignored: string[] = [];
  if (text === undefined) return { entries, ignored };
  // Whatever the file holds (the pull request controls it): checked below, not assumed.
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not valid JSON; remove it (orgctl will then only write files that do not exist yet)`);
  }
  if (!isObject(data) || data.generator !== 'orgctl docs' || !isObject(data.files)) {
    throw new UsageError(`${file} is not an orgctl docs manifest; remove it or choose another -o directory`);
  }
  // A list of paths (no hashes at all) is read as "listed, never verifiable".
  const listed: [string, unknown][] = Array.isArray(data.files)
    ? data.files.map((rel: unknown) => [String(rel), undefined])
    : Object.entries(data.files);
  for (const [rel, value] of listed) {
    if (!isSafeEntry(rel)) {
      ignored.push(rel);
      continue;
    }
    const hashes = (Array.isArray(value) ? value : [value]).filter((h): h is string => typeof h === 'string' && SHA256.test(h));
    entries.set(rel, hashes);
  }
  return { entries, ignored };
}

/** A JSON object or array (what `typeof` calls an object, without null). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The manifest itself is written and read only as a regular file in DIR, never through a link. */
function readOwnFile(file: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink())
    throw new UsageError(`refusing to use ${file}: it is a symbolic link (orgctl docs never follows links inside -o); remove it`);
  if (!stat.isFile()) throw new UsageError(`refusing to use ${file}: it is not a regular file; remove it or choose another -o directory`);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as number, but undefined on Windows
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Write the manifest: one hash per file, or several while a run is replacing files. Paths sorted by code point, so reruns are byte-identical. */
export function writeManifest(outDir: string, files: Map<string, string | readonly string[]>): void {
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  replaceFile(outDir, MANIFEST, manifestBytes(sorted));
}

/** A key JavaScript objects list first, in numeric order (so JSON.stringify of an object would too): `0`, `42`. */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]{0,9})$/;

/**
 * `JSON.stringify(manifest, null, 2)` and a newline, as UTF-8, built entry by
 * entry: the manifest of a 100k-page handbook is rewritten while pages are
 * written, and as one string it would be tens of megabytes each time.
 */
function manifestBytes(sorted: [string, string | readonly string[]][]): Buffer {
  const value = (hashes: string | readonly string[]) =>
    typeof hashes === 'string' ? hashes : hashes.length === 1 ? hashes[0]! : [...hashes];
  if (sorted.some(([rel]) => ARRAY_INDEX.test(rel) && Number(rel) < 2 ** 32 - 1)) {
    // Only a hand-made manifest can list such a name: let JSON.stringify order it as it always has.
    const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
    for (const [rel, hashes] of sorted) out[rel] = value(hashes);
    const manifest: ManifestFile = { generator: 'orgctl docs', version: 1, files: out };
    return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  }
  const chunks: Buffer[] = [];
  let text = `{\n  "generator": "orgctl docs",\n  "version": 1,\n  "files": {`;
  sorted.forEach(([rel, hashes], i) => {
    const v = value(hashes);
    const shown = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, null, 2).replace(/\n/g, '\n    ');
    text += `${i ? ',' : ''}\n    ${JSON.stringify(rel)}: ${shown}`;
    if (text.length >= 1 << 16) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  });
  text += sorted.length ? '\n  }\n}\n' : '}\n}\n';
  chunks.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(chunks);
}
