/**
 * What of a file the checks can see, as one hash: every document's value
 * with the free text left out. `validate --cache` compares a changed file's
 * signature with the one of its last run: when they are equal the edit was
 * to text no rule reads (a description, a duty, a comment, an `x-`
 * extension), and the org's findings are the last run's (lint/cache/).
 *
 * Free text is named by key, at any depth: `description` (of an entity, a
 * competency, a KPI, a workflow step), `responsibilities`, and keys starting
 * with `x-`. No rule reads them; the schema checks their type, and the file
 * that changed is built again on its own to find out (lint/cache/reuse.ts).
 * Titles and names stay in: findings quote them.
 *
 * Anything but plain data (a value the YAML reader would never give) has no
 * signature, and its file is always checked in full.
 */
import { createHash } from 'node:crypto';
import type { SourceFile } from '../load/types.js';

const FREE_TEXT = new Set(['description', 'responsibilities']);

export function isFreeText(key: string): boolean {
  return FREE_TEXT.has(key) || key.startsWith('x-');
}

/** The signature of `file`'s documents (see above), or undefined when a value is not plain data. */
export function fileSignature(file: SourceFile): string | undefined {
  const out: string[] = [];
  for (const doc of file.docs) {
    out.push(`d${doc.index};`);
    if (!encode(doc.value, out, 0)) return undefined;
  }
  return createHash('sha256').update(out.join('')).digest('base64');
}

/** Deeper than any org is written: such a file is checked in full (and the walk keeps to a small stack). */
const MAX_DEPTH = 64;

/** Every value tagged with its type and every string with its length, so no two values encode alike. */
function encode(value: unknown, out: string[], depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  switch (typeof value) {
    case 'string':
      out.push(`s${value.length}:`, value);
      return true;
    case 'number':
      out.push(`n${Object.is(value, -0) ? '-0' : String(value)};`);
      return true;
    case 'boolean':
      out.push(value ? 't' : 'f');
      return true;
    case 'bigint':
      out.push(`b${value};`);
      return true;
    case 'undefined':
      out.push('u');
      return true;
    case 'object': {
      if (value === null) {
        out.push('z');
        return true;
      }
      if (Array.isArray(value)) {
        out.push(`a${value.length}[`);
        for (const item of value) if (!encode(item, out, depth + 1)) return false;
        out.push(']');
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return false;
      out.push('{');
      for (const [key, item] of Object.entries(value)) {
        if (isFreeText(key)) continue;
        out.push(`k${key.length}:`, key);
        if (!encode(item, out, depth + 1)) return false;
      }
      out.push('}');
      return true;
    }
    default:
      return false;
  }
}
