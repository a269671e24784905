/**
 * Escaping for XML (the SVG charts, JUnit reports): every user string goes
 * through here, so a title like `<script>` is text, never markup, and code
 * points XML 1.0 forbids (even as character references) — C0 controls but
 * tab, LF and CR, and with them DEL and the C1 controls — become U+FFFD and
 * cannot make the file unreadable. Bidi controls are shown as `\u202e`
 * (displayText), so no title is drawn reordered. The result is safe in text
 * content and in attribute values.
 */
import { displayText } from './codePoints.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return displayText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
