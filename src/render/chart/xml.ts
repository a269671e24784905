/**
 * Escaping for SVG: every user string (titles, names, ids, responsibilities)
 * goes through here, so a title like `<script>` is text, never markup, and
 * characters XML 1.0 forbids (control characters, lone surrogates) cannot
 * make the file unreadable.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// C0 controls other than tab/newline/CR, lone surrogates, and U+FFFE/U+FFFF are not allowed in XML 1.0.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A number as SVG writes it: at most one decimal, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(r === 0 ? 0 : r);
}
