/**
 * SVG helpers. User strings are escaped by the shared XML escaper
 * (src/core/escape/xml.ts), re-exported here for the modules that import it
 * from the chart.
 */
export { escapeXml } from '../../core/escape/xml.js';

/** A number as SVG writes it: at most one decimal, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(r === 0 ? 0 : r);
}
