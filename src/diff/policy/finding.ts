/**
 * A policy violation as a finding: located at the gate's entry in the base
 * side's Organization (the line that set the limit), with the gate's level;
 * its message is worded from its data by ./message.ts.
 */
import { findNode, nodePosition } from '../../load/positions.js';
import type { Finding, MessageData, PathSegment } from '../../load/types.js';
import type { PolicyLevel } from '../../model/diffPolicy.js';
import type { Organization } from '../../model/types.js';
import { messagesFor } from '../../i18n/index.js';
import { policyMessage } from './message.js';

/** The rule id policy findings carry (formats and `--fail-on` tell them apart from lint findings by it). */
export const POLICY_RULE = 'diff-policy';

export type PolicyMessageId = 'maxRolesRemoved' | 'maxSeatsRemoved' | 'maxDepartmentGrowth' | 'protectedChange';

export function policyFinding(
  org: Organization,
  gate: { path: PathSegment[]; level: PolicyLevel },
  messageId: PolicyMessageId,
  data: MessageData,
  entity?: string,
): Finding {
  const node = findNode(org.node, gate.path) ?? org.node;
  const pos = nodePosition(org.source, node);
  const finding: Finding = {
    rule: POLICY_RULE,
    severity: gate.level,
    messageId,
    message: '',
    data,
    ...(pos ?? { file: org.source.path }),
    ...(entity !== undefined ? { entity } : {}),
    path: gate.path,
  };
  // The message a finding carries (JSON, --fail-on, the library) is the English one; formats reword it from data.
  finding.message = policyMessage(finding, messagesFor('en').diff);
  return finding;
}
