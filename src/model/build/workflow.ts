/** Building a Workflow and its steps. */
import { WorkflowSchema, type WorkflowDoc } from '../schema.js';
import type { Step, Workflow } from '../types.js';
import { isPlainObject } from '../validateDoc.js';
import { entityBase, nfc, nfcList, nfcOpt, type Checked, type DocSource, type KindSchema } from './check.js';
import { quickChecker } from './quickCheck.js';

export const WORKFLOW: KindSchema<WorkflowDoc> = {
  full: WorkflowSchema,
  partial: WorkflowSchema.partial(),
  shape: WorkflowSchema.shape,
  quick: quickChecker(WorkflowSchema),
};

/**
 * The steps that have an id and a role. When the steps list is invalid as a
 * whole, its mappings as written are read field by field (a step's other
 * problems are schema findings already), so references to them still resolve.
 */
function steps(list: readonly Record<string, unknown>[]): Step[] {
  const out: Step[] = [];
  list.forEach((s, index) => {
    if (typeof s.id !== 'string' || typeof s.role !== 'string') return;
    out.push({
      id: nfc(s.id),
      name: typeof s.name === 'string' ? s.name : s.id,
      description: typeof s.description === 'string' ? s.description : undefined,
      role: nfc(s.role),
      accountable: nfc(typeof s.accountable === 'string' ? s.accountable : s.role),
      accountableGiven: typeof s.accountable === 'string',
      consulted: nfcList(s.consulted),
      informed: nfcList(s.informed),
      sla: typeof s.sla === 'string' ? s.sla : undefined,
      output: typeof s.output === 'string' ? s.output : undefined,
      next: Array.isArray(s.next) ? nfcList(s.next) : undefined,
      index,
    });
  });
  return out;
}

export function buildWorkflow(checked: Checked<WorkflowDoc>, raw: Record<string, unknown>, from: DocSource): Workflow {
  const d = checked.data;
  const written = d.steps ?? (Array.isArray(raw.steps) ? raw.steps.filter(isPlainObject) : []);
  return {
    kind: 'Workflow',
    ...entityBase(checked, from),
    name: d.name ?? d.id,
    owner: nfcOpt(d.owner),
    trigger: d.trigger,
    steps: steps(written),
  };
}
