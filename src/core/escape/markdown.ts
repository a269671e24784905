/**
 * Escaping user text for Markdown (CommonMark + GFM, as GitHub and GitLab
 * render it): the handbook pages, the diff report (job summary, PR comment). Every string from the
 * org's YAML goes through one of these; our own markup never does. On GitHub none of it mentions
 * anyone or links an issue, a commit or an address.
 */
import { displayText, replaceForbidden, showBidiControls } from './codePoints.js';

/**
 * `&`, `<` and `>` become character references, which mean the same in
 * Markdown text and inside raw HTML (where a backslash escape is no escape):
 * no raw HTML, autolink or entity can start. So does `{`: GitHub Pages runs
 * Liquid over Markdown pages (front matter or not), where `{{ … }}` prints a
 * site variable and an unclosed `{%` fails the site's build; a backslash
 * before it would not stop Liquid, which reads the page before Markdown does.
 * The other ASCII punctuation that
 * Markdown could read as markup inline — emphasis, code, links, images, table
 * pipes, strikethrough, GitHub's math, heading marks (a closing `#` sequence
 * is dropped from a heading) — is backslash-escaped, which CommonMark allows
 * for any ASCII punctuation.
 */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;' };
const INLINE_MARKUP = /[\\`*_[\]|~$#&<>{]/g;
const LINE_BREAK = /\r\n?|\n/g;

/**
 * GitHub reads `@name` and `@org/team` in rendered text as a mention (and notifies them, from a PR
 * comment) unless a word character comes before the `@`. No escape stops that: a backslash or a
 * character reference renders to the same `@`. A word joiner (U+2060) after the `@` does, and shows
 * nothing; an e-mail address (`a@b.com`) is left as written. Code spans need none: GitHub reads no
 * mention in code.
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g;

/**
 * GitHub links `#12`, `owner/repo#12` and `GH-12` (any case) in rendered text to issue or pull request 12,
 * and gives that issue a back-link to the page; as with a mention, a backslash does not stop it (the
 * rendered text is `#12`). A word joiner after the `#` or the `GH-` does, and shows nothing.
 */
const ISSUE_REFERENCE = /#(?=\d)|\bGH-(?=\d)/gi;

/**
 * GitHub links a word of 7 to 40 lowercase hex digits to the commit it abbreviates, whenever the repository
 * has one: `deadbeef1234`, `cafe123`, and a plain number such as `20260101` too, for digits are hex (a pull
 * request can push a commit with whatever prefix it likes). A word joiner after every sixth digit leaves no
 * run of seven, and shows nothing. A run that touches a letter, a digit or `_` is no word GitHub reads, and
 * neither is an upper-case one, so `E0012345` or `DEADBEEF1` stay as written.
 */
const COMMIT_HASH = /(?<![A-Za-z0-9_])[0-9a-f]{7,40}(?![A-Za-z0-9_])/g;

/**
 * GFM links a bare `http://…`, `https://…` or `www.…` (its "extended autolinks"); from a PR comment a link
 * to an issue or pull request gives it a back-link, as `#12` does. User text is never markup, a link
 * included: a word joiner after the scheme's colon or after `www` leaves the address readable and
 * unlinked (an address between `<` and `>` is no autolink either: `<` is a character reference).
 */
const BARE_URL = /(?<![A-Za-z0-9_])(?:(https?):(?=\/\/)|(www)(?=\.))/gi;

/** `text` with every word GitHub would link to a commit broken by word joiners (a second pass changes nothing). */
export function defuseCommitHashes(text: string): string {
  return text.replace(COMMIT_HASH, (hash) => hash.replace(/.{6}(?=.)/g, '$&\u2060'));
}

function escapeInline(text: string): string {
  // Bidi controls last: their escape's backslash is literal text (a backslash before a letter escapes nothing).
  return showBidiControls(
    defuseCommitHashes(
      replaceForbidden(text)
        .replace(MENTION, '@\u2060')
        .replace(ISSUE_REFERENCE, (ref) => `${ref}\u2060`)
        .replace(BARE_URL, (start) => `${start}\u2060`),
    ).replace(INLINE_MARKUP, (c) => REFERENCES[c] ?? `\\${c}`),
  );
}

/** Inline text: safe in a paragraph, list item, heading or table cell. Line breaks become `<br>`. */
export function md(text: string): string {
  return escapeInline(text).replace(LINE_BREAK, '<br>');
}

/** Inline text kept on one line: line breaks become spaces. */
export function mdLine(text: string): string {
  return escapeInline(text).replace(LINE_BREAK, ' ');
}

/** An id in a code span when it can stand there as it is; otherwise escaped text. */
export function mdCode(text: string): string {
  // A backtick would end the span, `|` splits a table cell even inside one, a line break ends the line.
  return /[`\r\n|]/.test(text) ? mdLine(text) : `\`${displayText(text)}\``;
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
