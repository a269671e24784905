/**
 * Look-alike ids (Unicode TR39 "confusable" detection). Two ids whose
 * skeletons are equal render the same or nearly so: `ceo` and `cеo` (with a
 * Cyrillic е), `ops-l` and `ops-1`. The table is Unicode's confusables.txt
 * (see confusables-data.ts); only the entries an org's characters touch are
 * decoded, so commands that never compare ids do not pay for it.
 */
import { HASH_START, hashEnd, hashMore, textHash } from '../core/text/textHash.js';
import { CONFUSABLES, NAMES } from './confusables-data.js';

let names: Map<number, string> | undefined;

/**
 * Where each entry of CONFUSABLES starts: its first source code point, how many consecutive sources it
 * maps, and its offset in the string. The entries are sorted by source and do not overlap, so a
 * lookup is a binary search, and only the entries an org's ids touch are ever decoded. (Decoding all
 * 6,565 mappings into a Map up front was about 40 ms of every `validate`, most of a small org's run.)
 */
interface EntryIndex {
  starts: Int32Array;
  counts: Int32Array;
  offsets: Int32Array;
}
let index: EntryIndex | undefined;
const decoded = new Map<number, string | null>();

function entryIndex(): EntryIndex {
  if (index) return index;
  let n = 1;
  for (let at = CONFUSABLES.indexOf(';'); at >= 0; at = CONFUSABLES.indexOf(';', at + 1)) n++;
  const starts = new Int32Array(n);
  const counts = new Int32Array(n);
  const offsets = new Int32Array(n);
  let k = 0;
  for (let at = 0; at < CONFUSABLES.length;) {
    const semi = CONFUSABLES.indexOf(';', at);
    const end = semi < 0 ? CONFUSABLES.length : semi;
    const gt = CONFUSABLES.indexOf('>', at);
    if (gt > at && gt < end) {
      const star = CONFUSABLES.indexOf('*', at);
      const hasRun = star > at && star < gt;
      starts[k] = parseInt(CONFUSABLES.slice(at, hasRun ? star : gt), 16);
      counts[k] = hasRun ? Number(CONFUSABLES.slice(star + 1, gt)) : 1;
      offsets[k] = at;
      k++;
    }
    at = end + 1;
  }
  index = { starts: starts.subarray(0, k), counts: counts.subarray(0, k), offsets: offsets.subarray(0, k) };
  return index;
}

/** The prototype Unicode gives code point `cp`, or null when it is its own. */
function prototypeCodePoint(cp: number): string | null {
  const known = decoded.get(cp);
  if (known !== undefined) return known;
  const { starts, counts, offsets } = entryIndex();
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= cp) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let out: string | null = null;
  if (found >= 0 && cp < starts[found]! + counts[found]!) {
    const at = offsets[found]!;
    const semi = CONFUSABLES.indexOf(';', at);
    const target = CONFUSABLES.slice(CONFUSABLES.indexOf('>', at) + 1, semi < 0 ? undefined : semi);
    const targets = target.split('.').map((h) => parseInt(h, 16));
    // A run maps consecutive sources to consecutive single targets.
    out = counts[found] === 1 ? String.fromCodePoint(...targets) : String.fromCodePoint(targets[0]! + (cp - starts[found]!));
  }
  decoded.set(cp, out);
  return out;
}

/** Invisible characters (variation selectors, joiners, …): TR39 drops them from skeletons. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** The prototype a character is drawn like ('' for an invisible one). */
function prototypeOf(ch: string): string {
  if (IGNORABLE.test(ch)) return '';
  return prototypeCodePoint(ch.codePointAt(0)!) ?? ch;
}

const IGNORABLES = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Characters a skeleton can be made of directly, by code unit (filled as met): the prototype's text, or null
 * when the character needs the letter of TR39 (it changes under NFD, is invisible, is a combining mark, or its
 * prototype is one of these). Text made of such characters is already NFD, and so is the joined prototypes,
 * since NFD only reorders combining marks: the skeleton is the prototypes joined. That is nearly every id,
 * Chinese ones included, and every id is skeletonised on every validate.
 */
const direct: (string | null | undefined)[] = [];
/** Code units of the skeleton being built (ids are short; longer text takes the letter of TR39). */
const units = new Uint16Array(256);

/** Whether `ch` (one character, already NFD) has canonical combining class 0: marks around it stay put. */
function isStarter(ch: string): boolean {
  // U+0345 has the highest class (240) and U+0334 the lowest (1): a character of any class between is
  // reordered against one of them by NFD.
  return ('\u0345' + ch).normalize('NFD') === '\u0345' + ch && (ch + '\u0334').normalize('NFD') === ch + '\u0334';
}

function directPrototype(unit: number): string | null {
  const ch = String.fromCharCode(unit);
  if (unit >= 0xd800 && unit <= 0xdfff) return null; // half of a pair: the character needs the full reading
  if (ch.normalize('NFD') !== ch || IGNORABLE.test(ch) || !isStarter(ch)) return null;
  const proto = prototypeCodePoint(unit) ?? ch;
  for (const p of proto) if (p.normalize('NFD') !== p || IGNORABLE.test(p) || !isStarter(p)) return null;
  return proto;
}

/** `direct` for one code unit, filled when first met. */
function directOf(unit: number): string | null {
  let proto = direct[unit];
  if (proto === undefined) proto = direct[unit] = directPrototype(unit);
  return proto;
}

/** The skeleton from `direct`, or undefined when some character needs the letter of TR39. */
function directSkeleton(s: string): string | undefined {
  if (s.length > units.length / 4) return undefined;
  let n = 0;
  let same = true;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    const proto = directOf(unit);
    if (proto === null || proto.length > 4) return undefined;
    if (proto.length !== 1 || proto.charCodeAt(0) !== unit) same = false;
    for (let k = 0; k < proto.length; k++) units[n++] = proto.charCodeAt(k);
  }
  // A skeleton that is the id itself costs no new string.
  return same ? s : String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}

/**
 * The hash of skeleton(s) (core/text/textHash.ts), without building the skeleton of an id `direct` covers:
 * equal skeletons have equal hashes.
 */
export function skeletonHash(s: string): number {
  let h = HASH_START;
  for (let i = 0; i < s.length; i++) {
    const proto = directOf(s.charCodeAt(i));
    if (proto === null) return textHash(unicodeSkeleton(s));
    h = hashMore(h, proto);
  }
  return hashEnd(h);
}

/** TR39 skeleton: NFD, invisible characters dropped, each character replaced by its prototype, NFD again. */
export function skeleton(s: string): string {
  return directSkeleton(s) ?? unicodeSkeleton(s);
}

/** The skeleton by the letter of TR39, for any text (skeleton() gives the same, faster for most ids). */
export function unicodeSkeleton(s: string): string {
  let nfd = s.normalize('NFD');
  // One test per id rather than per character: every id is skeletonised on every validate.
  if (IGNORABLE.test(nfd)) nfd = nfd.replace(IGNORABLES, '');
  let out = '';
  for (const ch of nfd) out += prototypeCodePoint(ch.codePointAt(0)!) ?? ch;
  return out.normalize('NFD');
}

/** "U+0435 CYRILLIC SMALL LETTER IE", or "U+1D41A" when the name is not shipped. */
export function describeCodePoint(cp: number): string {
  if (!names) {
    names = new Map();
    for (const entry of NAMES.split(';')) {
      const colon = entry.indexOf(':');
      if (colon > 0) names.set(parseInt(entry.slice(0, colon), 16), entry.slice(colon + 1));
    }
  }
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = names.get(cp);
  return name ? `${hex} ${name}` : hex;
}

function describeText(s: string): string {
  if (s === '') return 'nothing';
  return Array.from(s.normalize('NFC'), (ch) => describeCodePoint(ch.codePointAt(0)!)).join(' + ');
}

interface Piece {
  text: string;
  /** End of this character's prototype in the skeleton (before the final NFD). */
  end: number;
}

function pieces(s: string): { list: Piece[]; drawn: string } {
  const list: Piece[] = [];
  let drawn = '';
  for (const ch of s.normalize('NFD')) {
    drawn += prototypeOf(ch);
    list.push({ text: ch, end: drawn.length });
  }
  return { list, drawn };
}

/**
 * Where two look-alike ids differ, as pairs of the characters one has and the
 * other draws the same (`е` vs `e`, `rn` vs `m`): the ids are cut where both
 * have a character boundary in the shared skeleton, and equal pieces dropped.
 */
export function lookalikeDifferences(a: string, b: string): [string, string][] {
  const pa = pieces(a);
  const pb = pieces(b);
  // Marks reordered by the final NFD make the drawn strings differ: then the ids differ as wholes.
  if (pa.drawn !== pb.drawn) return a === b ? [] : [[a, b]];
  const cutsB = new Set(pb.list.map((p) => p.end));
  const out: [string, string][] = [];
  let ia = 0;
  let ib = 0;
  let chunkA = '';
  let chunkB = '';
  for (const p of pa.list) {
    chunkA += p.text;
    ia++;
    if (!cutsB.has(p.end) || (ia < pa.list.length && pa.list[ia]!.end === p.end)) continue;
    // Take B's characters up to the same boundary (an invisible one at the boundary goes with it).
    while (ib < pb.list.length && pb.list[ib]!.end <= p.end) chunkB += pb.list[ib++]!.text;
    if (chunkA !== chunkB) out.push([chunkA, chunkB]);
    chunkA = '';
    chunkB = '';
  }
  while (ib < pb.list.length) chunkB += pb.list[ib++]!.text;
  if (chunkA !== chunkB) out.push([chunkA, chunkB]);
  return out;
}

/** "U+0435 CYRILLIC SMALL LETTER IE vs U+0065 LATIN SMALL LETTER E", one pair per difference. */
export function describeDifferences(a: string, b: string): string {
  return lookalikeDifferences(a, b)
    .map(([x, y]) => `${describeText(x)} vs ${describeText(y)}`)
    .join('; ');
}
