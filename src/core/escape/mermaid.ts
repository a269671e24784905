/**
 * Escaping user text for Mermaid (the chart, the handbook's diagrams, the
 * diff's tree): one escaper for every diagram, so they cannot drift apart.
 */
import { displayText } from './codePoints.js';

/**
 * Characters written as Mermaid entity codes (`#34;`), which Mermaid turns
 * into HTML character references: `"` ends the label, `#` starts a code, `<`
 * `>` `&` would be HTML, a backtick opens a Markdown string (and three close
 * a GitHub fence), `[` `]` `|` look like node and edge syntax, and `{` `}`
 * because Mermaid reads `%%{…}%%` anywhere in the text as a directive
 * (theme, CSS) — without the brace it is plain text. And `:`, because
 * Mermaid's pre-pass drops the last `;` of any line holding `style` or
 * `classDef`, a `:` and a `#` (so "Lifestyle: \"A\"" lost the `;` of its
 * closing quote's code): with no raw `:` in a label no line matches.
 */
const LABEL_SYNTAX = /["#&<>`\\[\]{}|:]/g;
/**
 * Mermaid writes entity codes as the placeholders `ﬂ°…¶ß` and, last thing,
 * turns every `ﬂ°` and `¶ß` of the drawn SVG into `&` and `;` — the user's
 * too, whatever their escaping (the text reaches the drawing decoded). An
 * invisible word joiner between the two characters breaks the pair.
 */
const PLACEHOLDER = /(\ufb02)(?=\u00b0)|(\u00b6)(?=\u00df)/g;
const breakPlaceholders = (text: string) => text.replace(PLACEHOLDER, '$1$2\u2060');
/** Line breaks, as Mermaid's parser and the Markdown around it see them. */
const LINE_BREAK = /\r\n|[\r\n\t\u2028\u2029]/g;

/**
 * The text of a label written inside double quotes (`["…"]`). Line breaks
 * become spaces: the caller joins a label's own lines with `<br/>`.
 */
export function mermaidLabel(text: string): string {
  return breakPlaceholders(displayText(text))
    .replace(LINE_BREAK, ' ')
    .replace(LABEL_SYNTAX, (c) => `#${c.codePointAt(0)!};`);
}

/**
 * The `title:` of a diagram's YAML front matter, as a double-quoted YAML
 * scalar (a JSON string is one): quotes, backslashes and controls are
 * escaped, and it stays on one line, so it cannot end the front matter or add
 * keys to it (`config:`). `%` is written as the YAML escape `\u0025`, so no
 * Mermaid that scans the whole text for `%%{…}%%` directives (front matter
 * included, as older ones do) finds one. Mermaid reads no entity codes there;
 * it runs a title holding `<` through an HTML sanitiser that drops tags and
 * shows `&` as `&amp;`, so `<` and `>` are drawn as the look-alikes `‹` `›`.
 * Mermaid's placeholders are broken up as in labels.
 */
export function mermaidTitle(text: string): string {
  const line = breakPlaceholders(displayText(text)).replace(LINE_BREAK, ' ').replace(/</g, '\u2039').replace(/>/g, '\u203a');
  // JSON.stringify writes `%` only for a `%` of the text: no escape sequence holds one.
  return JSON.stringify(line).replace(/%/g, '\\u0025');
}
