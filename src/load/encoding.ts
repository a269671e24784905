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

/** A few NULs in UTF-8 text are stray characters to delete; more, or other controls, and the file is not text. */
const STRAY_NULS_MAX = 16;
/** How much of the start of a file the UTF-16 guess looks at. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * The problem with bytes that hold a NUL: UTF-16 when they start with its byte-order mark, or when every
 * other byte is NUL (UTF-16 saved without the mark: YAML's keys and punctuation are ASCII, whose high
 * byte is 0); one NUL or a few in UTF-8 text, at the first; else binary.
 */
export function nulProblem(bytes: Uint8Array): EncodingProblem {
  const utf16 = utf16Order(bytes);
  if (utf16 !== undefined) {
    const name = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    // With its mark iconv finds the byte order itself; without, it must be told.
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return {
      message: `file is ${name} text, not UTF-8: ${FIX} ${bom ? 'UTF-16' : name} -t UTF-8)`,
      line: 1,
      column: 1,
      readable: new TextDecoder(utf16).decode(bytes),
    };
  }
  const text = bytes.filter((b) => b !== 0);
  if (bytes.length - text.length <= STRAY_NULS_MAX) {
    const readable = strictUtf8(text);
    // Text is UTF-8 with no other control character: a binary file has plenty.
    if (readable !== undefined && !text.some(isControlByte))
      return {
        message: 'file holds a NUL character (byte 0x00) here, which YAML does not allow: delete it',
        ...positionOf(bytes, bytes.indexOf(0)),
        readable,
      };
  }
  return { message: 'file is binary (contains NUL bytes), not YAML', line: 1, column: 1 };
}

/** The byte order of UTF-16 text, by its byte-order mark or, without one, by where its NULs are. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length % 2) return undefined;
  const nuls = [0, 0];
  const sample = Math.min(bytes.length, UTF16_SAMPLE_BYTES);
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) nuls[i % 2]!++;
  const [even, odd] = nuls as [number, number];
  // A quarter of the code units ASCII at least, and no NUL in the other byte of any.
  if (even === 0 && odd >= sample / 8) return 'utf-16le';
  if (odd === 0 && even >= sample / 8) return 'utf-16be';
  return undefined;
}

/** A C0 control other than tab, LF and CR, or DEL (no byte of a multi-byte UTF-8 sequence is below 0x80). */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Line and column (UTF-16 code units, 1-based) of byte `at`, whose line before it is UTF-8. */
function positionOf(bytes: Uint8Array, at: number): { line: number; column: number } {
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  // The bytes before `at` are valid UTF-8 (a BOM at the file's start is no column).
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at));
  return { line, column: before.length + 1 };
}

/** The problem with bytes the strict UTF-8 decoder refused: where the first bad byte is, and what the text may be. */
export function invalidUtf8Problem(bytes: Uint8Array): EncodingProblem {
  const at = firstInvalidUtf8(bytes);
  const byte = `0x${bytes[at]!.toString(16).padStart(2, '0')}`;
  const gb18030 = asGb18030(bytes);
  const guess = gb18030 !== undefined ? '; it looks like GBK/GB18030' : '';
  const from = gb18030 !== undefined ? 'GB18030' : '<its encoding>';
  const readable = gb18030 ?? new TextDecoder('utf-8').decode(bytes);
  return { message: `file is not valid UTF-8 (byte ${byte} here)${guess}: ${FIX} ${from} -t UTF-8)`, ...positionOf(bytes, at), readable };
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
