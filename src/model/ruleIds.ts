/**
 * The rule ids, in registry order, for the JSON Schema (so editors complete
 * `rules:` keys). The model layer cannot import the rules; tests/lint/registry.test.ts
 * keeps this list equal to the registry.
 */
export const RULE_IDS: readonly string[] = [
  'yaml-syntax',
  'schema',
  'duplicate-id',
  'confusable-id',
  'missing-organization',
  'reports-to-unknown',
  'reporting-cycle',
  'multiple-roots',
  'department-unknown',
  'department-cycle',
  'head-not-in-department',
  'department-without-head',
  'cross-department-reporting',
  'dotted-line-unknown',
  'dotted-line-redundant',
  'span-of-control',
  'max-depth',
  'headcount-over-budget',
  'overfilled-role',
  'vacant-manager',
  'empty-department',
  'kpi-unknown',
  'kpi-owner-unknown',
  'kpi-target-out-of-range',
  'kpi-unused',
  'workflow-role-unknown',
  'workflow-step-unknown',
  'workflow-unreachable-step',
  'workflow-no-end',
  'workflow-unstaffed-step',
  'unused-disable',
];
