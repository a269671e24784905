/**
 * Graphviz DOT quoted strings. Backslashes are doubled so Graphviz's own
 * escapes (\N, \l…) cannot be injected, quotes are escaped, and `&` becomes
 * `&amp;` because Graphviz decodes HTML entities in strings: without it a
 * title holding `&amp;` would be drawn as `&`. Line breaks become spaces
 * (a label's own lines are joined by the caller), forbidden code points U+FFFD,
 * bidi controls `\u202e` (displayText, before the backslashes are doubled, so
 * Graphviz draws the backslash).
 */
import { displayText } from './codePoints.js';

/** The text between the quotes of a DOT string. */
export function dotEscape(text: string): string {
  return displayText(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/&/g, '&amp;');
}

/** A DOT quoted string. */
export function dotString(text: string): string {
  return `"${dotEscape(text)}"`;
}
