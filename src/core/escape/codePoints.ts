/**
 * Code points that no markup output may carry. XML 1.0 forbids C0 controls
 * other than tab/LF/CR, U+FFFE/U+FFFF and lone surrogates, even written as
 * character references; HTML calls every control (C0 other than whitespace,
 * DEL, C1), every noncharacter and lone surrogates parse errors; Mermaid's
 * YAML front-matter parser rejects DEL and C1 outright. One set for every
 * escaper, so a name cannot make any output unreadable. Each becomes U+FFFD,
 * so the reader sees that something was there.
 */
const SUPPLEMENTARY_NONCHARACTERS = Array.from({ length: 16 }, (_, i) => {
  const plane = (i + 1).toString(16);
  return `\\u{${plane}fffe}\\u{${plane}ffff}`;
}).join('');

// In `u` mode a surrogate range matches only unpaired surrogates: a valid pair is one code point.
const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff${SUPPLEMENTARY_NONCHARACTERS}\\ud800-\\udfff]`,
  'gu',
);

export const REPLACEMENT_CHARACTER = '\ufffd';

/** The text with every forbidden code point replaced by U+FFFD. */
export function replaceForbidden(text: string): string {
  return text.replace(FORBIDDEN, REPLACEMENT_CHARACTER);
}

/** Whether the text holds a forbidden code point (for tests and checks). */
export function hasForbidden(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return found;
}

/**
 * Bidirectional controls (the embeddings, overrides and isolates U+202A–202E,
 * U+2066–2069, and the marks U+200E, U+200F, U+061C). Rendered, one reorders
 * the rest of its line, so a title could make a review line read otherwise
 * (Trojan Source). Shown as `\u202e`, as the terminal shows them: written as
 * a character reference (`&#x202E;`) one would be decoded back into the
 * control by the XML or HTML parser and reorder the line all the same.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with every bidi control as its visible escape (`\u202e`). Inside
 * a JSON string the backslash must itself be escaped: `backslash` is two of them there.
 */
export function showBidiControls(text: string, backslash = '\\'): string {
  return text.replace(BIDI_CONTROLS, (c) => `${backslash}u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * User text as every markup output shows it (SVG, HTML, DOT, Mermaid):
 * forbidden code points as U+FFFD, bidi controls as their visible escape.
 * The escapers call it, and so does the chart's text measuring, so a box is
 * sized for the very characters drawn in it (`\u202e` is six characters
 * wide, the control itself none). Idempotent.
 */
export function displayText(text: string): string {
  return showBidiControls(replaceForbidden(text));
}
