/**
 * Scalars as the `yaml` package reads them with the YAML 1.2 core schema
 * (the same tests in the same order: null, bool, 0o int, int, 0x int, .inf /
 * .nan, exponent float, float), and single-line quoted scalars. Anything the
 * fast path does not read exactly like `yaml` is `undefined`: the caller bails.
 */

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Whether a plain scalar could be anything but a string: only these first characters can (cheap pre-test). */
function mayResolve(first: number): boolean {
  // 0-9 + - . ~ n N t T f F, or empty
  return (
    (first >= 48 && first <= 57) ||
    first === 43 ||
    first === 45 ||
    first === 46 ||
    first === 126 ||
    first === 110 ||
    first === 78 ||
    first === 116 ||
    first === 84 ||
    first === 102 ||
    first === 70
  );
}

/** The JS value of a plain scalar's text, as the core schema resolves it. */
export function resolvePlain(src: string): string | number | boolean | null {
  if (src.length === 0) return null;
  if (!mayResolve(src.charCodeAt(0))) return src;
  if (NULL.test(src)) return null;
  if (BOOL.test(src)) return src[0] === 't' || src[0] === 'T';
  if (INT_OCT.test(src)) return parseInt(src.substring(2), 8);
  if (INT.test(src)) return parseInt(src, 10);
  if (INT_HEX.test(src)) return parseInt(src.substring(2), 16);
  if (FLOAT_NAN.test(src))
    return src.slice(-3).toLowerCase() === 'nan' ? NaN : src[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(src) || FLOAT.test(src)) return parseFloat(src);
  return src;
}

/** A quoted scalar read on one line: its value and the offset just after its closing quote. */
export interface Quoted {
  value: string;
  end: number;
}

/** `'…'` starting at `start` (the quote), closed before `lineEnd`; `''` is one quote. */
export function readSingleQuoted(text: string, start: number, lineEnd: number): Quoted | undefined {
  let value = '';
  let from = start + 1;
  for (;;) {
    const q = text.indexOf("'", from);
    if (q === -1 || q >= lineEnd) return undefined; // runs onto the next line: yaml folds it, the fast path does not
    if (text.charCodeAt(q + 1) === 39) {
      value += text.slice(from, q + 1);
      from = q + 2;
      continue;
    }
    return { value: value + text.slice(from, q), end: q + 1 };
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

const HEX = /^[0-9a-fA-F]+$/;

/** `"…"` starting at `start`, closed before `lineEnd`, with yaml's escapes; an escape yaml would call an error bails. */
export function readDoubleQuoted(text: string, start: number, lineEnd: number): Quoted | undefined {
  let value = '';
  let from = start + 1;
  for (let i = from; i < lineEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) return { value: value + text.slice(from, i), end: i + 1 };
    if (ch !== 92) continue;
    value += text.slice(from, i);
    const next = text[i + 1];
    if (next === undefined || i + 1 >= lineEnd) return undefined;
    const simple = ESCAPES[next];
    if (simple !== undefined && Object.hasOwn(ESCAPES, next)) {
      value += simple;
      i += 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const digits = text.slice(i + 2, i + 2 + length);
      if (digits.length !== length || i + 2 + length > lineEnd || !HEX.test(digits)) return undefined;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) return undefined;
      value += String.fromCodePoint(code);
      i += 1 + length;
    } else return undefined;
    from = i + 1;
  }
  return undefined;
}
