/**
 * Escaping for HTML text and attribute values (the handbook, the few tags the
 * Markdown pages write): markup characters become references, and code
 * points HTML forbids (controls, noncharacters, lone surrogates) become U+FFFD.
 */
import { replaceForbidden } from './codePoints.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return replaceForbidden(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
