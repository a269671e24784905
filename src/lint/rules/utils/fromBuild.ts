import type { AnyRuleContext } from '../../types.js';

/**
 * Rules whose findings are made while loading and building the model
 * (yaml-syntax, schema, duplicate-id, missing-organization): their check only
 * hands those findings on, so severity and suppression work like any rule's.
 */
export function forwardBuildFindings(ruleId: string) {
  return (ctx: Pick<AnyRuleContext, 'model' | 'reportRaw'>): void => {
    for (const f of ctx.model.buildFindings) if (f.rule === ruleId) ctx.reportRaw(f);
  };
}
