/**
 * Escaping user text for Markdown and for Mermaid labels. Org data is user
 * input: a title like `<img onerror=…>` or `a | b` must print as text, never
 * become HTML, a table cell or a broken diagram.
 */

/** Text in a Markdown paragraph, list item or table cell (one line). */
export function mdText(s: string): string {
  return s
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Emphasis, code, links, tables, strike-through and GitHub's $math$; '(' and '!' are harmless once '[' is escaped.
    .replace(/[\\`*_[\]|~$]/g, (ch) => `\\${ch}`);
}

/** An id in a code span; ids of valid entities never hold a backtick, anything else falls back to text. */
export function mdCode(s: string): string {
  return /[`\r\n|]/.test(s) ? mdText(s) : `\`${s}\``;
}

/**
 * A Mermaid node or subgraph label inside `["…"]`: characters that end the
 * label, start an entity code, or would close the Markdown fence become
 * Mermaid's numeric entity codes (`#34;`).
 */
export function mermaidText(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/["#&<>`\\[\]{}|]/g, (ch) => `#${ch.codePointAt(0)};`);
}
