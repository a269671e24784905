/**
 * Why a file's bytes are not a UTF-8 YAML file, in words that say the fix.
 * Windows Notepad and PowerShell 5's `>` save UTF-16 with a byte-order mark;
 * editors on a Chinese Windows save GBK. Both are common, and "binary" or a
 * bare "not UTF-8" at 1:1 would send the user looking for the wrong thing.
 */

export interface EncodingProblem {
  message: string;
  /** 1-based, where the first byte that is not UTF-8 is (column in UTF-16 code units, like every column). */
  line: number;
  column: number;
  /**
   * The text as well as it can be read (undefined for binary): not for the
   * model, only to see which ids and kinds the file would define.
   */
  readable?: string;
}

const FIX = 'save it as UTF-8 (for example: iconv -f';

/** The problem with bytes that hold a NUL: UTF-16 when they start with its byte-order mark, else binary. */
export function nulProblem(bytes: Uint8Array): EncodingProblem {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be)
    return {
      message: `file is UTF-16${le ? 'LE' : 'BE'} text, not UTF-8: ${FIX} UTF-16 -t UTF-8)`,
      line: 1,
      column: 1,
      readable: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes),
    };
  return { message: 'file is binary (contains NUL bytes), not YAML', line: 1, column: 1 };
}

/** The problem with bytes the strict UTF-8 decoder refused: where the first bad byte is, and what the text may be. */
export function invalidUtf8Problem(bytes: Uint8Array): EncodingProblem {
  const at = firstInvalidUtf8(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  // The bytes before `at` are valid UTF-8 (a BOM at the file's start is no column).
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at));
  const column = before.length + 1;
  const byte = `0x${bytes[at]!.toString(16).padStart(2, '0')}`;
  const gb18030 = asGb18030(bytes);
  const guess = gb18030 !== undefined ? '; it looks like GBK/GB18030' : '';
  const from = gb18030 !== undefined ? 'GB18030' : '<its encoding>';
  const readable = gb18030 ?? new TextDecoder('utf-8').decode(bytes);
  return { message: `file is not valid UTF-8 (byte ${byte} here)${guess}: ${FIX} ${from} -t UTF-8)`, line, column, readable };
}

/**
 * Index of the first byte that does not start or continue a well-formed UTF-8
 * sequence (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
 * Only called on bytes the decoder refused, so there is one.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length - 1;
}

/** The text when the bytes read as GB18030 with Chinese in every non-ASCII place (Latin-1 accents do not). */
function asGb18030(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // CJK ideographs, CJK punctuation and full-width forms: what GBK holds that Latin-1 text would not decode to.
  const nonAscii = text.replace(/[\p{ASCII}]/gu, '');
  return nonAscii.length > 0 && /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+$/.test(nonAscii) ? text : undefined;
}

/**
 * Lines that end in a carriage return alone (classic Mac OS line ends): YAML parsers, the `yaml` package
 * among them, read no line break there, so the whole file is one line and its first `key: value` a
 * "nested mapping" error somewhere on it. One finding that says so, at the first line end.
 */
export function crLineEndsProblem(text: string): EncodingProblem {
  return {
    message:
      "lines end in a carriage return alone (CR, classic Mac line ends), which YAML does not read as line ends: save the file with LF line ends (for example: tr '\\r' '\\n' < old.yaml > new.yaml)",
    line: 1,
    column: text.indexOf('\r') + 1,
    readable: text.replace(/\r/g, '\n'),
  };
}
