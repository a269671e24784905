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
