/**
 * File names that survive every file system a generated file may be checked
 * out on: a byte budget (most file systems allow 255 bytes of UTF-8 per name),
 * cutting only between characters, and the key under which two names are the
 * same file on a case-insensitive or normalising system (Windows, macOS).
 */

/** The most bytes (UTF-8) a single file name may take on ext4, APFS, NTFS (as UTF-16 it is 255 units, which UTF-8 bytes never undercount). */
export const NAME_MAX_BYTES = 255;

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** A deterministic 32-bit FNV-1a hash of the UTF-8 bytes, as 8 hex digits (for shortened names). */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const MARK = /^\p{M}$/u;

/**
 * The longest prefix of `text` with at most `maxChars` code points and
 * `maxBytes` UTF-8 bytes, cut between code points (never inside a surrogate
 * pair) and, where one exists, before a character that is not a combining
 * mark (so `e` + U+0301 stays together). No Intl.Segmenter: its grapheme
 * rules change with the ICU version, and a file name must not.
 */
export function cutName(text: string, maxChars: number, maxBytes: number): string {
  let chars = 0;
  let bytes = 0;
  let end = 0; // the longest fitting prefix, in UTF-16 units
  let cleanEnd = 0; // the longest fitting prefix that does not end before a mark
  for (const ch of text) {
    const size = utf8Length(ch);
    if (chars + 1 > maxChars || bytes + size > maxBytes) {
      return MARK.test(ch) && cleanEnd > 0 ? text.slice(0, cleanEnd) : text.slice(0, end);
    }
    if (!MARK.test(ch)) cleanEnd = end;
    chars++;
    bytes += size;
    end += ch.length;
  }
  return text;
}

/**
 * Unicode full case folding as far as it decides which names collide.
 * toUpperCase applies SpecialCasing (ß → SS, ﬅ → ST, ᾳ → ΑΙ, ŉ → ʼN …) and
 * toLowerCase brings both sides back together, which puts every pair of
 * CaseFolding.txt's C, S and F mappings in one class (checked against the
 * regular-expression engine's own case folding in the tests) except U+1E9E
 * ẞ, whose uppercase is itself and whose lowercase is ß: that one is mapped
 * here. Going through uppercase also merges ı with i, as NTFS's upcase table
 * does; merging more than strictly needed only costs a `~2` suffix.
 */
function fold(text: string): string {
  return text
    .replace(/\u1E9E/gu, 'ss')
    .toUpperCase()
    .toLowerCase();
}

/**
 * Two names with the same key may be one file somewhere: Unicode's
 * compatibility caseless match (NFKD(fold(NFKD(fold(NFD(x)))))), which
 * covers case-insensitive Windows and macOS, macOS's normalisation (é as one
 * code point or two) and look-alike forms (ﬁ, full-width letters).
 */
export function collisionKey(name: string): string {
  return fold(fold(name.normalize('NFD')).normalize('NFKD')).normalize('NFKD');
}

/**
 * Windows device names (CON, NUL, COM1, LPT¹ …): on Windows `con`, `con.md`
 * and `con.anything.md` all open the console, so what counts is the part
 * before the first dot, with trailing spaces and dots dropped, in any case.
 */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/;

/** The length (UTF-16 units) of `name`'s leading Windows device name, or 0 when it does not start with one. */
export function windowsDeviceStem(name: string): number {
  const dot = name.indexOf('.');
  const stem = dot < 0 ? name : name.slice(0, dot);
  return WINDOWS_DEVICE.test(collisionKey(stem.replace(/[ .]+$/u, ''))) ? stem.length : 0;
}

/**
 * Files are written under a temporary name first, then renamed into place:
 * `.<name>.orgctl-<pid>-<ms>.tmp`. The `orgctl-` part makes a temp file left
 * by a killed run recognisable, and the name it stands for can be told from
 * its prefix alone, so a later run can remove exactly the leftovers of files
 * it owns.
 */
const TEMP_MARK = 'orgctl-';
/** The bytes a temp name adds to the name it stands for, at most (a pid below 2³², a millisecond clock of 15 digits). */
export const TEMP_NAME_OVERHEAD_BYTES = utf8Length(`..${TEMP_MARK}${2 ** 32 - 1}-${'9'.repeat(15)}.tmp`);

/** The part of every temp name for `name` before `orgctl-`: `.<name>.`, shortened (with a hash of the name) when the temp name would pass 255 bytes. */
export function tempPrefix(name: string): string {
  if (utf8Length(name) + TEMP_NAME_OVERHEAD_BYTES <= NAME_MAX_BYTES) return `.${name}.`;
  const room = NAME_MAX_BYTES - TEMP_NAME_OVERHEAD_BYTES - 9;
  return `.${cutName(name, Infinity, room)}~${hash8(name)}.`;
}

export function tempName(name: string, pid: number, ms: number): string {
  return `${tempPrefix(name)}${TEMP_MARK}${pid}-${ms}.tmp`;
}

const TEMP_NAME = new RegExp(`^(\\.[^]*\\.)${TEMP_MARK}(\\d{1,10})-(\\d{1,15})\\.tmp$`, 'u');

/** The prefix and writer's pid of a temp name, or undefined when `entry` is not one. */
export function parseTempName(entry: string): { prefix: string; pid: number } | undefined {
  const m = TEMP_NAME.exec(entry);
  return m ? { prefix: m[1]!, pid: Number(m[2]) } : undefined;
}
