/**
 * A policy violation as a finding: located at the gate's entry in the base
 * side's Organization (the line that set the limit), with the gate's level.
 */
import { findNode, nodePosition } from '../../load/positions.js';
import type { Finding, MessageData, PathSegment } from '../../load/types.js';
import type { PolicyLevel } from '../../model/diffPolicy.js';
import type { Organization } from '../../model/types.js';

/** The rule id policy findings carry (formats and `--fail-on` tell them apart from lint findings by it). */
export const POLICY_RULE = 'diff-policy';

export type PolicyMessageId = 'maxRolesRemoved' | 'maxSeatsRemoved' | 'maxDepartmentGrowth' | 'protectedChange';

export function policyFinding(
  org: Organization,
  gate: { path: PathSegment[]; level: PolicyLevel },
  messageId: PolicyMessageId,
  message: string,
  data: MessageData,
  entity?: string,
): Finding {
  const node = findNode(org.node, gate.path) ?? org.node;
  const pos = nodePosition(org.source, node);
  return {
    rule: POLICY_RULE,
    severity: gate.level,
    messageId,
    message,
    data,
    ...(pos ?? { file: org.source.path }),
    ...(entity !== undefined ? { entity } : {}),
    path: gate.path,
  };
}

/** "'a', 'b', 'c' and 4 more": names a few, counts the rest (a message stays one line at any size). */
export function someIds(ids: readonly string[], shown = 5): string {
  const head = ids
    .slice(0, shown)
    .map((id) => `'${id}'`)
    .join(', ');
  return ids.length > shown ? `${head} and ${ids.length - shown} more` : head;
}

/** A limit as the message says it: `0`, or `10%`. */
export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—';
}
