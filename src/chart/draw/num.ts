/** A number as SVG writes it: at most one decimal, no "-0" (so the output is stable). */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(r === 0 ? 0 : r);
}
