/**
 * JSON that prints inert on a terminal. `JSON.stringify` escapes C0 controls
 * but writes DEL, the C1 controls (U+009B is a one-character CSI), the
 * bidirectional controls and U+2028/U+2029 as they are: `orgctl stats
 * --format json` on a terminal would then run a name's escape sequence or
 * reorder the line. Each becomes its `\uXXXX` escape, which every JSON
 * parser reads back as the same character: the data is unchanged.
 */

// Outside strings JSON.stringify writes only ASCII punctuation, digits and letters: every match is inside a string.
const TERMINAL_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value, null, space)`, with the characters above as `\uXXXX` escapes. */
export function jsonText(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(TERMINAL_UNSAFE, escaped);
}
