/**
 * YAML that prints inert on a terminal and that a strict YAML 1.2 reader
 * (js-yaml, Backstage's) accepts. The yaml library writes bidi controls as they
 * are, so a name holding U+202E reorders the line it is printed on; a scalar
 * holding one is written double-quoted with the control as its `\uXXXX`
 * escape, which every YAML parser reads back as the same character: the data
 * is unchanged. DEL, C1 and the other code points YAML 1.2 does not allow raw
 * can only come from user text: they become U+FFFD.
 */
import { Document, visit, type ToStringOptions } from 'yaml';
import { replaceForbidden } from './codePoints.js';

const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'gu');

/** `stringify(value, options)`, with bidi controls as double-quoted escapes and forbidden code points as U+FFFD. */
export function yamlText(value: unknown, options: ToStringOptions = {}): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && BIDI_CONTROL.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Only double-quoted scalars hold a bidi control now, where `\uXXXX` is its escape.
  const text = doc.toString(options).replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return replaceForbidden(text);
}
