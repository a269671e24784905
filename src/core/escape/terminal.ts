/**
 * User text for a terminal or a CI log. Org YAML and file names come from pull
 * requests, so a title, a message or a file name must print as inert text:
 *
 * - Control characters become visible escapes, so no newline can start a line
 *   of the attacker's choosing and no ESC / CSI / OSC sequence reaches the
 *   terminal: `\n` `\r` `\t` by name, other C0, DEL and C1 as `\xHH`
 *   (ESC prints as `\x1b`).
 * - Bidirectional controls (U+202A–202E, U+2066–2069, and the marks U+200E,
 *   U+200F, U+061C), the line and paragraph separators U+2028/2029 and lone
 *   surrogates print as `\uHHHH`: no Trojan-Source reordering of a log line,
 *   no line break in viewers that honour U+2028, no invalid UTF-16.
 * - GitHub's runner reads a workflow command from any line whose text after
 *   leading white space starts with `::`, and the legacy `##[command]` form
 *   anywhere in a line. User text that could start a line (leading `::`) and
 *   any `##[` print with the colon or bracket escaped (`\x3a:`, `##\x5b`).
 *
 * A backslash is left as it is: this is for reading, not a reversible encoding,
 * and ordinary text (including Windows-style paths) stays unchanged. Text
 * without any of these characters is returned as it was.
 */

// Controls, bidi controls and separators, and lone surrogates.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Only the character-level part: every unsafe character as a visible escape,
 * except those listed in `keep` (the GitHub format keeps CR and LF, which its
 * own escaping encodes as %0D and %0A).
 */
export function visibleControls(text: string, keep = ''): string {
  return text.replace(UNSAFE, (ch) => (keep.includes(ch) ? ch : visible(ch)));
}

/** A workflow command at what may be the start of a line: `::` after optional white space. */
const LEADING_COMMAND = /^(\s*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;

/** User text (a message, file name, id, title) for human-readable terminal or log output. */
export function terminalText(text: string): string {
  return visibleControls(text).replace(LEADING_COMMAND, '$1\\x3a').replace(LEGACY_COMMAND, '##\\x5b');
}
