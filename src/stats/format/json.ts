/** `orgctl stats --format json`: the figures as computed, keys in a fixed order. */
import { jsonText } from '../../core/escape/json.js';
import type { OrgStats } from '../compute.js';

export function formatStatsJson(stats: OrgStats): string {
  return jsonText(stats, 2) + '\n';
}
