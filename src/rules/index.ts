/** Every rule, in the order of SPEC section 2. One module per rule. */
import type { Rule } from './types.js';
import yamlSyntax from './yaml-syntax.js';
import schema from './schema.js';
import duplicateId from './duplicate-id.js';
import confusableId from './confusable-id.js';
import missingOrganization from './missing-organization.js';
import reportsToUnknown from './reports-to-unknown.js';
import reportingCycle from './reporting-cycle.js';
import multipleRoots from './multiple-roots.js';
import departmentUnknown from './department-unknown.js';
import departmentCycle from './department-cycle.js';
import headNotInDepartment from './head-not-in-department.js';
import departmentWithoutHead from './department-without-head.js';
import crossDepartmentReporting from './cross-department-reporting.js';
import dottedLineUnknown from './dotted-line-unknown.js';
import dottedLineRedundant from './dotted-line-redundant.js';
import spanOfControl from './span-of-control.js';
import maxDepth from './max-depth.js';
import headcountOverBudget from './headcount-over-budget.js';
import overfilledRole from './overfilled-role.js';
import vacantManager from './vacant-manager.js';
import emptyDepartment from './empty-department.js';
import kpiUnknown from './kpi-unknown.js';
import kpiOwnerUnknown from './kpi-owner-unknown.js';
import kpiTargetOutOfRange from './kpi-target-out-of-range.js';
import kpiUnused from './kpi-unused.js';
import workflowRoleUnknown from './workflow-role-unknown.js';
import workflowStepUnknown from './workflow-step-unknown.js';
import workflowUnreachableStep from './workflow-unreachable-step.js';
import workflowNoEnd from './workflow-no-end.js';
import workflowUnstaffedStep from './workflow-unstaffed-step.js';
import unusedDisable from './unused-disable.js';

export const RULES: readonly Rule<any>[] = [
  yamlSyntax,
  schema,
  duplicateId,
  confusableId,
  missingOrganization,
  reportsToUnknown,
  reportingCycle,
  multipleRoots,
  departmentUnknown,
  departmentCycle,
  headNotInDepartment,
  departmentWithoutHead,
  crossDepartmentReporting,
  dottedLineUnknown,
  dottedLineRedundant,
  spanOfControl,
  maxDepth,
  headcountOverBudget,
  overfilledRole,
  vacantManager,
  emptyDepartment,
  kpiUnknown,
  kpiOwnerUnknown,
  kpiTargetOutOfRange,
  kpiUnused,
  workflowRoleUnknown,
  workflowStepUnknown,
  workflowUnreachableStep,
  workflowNoEnd,
  workflowUnstaffedStep,
  unusedDisable,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule<any> | undefined {
  return RULES.find((r) => r.id === id);
}
