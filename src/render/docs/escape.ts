/**
 * Escaping user text for each output language. Every string that comes from
 * the org's YAML (names, titles, responsibilities, holders, messages that quote
 * them) goes through one of these before it reaches a page; the handbook's own
 * markup never does.
 */

/**
 * ASCII punctuation that Markdown (CommonMark + GFM + GitHub's math) could
 * read as markup inline: emphasis, code, links, images, raw HTML, entities,
 * table pipes, strikethrough, math, heading marks. Each is backslash-escaped, which CommonMark
 * allows for any ASCII punctuation.
 */
const MD_INLINE = /[\\`*_[\]<>|~&$#]/g;

/** Inline Markdown text: safe in a paragraph, list item, heading or table cell. Newlines become `<br>`. */
export function md(text: string): string {
  return text
    .replace(MD_INLINE, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '<br>');
}

/**
 * A block of user prose (a description): paragraphs split on blank lines,
 * each line made inline-safe, and anything at the start of a line that would
 * open a block (heading, list, quote, code, rule) escaped.
 */
export function mdBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => mdLineStart(md(line.trim())))
        .join('<br>\n'),
    )
    .join('\n\n');
}

/** Escape what would open a block when it starts a line. */
function mdLineStart(line: string): string {
  return line.replace(/^([#=+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML text and attribute values. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * A Mermaid label, to be written inside double quotes. Mermaid decodes
 * `#name;` / `#123;` entity codes in labels, so the characters that could end
 * the string, start an entity, be read as HTML or look like a Markdown link
 * are written as codes; line breaks become spaces (the caller adds its own
 * `<br/>`).
 */
export function mermaidLabel(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/["#&<>`\\[\]]/g, (c) => `#${c.codePointAt(0)};`);
}
