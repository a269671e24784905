/**
 * YAML that prints inert on a terminal and that a strict YAML 1.2 reader
 * (js-yaml, Backstage's) accepts. The yaml library writes bidi controls as they
 * are, so a name holding U+202E reorders the line it is printed on; a scalar
 * holding one is written double-quoted with the control as its `\uXXXX`
 * escape, which every YAML parser reads back as the same character: the data
 * is unchanged. DEL, C1 and the other code points YAML 1.2 does not allow raw
 * can only come from user text: they become U+FFFD, or (`controls: 'escape'`,
 * for the org files import writes and reads again) escapes too.
 */
import { Document, isDocument, visit, type ToStringOptions } from 'yaml';
import { replaceForbidden } from './codePoints.js';

const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** DEL, C1 and the BMP noncharacters: what `escape` writes as escapes instead of U+FFFD. */
const CONTROLS = '\\u007f-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff';

export interface YamlTextOptions extends ToStringOptions {
  /**
   * DEL, C1 controls and noncharacters: `replace` (default) writes U+FFFD, for an output read by people and
   * other tools; `escape` writes their `\uXXXX` escape, for files orgctl reads back and must find unchanged.
   */
  controls?: 'replace' | 'escape';
}

/**
 * `stringify(value, options)` (or a Document built by the caller, written as is otherwise), with bidi controls
 * (and with `controls: 'escape'` DEL, C1 and noncharacters) as escapes in double-quoted scalars, and any other
 * forbidden code point as U+FFFD.
 */
export function yamlText(value: unknown, { controls = 'replace', ...options }: YamlTextOptions = {}): string {
  const escaped = new RegExp(`[${BIDI}${controls === 'escape' ? CONTROLS : ''}]`, 'u');
  const doc = isDocument(value) ? value : new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && escaped.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Only double-quoted scalars hold these characters now, where `\uXXXX` is their escape.
  const text = doc
    .toString(options)
    .replace(new RegExp(escaped.source, 'gu'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return replaceForbidden(text);
}
