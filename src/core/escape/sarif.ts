/**
 * Escaping text for a SARIF 2.1.0 message string (`message.text`, a fix's
 * `description.text`, a rule's descriptions). A SARIF viewer does not show
 * that text as it is written:
 * - `{0}` is a placeholder (§3.11.5), replaced by `message.arguments[0]`;
 *   the spec writes a literal brace doubled (`{{`, `}}`) in every message
 *   string, with arguments or not, as GCC does.
 * - `[text](target)` is an embedded link (§3.11.6) to a location or a URI.
 *   A backslash before a square bracket makes it literal (allowed anywhere,
 *   and what the spec asks where the text could be read as a link); the
 *   backslash itself is then doubled, or `a\[x](y)` would be read as an
 *   escaped backslash followed by a link.
 * So a role named `张三[x](https://evil) {0}` is shown as written, never as
 * a link or an argument. orgctl's own messages use neither feature, so the
 * whole string is escaped. The escapes are ASCII punctuation that a
 * Markdown renderer also reads back as the character (CommonMark backslash
 * escapes), so the same escaper serves `help.markdown`.
 */
const SARIF_SPECIAL = /[\\[\]{}]/g;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '[': '\\[', ']': '\\]', '{': '{{', '}': '}}' };

/** `text` as a SARIF message string that a viewer shows as `text`: no placeholder, no link. */
export function sarifMessage(text: string): string {
  return text.replace(SARIF_SPECIAL, (c) => ESCAPES[c]!);
}
