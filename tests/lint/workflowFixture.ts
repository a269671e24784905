/** The org the workflow rules' tests share: ORG plus a warehouse department, then the workflow under test. */
import { lint, ORG } from '../helpers.js';

/**
 * ORG (lines 1–3) and a warehouse department (lines 4–18); `workflow` starts
 * at line 20, so its `kind:` is line 20.
 */
export const WAREHOUSE = `---
kind: Department
id: wh
name: 仓储部
head: wh-lead
roles:
  - id: wh-lead
    title: 仓储主管
  - id: 拣货员
    title: 拣货员
    reports_to: wh-lead
  - id: planner
    title: 计划员
    reports_to: wh-lead
    headcount: 0
---
`;
export const withWorkflow = (workflow: string) => lint(ORG + WAREHOUSE + workflow);

export const WORKFLOW_RULES = [
  'workflow-role-unknown',
  'workflow-step-unknown',
  'workflow-unreachable-step',
  'workflow-no-end',
  'workflow-unstaffed-step',
];
export const workflowFindings = (workflow: string) => withWorkflow(workflow).filter((f) => WORKFLOW_RULES.includes(f.rule));
