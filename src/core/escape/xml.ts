/**
 * Escaping for XML (the SVG charts, JUnit reports): every user string goes
 * through here, so a title like `<script>` is text, never markup, and code
 * points XML 1.0 forbids (even as character references) cannot make the file
 * unreadable. The result is safe in text content and in attribute values.
 */
import { replaceForbidden } from './codePoints.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return replaceForbidden(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
