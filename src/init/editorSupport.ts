/**
 * Editor support in the orgs `orgctl init` writes: the schema comment at the
 * top of every YAML document, and a `.vscode/settings.json` that maps the
 * schema to the org's YAML files.
 *
 * yaml-language-server (VS Code's YAML extension, and most other editors') reads
 * `# yaml-language-server: $schema=…` from each document's own header: the
 * comments before the document's content, after its `---`. A comment at the top
 * of the file covers the first document only, so a file of several documents
 * needs the comment after every `---`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../core/fs/output.js';
import { displayPath } from '../core/paths.js';

/** A whole line that is our schema comment (any target): replaced, never duplicated. */
const SCHEMA_COMMENT_LINE = /^# yaml-language-server: \$schema=\S*\r?$/;
/** A `---` line: the start of a document. */
const DOCUMENT_START = /^---(?:[ \t]|\r?$)/;
/** Blank or comment-only lines: the header of a document, before its content. */
const HEADER_LINE = /^(?:[ \t]*(?:#.*)?)\r?$/;

export function schemaComment(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}`;
}

/**
 * The text with `# yaml-language-server: $schema=<schemaRef>` at the top of every
 * document: the first line of the file (unless the file's first document opens
 * with its own `---`) and the line after each `---`. Schema comments already in a
 * document's header are dropped, so the result has exactly one per document,
 * pointing at schemaRef. Everything else is kept byte for byte.
 */
export function withSchemaComments(text: string, schemaRef: string): string {
  const comment = schemaComment(schemaRef);
  const lines = text.split('\n');
  const out: string[] = [];
  let insertBeforeNext = !firstDocumentHasMarker(lines);
  let inHeader = true;
  for (const line of lines) {
    if (insertBeforeNext) {
      out.push(comment);
      insertBeforeNext = false;
      inHeader = true;
    }
    if (inHeader) {
      if (SCHEMA_COMMENT_LINE.test(line)) continue;
      if (!HEADER_LINE.test(line)) inHeader = false;
    }
    out.push(line);
    if (DOCUMENT_START.test(line)) insertBeforeNext = true;
  }
  return out.join('\n');
}

/** Whether the first line that is not blank or a comment is `---` (or a `%` directive, which a `---` must follow). */
function firstDocumentHasMarker(lines: string[]): boolean {
  const first = lines.find((l) => !HEADER_LINE.test(l));
  return first !== undefined && (DOCUMENT_START.test(first) || first.startsWith('%'));
}

/**
 * The `yaml.schemas` entry: the schema beside the org for its YAML files. The
 * language server resolves the schema path against the workspace folder and
 * matches each pattern in any directory (it prefixes a globstar), skipping
 * dot-directories; with node_modules excluded too, the files it covers are the
 * ones `orgctl validate <dir>` reads.
 */
export function yamlSchemasEntry(schemaFile: string): [string, string[]] {
  return [`./${schemaFile}`, ['*.yaml', '*.yml', '!node_modules/**']];
}

export type SettingsOutcome = { action: 'created' | 'merged' | 'unchanged' } | { action: 'skipped'; note: string };

/**
 * Write `<target>/.vscode/settings.json` with the `yaml.schemas` entry, or add the
 * entry to the settings already there. The user's settings are never lost: a file
 * that is not plain JSON (VS Code allows comments and trailing commas) is left as
 * it is, with a note saying what to add; an entry for the same schema path that
 * is already there is kept as the user wrote it.
 */
export function writeVscodeSettings(target: string, schemaFile: string): SettingsOutcome {
  const dir = path.join(target, '.vscode');
  const file = path.join(dir, 'settings.json');
  const shown = displayPath(file);
  const [schemaRef, patterns] = yamlSchemasEntry(schemaFile);
  const entryText = `"yaml.schemas": ${JSON.stringify({ [schemaRef]: patterns })}`;
  const skipped = (why: string): SettingsOutcome => ({
    action: 'skipped',
    note: `${shown} ${why}; left it unchanged: add ${entryText} to it for editors to check every YAML file of the org`,
  });

  // A link could lead the write out of the org (`.vscode`) or replace the user's link with a copy (settings.json).
  if (isSymlink(dir) || isSymlink(file)) return skipped('is reached through a symbolic link');
  // `.vscode` may be a file (someone's notes): there is no folder to hold the settings.
  if (fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false)
    return {
      action: 'skipped',
      note: `${displayPath(dir)} is a file, not a folder, so ${shown} cannot be made; left it unchanged: rename that file, then add ${entryText} to ${shown} for editors to check every YAML file of the org`,
    };
  let existing: string | undefined;
  try {
    existing = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return skipped(`cannot be read (${code ?? 'error'})`);
  }

  if (existing === undefined) {
    if (!write(file, { 'yaml.schemas': { [schemaRef]: patterns } })) return skipped('cannot be written');
    return { action: 'created' };
  }

  const settings = parsePlainJsonObject(existing);
  if (!settings) return skipped('is not a plain JSON object (comments or trailing commas?)');
  const schemas = Object.hasOwn(settings, 'yaml.schemas') ? settings['yaml.schemas'] : {};
  if (!isPlainObject(schemas)) return skipped('has a "yaml.schemas" that is not an object');
  if (Object.hasOwn(schemas, schemaRef)) return { action: 'unchanged' };
  // Own data properties (defineProperty), so that even a key like `__proto__` stays data.
  Object.defineProperty(schemas, schemaRef, { value: patterns, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(settings, 'yaml.schemas', { value: schemas, enumerable: true, writable: true, configurable: true });
  if (!write(file, settings)) return skipped('cannot be written');
  return { action: 'merged' };
}

function isSymlink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** JSON.parse, accepting only an object (an empty file counts as `{}`, as in VS Code). */
function parsePlainJsonObject(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function write(file: string, settings: Record<string, unknown>): boolean {
  try {
    writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
    return true;
  } catch {
    return false; // e.g. `.vscode` is a file: the org is written all the same
  }
}
