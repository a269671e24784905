/** Every rule, in the order of README's Rules table. One module per rule. */
import type { AnyRule } from './types.js';
import yamlSyntax from './rules/yaml-syntax.js';
import uncheckedReferences from './rules/unchecked-references.js';
import schema from './rules/schema.js';
import duplicateId from './rules/duplicate-id.js';
import confusableId from './rules/confusable-id.js';
import missingOrganization from './rules/missing-organization.js';
import reportsToUnknown from './rules/reports-to-unknown.js';
import reportingCycle from './rules/reporting-cycle.js';
import multipleRoots from './rules/multiple-roots.js';
import departmentUnknown from './rules/department-unknown.js';
import departmentCycle from './rules/department-cycle.js';
import headNotInDepartment from './rules/head-not-in-department.js';
import departmentWithoutHead from './rules/department-without-head.js';
import crossDepartmentReporting from './rules/cross-department-reporting.js';
import dottedLineUnknown from './rules/dotted-line-unknown.js';
import dottedLineRedundant from './rules/dotted-line-redundant.js';
import spanOfControl from './rules/span-of-control.js';
import maxDepth from './rules/max-depth.js';
import headcountOverBudget from './rules/headcount-over-budget.js';
import overfilledRole from './rules/overfilled-role.js';
import duplicateHolder from './rules/duplicate-holder.js';
import holderMultipleRoles from './rules/holder-multiple-roles.js';
import vacantManager from './rules/vacant-manager.js';
import emptyDepartment from './rules/empty-department.js';
import kpiUnknown from './rules/kpi-unknown.js';
import kpiOwnerUnknown from './rules/kpi-owner-unknown.js';
import kpiTargetOutOfRange from './rules/kpi-target-out-of-range.js';
import kpiUnused from './rules/kpi-unused.js';
import previouslyIdInUse from './rules/previously-id-in-use.js';
import workflowRoleUnknown from './rules/workflow-role-unknown.js';
import workflowStepUnknown from './rules/workflow-step-unknown.js';
import workflowUnreachableStep from './rules/workflow-unreachable-step.js';
import workflowNoEnd from './rules/workflow-no-end.js';
import workflowUnstaffedStep from './rules/workflow-unstaffed-step.js';
import teamMemberUnknown from './rules/team-member-unknown.js';
import teamWithoutLead from './rules/team-without-lead.js';
import teamOvercommitted from './rules/team-overcommitted.js';
import teamExpired from './rules/team-expired.js';
import unusedDisable from './rules/unused-disable.js';

export const RULES: readonly AnyRule[] = [
  yamlSyntax,
  uncheckedReferences,
  schema,
  duplicateId,
  confusableId,
  previouslyIdInUse,
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
  duplicateHolder,
  holderMultipleRoles,
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
  teamMemberUnknown,
  teamWithoutLead,
  teamOvercommitted,
  teamExpired,
  unusedDisable,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
