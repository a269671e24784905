/** `orgctl stats --format json`: the figures as computed, keys in a fixed order. */
import type { OrgStats } from '../compute.js';

export function formatStatsJson(stats: OrgStats): string {
  return JSON.stringify(stats, null, 2) + '\n';
}
