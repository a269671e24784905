/**
 * Where each change is in the YAML, on each side: the file, line and column
 * of the changed field's key (or of the entity, for an added or removed one,
 * or a field absent on that side), so a bot can comment on the exact line.
 * Read from the models' nodes (or, for a file whose skeleton is not built,
 * by walking its lines as the YAML reader does: load/fastYaml/locate.ts),
 * never by searching the text.
 */
import { nodeStart, positionAt } from '../load/positions.js';
import type { PathSegment } from '../load/types.js';
import type { Entity, OrgModel, Workflow } from '../model/types.js';
import type { Change } from './types.js';

export interface ChangeLocation {
  file: string;
  line: number;
  column: number;
}

function entityOf(model: OrgModel, change: Change, id: string): Entity | undefined {
  switch (change.kind) {
    case 'organization':
      return model.organization?.id === id ? model.organization : undefined;
    case 'department':
      return model.departments.get(id);
    case 'role':
      return model.roles.get(id);
    case 'kpi':
      return model.kpis.get(id);
    case 'workflow':
      return model.workflows.get(id);
  }
}

/** The YAML path of the change within its entity on one side. */
function pathOf(entity: Entity, change: Change, side: 'before' | 'after'): PathSegment[] {
  if (change.change === 'added' || change.change === 'removed') return [];
  // A rename: the old id before, the `previously:` that declares it after.
  if (change.change === 'previously') return side === 'before' ? ['id'] : ['previously'];
  if (change.step === undefined) return [change.change];
  const i = (entity as Workflow).steps.findIndex((s) => s.id === change.step);
  if (i < 0) return ['steps'];
  const field = change.field ?? '';
  return field === 'added' || field === 'removed' || field === 'entry' ? ['steps', i] : ['steps', i, field];
}

function locate(model: OrgModel, change: Change, id: string, side: 'before' | 'after'): ChangeLocation | undefined {
  const entity = entityOf(model, change, id);
  if (!entity) return undefined;
  const start = nodeStart(entity.node, pathOf(entity, change, side), true) ?? nodeStart(entity.node, []);
  if (start === undefined) return undefined;
  const at = positionAt(entity.source, start);
  return { file: at.file, line: at.line, column: at.column };
}

/** The change's place before (under its old id when renamed) and after; a side where it does not exist is left out. */
export function changeLocations(
  change: Change,
  models: { before: OrgModel; after: OrgModel },
): { before?: ChangeLocation; after?: ChangeLocation } {
  const out: { before?: ChangeLocation; after?: ChangeLocation } = {};
  const before = change.change === 'added' ? undefined : locate(models.before, change, change.previously ?? change.id, 'before');
  const after = change.change === 'removed' ? undefined : locate(models.after, change, change.id, 'after');
  if (before) out.before = before;
  if (after) out.after = after;
  return out;
}
