/**
 * The details panel's facts of a view's boxes, taken from the model when the
 * view is, so that `chart --format html` can let the model go before the
 * layout, as the other formats do (at 100k roles the model is half a
 * gigabyte, and the page of that org used to peak well over a gigabyte).
 * Only strings and arrays the model already holds are kept, never an entity.
 */
import type { OrgModel } from '../../model/types.js';
import type { ChartGraph, DrawingNode } from '../types.js';
import { entityFacts, type EntityFacts, type Facts } from './payload.js';

type Taken = Map<string, EntityFacts | undefined>;

export function factsOfView(model: OrgModel, graph: ChartGraph): Facts {
  const roles: Taken = new Map();
  const departments: Taken = new Map();
  for (const box of graph.boxes) {
    const into = box.kind === 'role' ? roles : departments;
    if (!into.has(box.id)) into.set(box.id, entityFacts(model, box.kind, box.id));
  }
  // A role-level department is drawn as a container around its boxes.
  for (const group of graph.groups) if (!departments.has(group.id)) departments.set(group.id, entityFacts(model, 'department', group.id));
  return takenFacts(roles, departments);
}

/** A function of its own, with no `model` in scope: a closure made where the model is would keep it alive. */
function takenFacts(roles: Taken, departments: Taken): Facts {
  return { of: (kind: DrawingNode['kind'], id: string) => (kind === 'role' ? roles : departments).get(id) };
}
