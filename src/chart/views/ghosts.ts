/**
 * Decorating a view with a change: a status on each box and department, and
 * ghosts — what an earlier version of the org had and the view no longer
 * does — put back where they used to be, so the layout leaves room for them.
 * The view stays the view of the org as it is: its heading, department
 * seats and tooltips count only what is there; a ghost department counts
 * its ghosts.
 */
import type { OrgModel } from '../../model/types.js';
import { colorIndexOf } from '../draw/palette.js';
import { departmentTooltip } from '../draw/tooltips.js';
import { chartWords } from '../../i18n/index.js';
import { computeView } from './select.js';
import type { ChartBox, ChartEdge, ChartGraph, ChartGroup, ChartStatus } from '../types.js';
import { pushTo } from '../../core/multimap.js';

/**
 * The roles view `now` with the roles and departments of `gone` (ids of the
 * earlier org `past`, in the order to draw them) added as ghosts: each in its
 * old department and under its old manager where those are in the view
 * (ghosts included), else at the top level; ghost departments after their
 * siblings. Department colours follow the merged department order, as they
 * follow the org's.
 */
export function withGhosts(now: ChartGraph, past: OrgModel, gone: { roles: string[]; departments: string[] }): ChartGraph {
  if (!gone.roles.length && !gone.departments.length) return now;
  const then = computeView(past, { kind: 'roles' });
  const pastBoxes = new Map(then.boxes.map((b) => [b.id, b]));
  const pastGroups = new Map(then.groups.map((g) => [g.id, g]));
  const ghostBoxes = new Set(gone.roles.filter((id) => pastBoxes.has(id)));
  const ghostGroups = new Set(gone.departments.filter((id) => pastGroups.has(id)));
  const groupIds = new Set([...now.groups.map((g) => g.id), ...ghostGroups]);

  // Departments: the view's in its order, each ghost appended to its old parent's sub-departments (or the tops).
  const ghostGroupList: ChartGroup[] = [...ghostGroups].map((id) => {
    const g = pastGroups.get(id)!;
    const { parent: _dropped, ...rest } = g;
    return { ...rest, ...(g.parent !== undefined && groupIds.has(g.parent) ? { parent: g.parent } : {}) };
  });
  const ghostBoxList: ChartBox[] = [...ghostBoxes].map((id) => {
    const b = pastBoxes.get(id)!;
    const { group: _dropped, ...rest } = b;
    return { ...rest, ...(b.group !== undefined && groupIds.has(b.group) ? { group: b.group } : {}) };
  });
  const children = new Map<string | undefined, ChartGroup[]>();
  for (const g of [...now.groups, ...ghostGroupList]) pushTo(children, g.parent, g);
  const groups: ChartGroup[] = [];
  for (const stack = [...(children.get(undefined) ?? [])].reverse(); stack.length;) {
    const g = stack.pop()!;
    groups.push(g);
    const subs = children.get(g.id) ?? [];
    for (let i = subs.length - 1; i >= 0; i--) stack.push(subs[i]!);
  }
  // A ghost department's seats are its ghosts' (the rest of the view counts the org as it is).
  const ghostSeats = new Map<string, number>();
  for (const b of ghostBoxList)
    if (b.group !== undefined && ghostGroups.has(b.group)) ghostSeats.set(b.group, (ghostSeats.get(b.group) ?? 0) + b.seats);
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g.parent !== undefined && ghostGroups.has(g.id) && ghostGroups.has(g.parent))
      ghostSeats.set(g.parent, (ghostSeats.get(g.parent) ?? 0) + (ghostSeats.get(g.id) ?? 0));
  }
  const words = chartWords(now.locale);
  const recolored = groups.map((g) => {
    if (!ghostGroups.has(g.id)) return { ...g, color: colorIndexOf(g.id) };
    const seats = ghostSeats.get(g.id) ?? 0;
    return { ...g, seats, color: colorIndexOf(g.id), tooltip: departmentTooltip(past, past.departments.get(g.id)!, seats, words) };
  });
  const boxes = [...now.boxes, ...ghostBoxList].map((b) => ({ ...b, color: colorIndexOf(b.group) }));

  // Lines: the view's, then the old lines into ghosts from boxes in view, in box order; solid ones before dotted ones.
  const boxIndex = new Map(boxes.map((b, i) => [b.id, i]));
  const ghostEdges = then.edges
    .filter((e) => ghostBoxes.has(e.to) && boxIndex.has(e.from))
    .sort((a, b) => boxIndex.get(a.to)! - boxIndex.get(b.to)!);
  const byStyle = (list: ChartEdge[], style: ChartEdge['style']) => list.filter((e) => e.style === style);
  const edges = [
    ...byStyle(now.edges, 'solid'),
    ...byStyle(ghostEdges, 'solid'),
    ...byStyle(now.edges, 'dotted'),
    ...byStyle(ghostEdges, 'dotted'),
  ];
  return { ...now, boxes, groups: recolored, edges };
}

/** The view with a status on each box and department that has one. */
export function withStatus(
  view: ChartGraph,
  statusOf: { box: (id: string) => ChartStatus | undefined; group: (id: string) => ChartStatus | undefined },
): ChartGraph {
  const mark = <T extends { id: string }>(item: T, status: ChartStatus | undefined): T =>
    status !== undefined ? { ...item, status } : item;
  return {
    ...view,
    boxes: view.boxes.map((b) => mark(b, statusOf.box(b.id))),
    groups: view.groups.map((g) => mark(g, statusOf.group(g.id))),
  };
}
