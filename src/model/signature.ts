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
  const text = new Encoding();
  for (const doc of file.docs) {
    text.s += `d${doc.index};`;
    if (!text.encode(doc.value, 0)) return undefined;
  }
  return createHash('sha256').update(text.s).digest('base64');
}

/** Deeper than any org is written: such a file is checked in full (and the walk keeps to a small stack). */
const MAX_DEPTH = 64;

/** One string grown by `+=` (V8 joins the pieces once, when it is hashed): quicker than an array of pieces. */
class Encoding {
  s = '';

  /** Every value tagged with its type and every string with its length, so no two values encode alike. */
  encode(value: unknown, depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    switch (typeof value) {
      case 'string':
        this.s += `s${value.length}:${value}`;
        return true;
      case 'number':
        this.s += `n${Object.is(value, -0) ? '-0' : String(value)};`;
        return true;
      case 'boolean':
        this.s += value ? 't' : 'f';
        return true;
      case 'bigint':
        this.s += `b${value};`;
        return true;
      case 'undefined':
        this.s += 'u';
        return true;
      case 'object': {
        if (value === null) {
          this.s += 'z';
          return true;
        }
        if (Array.isArray(value)) {
          this.s += `a${value.length}[`;
          for (const item of value) if (!this.encode(item, depth + 1)) return false;
          this.s += ']';
          return true;
        }
        const proto: unknown = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) return false;
        this.s += '{';
        for (const key in value) {
          if (!Object.hasOwn(value, key) || isFreeText(key)) continue;
          this.s += `k${key.length}:${key}`;
          if (!this.encode((value as Record<string, unknown>)[key], depth + 1)) return false;
        }
        this.s += '}';
        return true;
      }
      default:
        return false;
    }
  }
}
