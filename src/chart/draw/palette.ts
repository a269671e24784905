/**
 * Department colours: distinct hues that survive printing and stay apart for
 * the common colour-vision deficiencies as far as twelve hues can (36
 * colours with the darker and lighter rounds). A department's colour is a
 * hash of its id (FNV-1a), not its place in any list: it is the same in every
 * chart, in the diff's SVG, and after another department is added, removed
 * or moved.
 */
import type { Palette } from '../types.js';

const HUES = [
  '#2f6fb0', // blue
  '#d9822b', // orange
  '#2e9e6a', // green
  '#c2424b', // red
  '#7b5ea7', // purple
  '#16a2a8', // teal
  '#a0652a', // brown
  '#d0508f', // pink
  '#6b8e23', // olive
  '#3b5bdb', // indigo
  '#b8860b', // gold
  '#5f6b7a', // slate
];

/** Roles that belong to no (known) department. */
const NEUTRAL = '#6e7781';

function mix(hex: string, other: string, amount: number): string {
  const a = parseInt(hex.slice(1), 16);
  const b = parseInt(other.slice(1), 16);
  const channel = (shift: number) => Math.round(((a >> shift) & 255) * (1 - amount) + ((b >> shift) & 255) * amount);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

/** Past twelve departments the hues come round again, darker, then lighter, so neighbours still differ. */
const ROUNDS: Array<[string, number]> = [
  ['#000000', 0],
  ['#000000', 0.3],
  ['#ffffff', 0.25],
];

/** How many distinct palette entries there are (hues × rounds). */
export const PALETTE_SIZE = HUES.length * ROUNDS.length;

/**
 * The palette entry of a department: FNV-1a (32-bit) over the id's UTF-16
 * code units. Ids are NFC already (the model normalises them), so the same id
 * always hashes the same; `undefined` (no department) is the neutral grey.
 */
export function colorIndexOf(departmentId: string | undefined): number {
  if (departmentId === undefined) return -1;
  let hash = 0x811c9dc5;
  for (let i = 0; i < departmentId.length; i++) {
    hash ^= departmentId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % PALETTE_SIZE;
}

/** Each entry's colours, mixed the first time they are asked for: a chart asks once a box, and there are PALETTE_SIZE entries. */
const MIXED = new Map<number, Readonly<Palette>>();

/** The colours of palette entry `index` (a negative index: no department). Shared: read them, never change them. */
export function paletteFor(index: number): Readonly<Palette> {
  let palette = MIXED.get(index);
  if (palette === undefined) {
    const [toward, amount] = ROUNDS[Math.floor(Math.max(0, index) / HUES.length) % ROUNDS.length]!;
    const stroke = index < 0 ? NEUTRAL : mix(HUES[index % HUES.length]!, toward, amount);
    palette = Object.freeze({
      stroke,
      fill: mix(stroke, '#ffffff', 0.92),
      band: mix(stroke, '#ffffff', 0.8),
      text: mix(stroke, '#000000', 0.35),
    });
    MIXED.set(index, palette);
  }
  return palette;
}
