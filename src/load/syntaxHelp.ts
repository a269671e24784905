/**
 * Saying a YAML syntax error in words a person understands. The parser
 * reports one mistake as several errors ("All mapping items must start at the
 * same column", "Implicit keys need to be on a single line", …) at places
 * that are not where the mistake is; we report the first one, and when it
 * comes from indentation (the usual cause), which key is out of line and
 * by how much, found by a small indentation check of the document's lines.
 *
 * Also: the ids a document that does not parse may define, read from its raw
 * `id:` lines, so references to them are not reported as unknown elsewhere.
 * Both are one pass over the lines: linear in the text.
 */

/** A line of a document, split into what the indentation check needs. */
interface Line {
  /** 1-based line number in the file. */
  number: number;
  /** Offset of the line's first character in the file. */
  start: number;
  text: string;
}

/** What went wrong, in words, and where (an offset into the file). */
export interface SyntaxExplanation {
  message: string;
  offset: number;
}

/** The lines from the one holding `from` up to `to`; `firstLine` is the number of that line. */
function linesOf(text: string, from: number, to: number, firstLine: number): Line[] {
  const out: Line[] = [];
  let start = text.lastIndexOf('\n', from - 1) + 1;
  let number = firstLine;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    out.push({ number, start, text: text.slice(start, end).replace(/\r$/, '') });
    start = end + 1;
    number++;
  }
  return out;
}

/** `key: value` (plain, or quoted key), optionally after `- `. */
const KEY_LINE = /^( *)((?:- +)*)("[^"]*"|'[^']*'|[^\s#"'\-[{][^:#]*?|-[^\s:#][^:#]*?)[ \t]*:(?:[ \t]+(.*))?$/;
const DASH_LINE = /^( *)- *(.*)$/;

/** Net opening brackets of a flow collection on a line, outside quotes (rough, for skipping continuations). */
function bracketDepth(value: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of value) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') break;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth;
}

interface Level {
  indent: number;
  seq: boolean;
  /** The last key written at this level (for "less than `title` above it"). */
  lastKey?: string;
  lastLine?: number;
}

function lastIndex(stack: readonly Level[], test: (l: Level) => boolean): number {
  for (let i = stack.length - 1; i >= 0; i--) if (test(stack[i]!)) return i;
  return -1;
}

function spaces(n: number, more = ''): string {
  return `${n}${more} ${n === 1 ? 'space' : 'spaces'}`;
}

/**
 * The first line of `lines` whose indentation does not fit the block
 * structure above it, up to `lastLine`, described with its fix.
 */
export function indentationProblem(lines: readonly Line[], lastLine: number): SyntaxExplanation | undefined {
  const stack: Level[] = [];
  /** The previous content line opened a block (`key:` with no value), at this indent. */
  let opener: number | undefined;
  let blockScalarIndent: number | undefined;
  let flowDepth = 0;
  for (const line of lines) {
    if (line.number > lastLine) break;
    const text = line.text;
    const trimmed = text.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = text.length - trimmed.length;
    if (blockScalarIndent !== undefined) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    if (flowDepth > 0) {
      flowDepth += bracketDepth(trimmed);
      continue;
    }
    if (indent === 0 && (trimmed.startsWith('---') || trimmed.startsWith('...') || trimmed.startsWith('%'))) continue;
    const key = KEY_LINE.exec(text);
    const dash = key ? undefined : DASH_LINE.exec(text);
    if (!key && !dash) {
      // A continuation of a multi-line plain scalar: not ours to judge.
      opener = undefined;
      continue;
    }
    const dashes = key ? key[2]! : '';
    const keyIndent = indent + dashes.length;
    if (dashes || dash) {
      // A list item: a new list under the opener, or another item of a list above.
      const level = lastIndex(stack, (l) => l.seq && l.indent === indent);
      if (opener !== undefined && indent >= opener) stack.push({ indent, seq: true });
      else if (level >= 0) stack.length = level + 1;
      else return describe(line, indent, stack, 'the list item');
    } else if (opener !== undefined && keyIndent > opener) {
      stack.push({ indent: keyIndent, seq: false });
    } else {
      const level = lastIndex(stack, (l) => !l.seq && l.indent === keyIndent);
      if (level >= 0) stack.length = level + 1;
      else if (stack.length === 0) stack.push({ indent: keyIndent, seq: false });
      else return describe(line, keyIndent, stack, `\`${unquote(key![3]!)}\``);
    }
    if (key) {
      // The key's mapping: the one just found or pushed, or a new one inside a list item.
      let top = stack[stack.length - 1]!;
      if (top.seq || top.indent !== keyIndent) {
        top = { indent: keyIndent, seq: false };
        stack.push(top);
      }
      top.lastKey = unquote(key[3]!);
      top.lastLine = line.number;
      const value = (key[4] ?? '').trim();
      opener = value === '' || value.startsWith('#') ? keyIndent : undefined;
      if (/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) blockScalarIndent = keyIndent;
      flowDepth = Math.max(0, bracketDepth(value));
    } else {
      const rest = dash![2]!.trim();
      opener = rest === '' ? indent : undefined;
      flowDepth = Math.max(0, bracketDepth(rest));
    }
  }
  return undefined;
}

function unquote(key: string): string {
  return key.replace(/^(["'])(.*)\1$/, '$2').trim();
}

/** "`reports_to` (line 13) is indented less than `title` above it (line 12): indent it by 2 more spaces, like `title`". */
function describe(line: Line, indent: number, stack: readonly Level[], what: string): SyntaxExplanation {
  const above = [...stack].reverse().find((l) => !l.seq && l.lastKey !== undefined);
  const offset = line.start + indent;
  if (!above) return { message: `${what} (line ${line.number}) is not indented like the lines above it`, offset };
  const diff = indent - above.indent;
  const relation = diff < 0 ? 'less' : 'more';
  const fix = diff < 0 ? `indent it by ${spaces(-diff, ' more')}` : `remove ${spaces(diff)} of indentation`;
  return {
    message: `${what} (line ${line.number}) is indented ${relation} than \`${above.lastKey!}\` above it (line ${above.lastLine!}): ${fix}, like \`${above.lastKey!}\``,
    offset,
  };
}

/** A `[` or `{` of a flow collection: where it is (an offset into the file) and on which line. */
interface Opener {
  char: '[' | '{';
  offset: number;
  line: number;
}

/** What the scan of flow collections carries from one line to the next. */
interface FlowScan {
  open: Opener[];
  /** Inside a quoted scalar (which may go on over lines), its quote. */
  quote?: '"' | "'";
  /** The last character that was not blank inside the flow collection: a quote after `[ { , :` opens a scalar. */
  prev: string;
}

/** Scans one line from `from` while a flow collection or quoted scalar is open; stops at a comment or once all close. */
function scanFlow(line: Line, from: number, scan: FlowScan): void {
  const text = line.text;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (scan.quote === "'") {
      if (ch === "'") {
        if (text[i + 1] === "'") i++;
        else scan.quote = undefined;
      }
      continue;
    }
    if (scan.quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') scan.quote = undefined;
      continue;
    }
    if (scan.open.length === 0) return; // the collection closed: what follows on the line is not ours to judge
    if (ch === ' ' || ch === '\t') continue;
    if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) return;
    if ((ch === '"' || ch === "'") && '[{,:'.includes(scan.prev)) scan.quote = ch;
    else if (ch === '[' || ch === '{') scan.open.push({ char: ch, offset: line.start + i, line: line.number });
    else if (ch === ']' || ch === '}') scan.open.pop();
    scan.prev = ch;
  }
}

/**
 * The first `[` or `{` still open at the end of the lines: a flow collection never closed. The parser
 * reads on looking for its `]`, and reports the mistake where it gives up (the next `---`, or the next line
 * not indented enough), not at the bracket. The outermost one: where the parser's trouble starts (a line of
 * `k: [a` after it would count as nested here). Block scalars and comments are skipped; linear in the text.
 */
export function unclosedFlow(lines: readonly Line[]): Opener | undefined {
  const scan: FlowScan = { open: [], prev: '[' };
  let blockScalarIndent: number | undefined;
  for (const line of lines) {
    const text = line.text;
    if (scan.open.length > 0 || scan.quote) {
      scanFlow(line, 0, scan);
      continue;
    }
    const trimmed = text.trimStart();
    const indent = text.length - trimmed.length;
    if (blockScalarIndent !== undefined) {
      if (trimmed === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    // The value of `key: value` or of a list item `- value`, where a flow collection or a quoted scalar may open.
    const key = KEY_LINE.exec(text);
    let value = key ? (key[4] ?? '') : (DASH_LINE.exec(text)?.[2] ?? (indent === 0 ? text : ''));
    if (!key) value = value.replace(/^(?:- +)+/, '');
    if (/^[|>]/.test(value)) {
      blockScalarIndent = indent;
      continue;
    }
    const at = text.length - value.length;
    const first = value[0];
    if (first === '[' || first === '{') {
      scan.prev = first;
      scan.open.push({ char: first, offset: line.start + at, line: line.number });
      scanFlow(line, at + 1, scan);
    } else if (first === '"' || first === "'") {
      scan.quote = first;
      scanFlow(line, at + 1, scan);
    }
  }
  return scan.open[0];
}

/** Words for the parser's codes that are not about indentation, or undefined to keep the parser's text. */
function wordsFor(code: string, lineNumber: number): string | undefined {
  return code === 'TAB_AS_INDENT' ? `line ${lineNumber} is indented with a tab: YAML indents with spaces only` : undefined;
}

/**
 * The first syntax error of a document in words: an indentation problem at or
 * just before the parser's first error when there is one, else the parser's
 * message (first line, without its position).
 */
export function explainSyntaxError(
  text: string,
  docRange: readonly [number, number],
  error: { code: string; offset: number; message: string },
  lineOf: (offset: number) => number,
): SyntaxExplanation {
  const errorLine = lineOf(error.offset);
  const lines = linesOf(text, docRange[0], Math.min(text.length, docRange[1]), lineOf(docRange[0]));
  // A `[` or `{` never closed: the parser's error is where it gave up looking for the end, often the next `---`.
  const unclosed = unclosedFlow(lines);
  if (unclosed && unclosed.offset <= error.offset) {
    const [what, end] = unclosed.char === '[' ? ['list', ']'] : ['mapping', '}'];
    return {
      message: `\`${unclosed.char}\` (line ${unclosed.line}) opens a ${what} that is never closed: close it with \`${end}\` after its last item`,
      offset: unclosed.offset,
    };
  }
  // The parser may stop on the value before a mis-indented key: look one line further.
  const indentation = indentationProblem(lines, errorLine + 1);
  if (indentation) return indentation;
  return { message: wordsFor(error.code, errorLine) ?? error.message, offset: error.offset };
}

const ID_LINE = /^[ \t]*(?:-[ \t]+)*id[ \t]*:[ \t]*("[^"]*"|'[^']*'|[^\s#][^#]*?)[ \t]*(?:#.*)?$/;

const KIND_LINE = /^kind[ \t]*:[ \t]*("[^"]*"|'[^']*'|[^\s#][^#]*?)[ \t]*(?:#.*)?$/;

/** The kind a document's raw text names on a top-level `kind:` line, or undefined when it has none. */
export function kindInText(text: string, from: number, to: number): string | undefined {
  for (const line of linesOf(text, from, Math.min(to, text.length), 1)) {
    const m = KIND_LINE.exec(line.text);
    if (m) return unquote(m[1]!);
  }
  return undefined;
}

/** The ids a document's raw text may define (`id:` lines, top level or in a list), in order. */
export function idsInText(text: string, from: number, to: number): string[] {
  const ids: string[] = [];
  for (const line of linesOf(text, from, Math.min(to, text.length), 1)) {
    const m = ID_LINE.exec(line.text);
    if (m) ids.push(unquote(m[1]!).normalize('NFC'));
  }
  return ids;
}
