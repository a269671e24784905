/**
 * Department colours: distinct hues that survive printing and stay apart for
 * the common colour-vision deficiencies as far as twelve hues can (36
 * colours with the darker and lighter rounds). A department's colour is
 * picked by its place in the whole org's department tree (not the view), so
 * a department keeps its colour in every chart.
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

/** The colours of palette entry `index` (a negative index: no department). */
export function paletteFor(index: number): Palette {
  const [toward, amount] = ROUNDS[Math.floor(Math.max(0, index) / HUES.length) % ROUNDS.length]!;
  const stroke = index < 0 ? NEUTRAL : mix(HUES[index % HUES.length]!, toward, amount);
  return { stroke, fill: mix(stroke, '#ffffff', 0.92), band: mix(stroke, '#ffffff', 0.8), text: mix(stroke, '#000000', 0.35) };
}
