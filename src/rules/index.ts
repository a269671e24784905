/** Every rule, in the order of SPEC section 2. One module per rule. */
import type { Rule } from './types.js';
import yamlSyntax from './yaml-syntax.js';
import schema from './schema.js';
import duplicateId from './duplicate-id.js';
import missingOrganization from './missing-organization.js';
import reportsToUnknown from './reports-to-unknown.js';
import spanOfControl from './span-of-control.js';
import unusedDisable from './unused-disable.js';

export const RULES: readonly Rule<any>[] = [
  yamlSyntax,
  schema,
  duplicateId,
  missingOrganization,
  reportsToUnknown,
  spanOfControl,
  unusedDisable,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule<any> | undefined {
  return RULES.find((r) => r.id === id);
}
