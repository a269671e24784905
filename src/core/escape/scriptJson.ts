/**
 * Data for an HTML `<script type="application/json">` block: JSON in which no
 * character can end the script element or start markup. `<`, `>` and `&`
 * become \u escapes (so `</script>` and `<!--` cannot appear), U+2028/U+2029
 * too (older JavaScript parsers end a line there), and code points HTML
 * forbids become U+FFFD. `JSON.parse` of the result gives the same value,
 * but for one thing: the page shows every string of it to people (textContent,
 * canvas text), so a bidi control is the visible text `\u202e` there, as in
 * every other output (showBidiControls), not a control that reorders the line.
 */
import { replaceForbidden, showBidiControls } from './codePoints.js';

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function jsonForScript(value: unknown): string {
  return scriptSafeJson(JSON.stringify(value));
}

/**
 * JSON text (as JSON.stringify writes it) made safe for the script block, as jsonForScript does. Each
 * character is replaced on its own, so the pieces of a value written piece by piece (the interactive
 * chart's payload, a node at a time) give the same text as the whole value.
 */
export function scriptSafeJson(json: string): string {
  // Outside strings JSON.stringify writes only ASCII: every bidi control is in a string, where `\\u202e` reads as `\u202e`.
  return showBidiControls(replaceForbidden(json), '\\\\').replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c]!);
}
