/**
 * Escaping for HTML text and attribute values (the handbook, the few tags the
 * Markdown pages write): markup characters become references, code points
 * HTML forbids (controls, noncharacters, lone surrogates) become U+FFFD, and
 * bidi controls are shown as `\u202e` (displayText): no reordered text.
 */
import { displayText } from './codePoints.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return displayText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
