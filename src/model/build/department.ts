/** Building a Department; its inline roles are checked one by one (see loadInlineRoles). */
import { DepartmentSchema, type DepartmentDoc } from '../schema.js';
import type { Department } from '../types.js';
import { entityBase, kpiAssignments, nfcOpt, type Checked, type DocSource, type KindSchema } from './check.js';
import { quickChecker } from './quickCheck.js';

/** The Department schema minus `roles`: inline roles are checked one by one, each its own entity. */
const WITHOUT_ROLES = DepartmentSchema.omit({ roles: true });
export type DepartmentFieldsDoc = Omit<DepartmentDoc, 'roles'>;
export const DEPARTMENT: KindSchema<DepartmentFieldsDoc> = {
  full: WITHOUT_ROLES,
  partial: WITHOUT_ROLES.partial(),
  shape: WITHOUT_ROLES.shape,
  quick: quickChecker(WITHOUT_ROLES),
};

/** `rolesOk`: the `roles` field is a list (when it is not, the department is invalid too). */
export function buildDepartment(checked: Checked<DepartmentFieldsDoc>, from: DocSource, rolesOk: boolean): Department {
  const d = checked.data;
  return {
    kind: 'Department',
    ...entityBase(checked, from, checked.invalid || !rolesOk),
    name: d.name ?? d.id,
    parent: nfcOpt(d.parent),
    head: nfcOpt(d.head),
    headcountBudget: d.headcount_budget,
    responsibilities: d.responsibilities ?? [],
    kpis: kpiAssignments(d.kpis),
    order: d.order,
  };
}
