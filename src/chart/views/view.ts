/**
 * A chart view as data: what part of the org a chart shows and how, before
 * any of it is computed from the model. `viewOf` reads it from the options
 * the CLI and the library take; `computeView` (select.ts) turns it into a
 * ChartGraph. A new view is a new kind here and one module that computes it.
 */
import { UsageError } from '../../core/errors.js';
import type { ChartOptions } from '../types.js';

/** The part of the org in view: a role's reporting subtree, or a department's subtree. The whole org when absent. */
export type ViewScope = { root: string } | { department: string };

interface ViewCommon {
  scope?: ViewScope;
  /** Show at most this many levels below the top of the view; deeper boxes collapse into "+N". */
  depth?: number;
}

/**
 * `roles`: every role in a box, inside its department's box. `departments`: one box per department.
 * `team`: a project team's lead and members, each inside its home department's box.
 */
export type ChartView =
  | ({ kind: 'roles' } & ViewCommon)
  | ({ kind: 'departments' } & ViewCommon)
  | { kind: 'team'; team: string; scope?: undefined; depth?: undefined };

export function viewOf(options: ChartOptions): ChartView {
  if (options.team !== undefined) {
    // A team is its own view: it has no reporting subtree, department scope, depth or department level.
    const clash = [
      options.root !== undefined ? '--root' : '',
      options.department !== undefined ? '--department' : '',
      options.depth !== undefined ? '--depth' : '',
      options.level === 'department' ? '--level department' : '',
    ].filter(Boolean);
    if (clash.length) throw new UsageError(`--team cannot be used with ${clash.join(', ')}`);
    return { kind: 'team', team: options.team };
  }
  if (options.root !== undefined && options.department !== undefined) {
    throw new UsageError('--root and --department cannot be used together');
  }
  const scope: ViewScope | undefined =
    options.root !== undefined ? { root: options.root } : options.department !== undefined ? { department: options.department } : undefined;
  return {
    kind: (options.level ?? 'role') === 'department' ? 'departments' : 'roles',
    ...(scope !== undefined ? { scope } : {}),
    ...(options.depth !== undefined ? { depth: options.depth } : {}),
  };
}

/** The view's root role, if it is a reporting subtree. */
export const rootOf = (view: ChartView): string | undefined =>
  view.scope !== undefined && 'root' in view.scope ? view.scope.root : undefined;

/** The view's top department, if it is a department subtree. */
export const departmentOf = (view: ChartView): string | undefined =>
  view.scope !== undefined && 'department' in view.scope ? view.scope.department : undefined;
