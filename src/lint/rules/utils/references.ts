/**
 * Every id reference of the org, with what it must name: what the
 * `unchecked-references` rule counts. (The `*-unknown` rules each check
 * their own kind of reference; they skip ids in `model.unchecked` too.)
 */
import type { PathSegment } from '../../../load/types.js';
import type { Entity, OrgModel } from '../../../model/types.js';
import { subjects } from '../../types.js';

export interface Reference {
  entity: Entity;
  path: PathSegment[];
  target: string;
}

/** The references written in the org, in model order (one pass over the entities). */
export function* references(model: OrgModel): Generator<Reference> {
  const org = model.organization;
  if (org && !org.invalid && org.top !== undefined) yield { entity: org, path: ['top'], target: org.top };
  for (const dept of subjects(model.departments)) {
    if (dept.parent !== undefined) yield { entity: dept, path: ['parent'], target: dept.parent };
    if (dept.head !== undefined) yield { entity: dept, path: ['head'], target: dept.head };
    for (const ref of dept.kpis) yield { entity: dept, path: ['kpis', ref.index, 'id'], target: ref.id };
  }
  for (const role of subjects(model.roles)) {
    if (role.department !== undefined) yield { entity: role, path: ['department'], target: role.department };
    if (role.reportsTo !== undefined) yield { entity: role, path: ['reports_to'], target: role.reportsTo };
    for (const [i, target] of role.dottedLine.entries()) yield { entity: role, path: ['dotted_line', i], target };
    for (const ref of role.kpis) yield { entity: role, path: ['kpis', ref.index, 'id'], target: ref.id };
  }
  for (const kpi of subjects(model.kpis)) if (kpi.owner !== undefined) yield { entity: kpi, path: ['owner'], target: kpi.owner };
  for (const wf of subjects(model.workflows)) {
    if (wf.owner !== undefined) yield { entity: wf, path: ['owner'], target: wf.owner };
    for (const step of wf.steps) {
      const at: PathSegment[] = ['steps', step.index];
      yield { entity: wf, path: [...at, 'role'], target: step.role };
      if (step.accountableGiven) yield { entity: wf, path: [...at, 'accountable'], target: step.accountable };
      for (const [j, target] of step.consulted.entries()) yield { entity: wf, path: [...at, 'consulted', j], target };
      for (const [j, target] of step.informed.entries()) yield { entity: wf, path: [...at, 'informed', j], target };
    }
  }
}

/** The reference names an id that only a document which could not be read may define: it cannot be checked. */
export function uncheckable(model: OrgModel, id: string): boolean {
  return model.unchecked.has(id);
}
