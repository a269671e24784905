/**
 * Layout step 4: every department becomes a fixed shape, sub-departments
 * first: one holding a single unit (or nothing) and no edges is a box around
 * it; any other is laid out on its own, and the result is its shape (by
 * ELK, or, for a head over one or two blocks, computed as ELK would lay it
 * out: withoutElk.ts).
 * So a parent sees each sub-department as one node of known size and can
 * hang a long row of them in columns (stackDepartments.ts) — business units
 * and regions included, not only leaf departments. ELK lays out compound
 * nodes bottom-up anyway (each department on its own), so this is the same
 * layout, run a department at a time. Then the root is laid out and every
 * shape placed, top-down, at its absolute position.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { GroupHeader } from '../draw/boxes.js';
import type { ElkTree } from './buildTree.js';
import { fixedDepartmentShape } from './departmentShapes.js';
import { runElk } from './elk.js';
import { SHARED_OPTIONS } from './elkOptions.js';
import { elkId, idOf } from './elkId.js';
import { placeAll, SPACING, type PlaceLater, type Placement, type Shape } from './geometry.js';
import { stackDepartments } from './stackDepartments.js';
import { ELK_DEFAULT_PADDING, layOutWithoutElk } from './withoutElk.js';
import type { ChartGraph } from '../types.js';

/** Fold each department, deepest first, into a fixed shape that stands in for its compound node. */
export async function foldDepartments(
  graph: ChartGraph,
  tree: ElkTree,
  headers: Map<string, GroupHeader>,
  placement: Placement,
): Promise<void> {
  const { shapes, groupNodes } = tree;
  for (let gi = graph.groups.length - 1; gi >= 0; gi--) {
    const g = graph.groups[gi]!;
    const node = groupNodes.get(g.id)!;
    const header = headers.get(g.id)!;
    const padTop = header.height + SPACING.groupHeaderGap;
    stackDepartments(node, tree, headers, placement);
    const kids = node.children!;
    const id = elkId({ kind: 'department', group: g.id });
    let shape: Shape;
    if (kids.length <= 1 && !node.edges!.length && (!kids.length || shapes.has(idOf(kids[0]!)))) {
      shape = fixedDepartmentShape(g.id, header, kids.length ? shapes.get(idOf(kids[0]!))! : undefined, placement);
    } else {
      const padding = { top: padTop, left: SPACING.groupPadX, bottom: SPACING.groupPadBottom, right: SPACING.groupPadX };
      const department: ElkNode = {
        id: node.id,
        children: kids,
        edges: node.edges!,
        layoutOptions: {
          'elk.padding': `[top=${padding.top},left=${padding.left},bottom=${padding.bottom},right=${padding.right}]`,
        },
      };
      const laidOut = layOutWithoutElk(department, padding) ?? (await runElk(department, SHARED_OPTIONS));
      shape = laidOutDepartmentShape(
        g.id,
        laidOut,
        Math.max(laidOut.width ?? 0, header.minWidth),
        Math.max(laidOut.height ?? 0, padTop + SPACING.groupPadBottom),
        tree,
        placement,
      );
    }
    shapes.set(id, shape);
    // Stand in for the compound node in its parent (same place in the children, same edges).
    const compound = elkId({ kind: 'group', group: g.id });
    node.id = id;
    delete node.children;
    delete node.edges;
    node.width = shape.width;
    node.height = shape.height;
    for (const e of (g.parent !== undefined ? groupNodes.get(g.parent)! : tree.root).edges!) {
      if (e.sources[0] === compound) e.sources = [id];
      if (e.targets[0] === compound) e.targets = [id];
    }
    // Edges lifted higher up name this department through an ancestor, never by its own id.
  }
}

/** Lay the root out (departments are fixed shapes by now) and place everything at its absolute position. */
export async function placeRoot(tree: ElkTree, headers: Map<string, GroupHeader>, placement: Placement): Promise<void> {
  stackDepartments(tree.root, tree, headers, placement);
  const laidOut = layOutWithoutElk(tree.root, ELK_DEFAULT_PADDING) ?? (await runElk(tree.root, SHARED_OPTIONS));
  placement.width = laidOut.width ?? 0;
  placement.height = laidOut.height ?? 0;
  placeAll((later) => {
    placeChildren(laidOut, 0, 0, 0, later, tree);
  });
}

/** Place the shapes ELK arranged in `node` (whose top left is ox, oy), shifted right by `shift`. */
function placeChildren(node: ElkNode, ox: number, oy: number, shift: number, later: PlaceLater, tree: ElkTree): void {
  for (const c of node.children ?? []) later(tree.shapes.get(idOf(c))!, ox + (c.x ?? 0) + shift, oy + (c.y ?? 0));
}

/** A department ELK laid out on its own; widened for its header, it keeps its content centred. */
function laidOutDepartmentShape(
  group: string,
  laidOut: ElkNode,
  width: number,
  height: number,
  tree: ElkTree,
  placement: Placement,
): Shape {
  const children = laidOut.children ?? [];
  let shift = 0;
  if (children.length) {
    const left = Math.min(...children.map((c) => c.x ?? 0));
    const right = Math.max(...children.map((c) => (c.x ?? 0) + (c.width ?? 0)));
    shift = (width - (right - left)) / 2 - left;
    if (Math.abs(shift) < 0.5) shift = 0;
  }
  return {
    width,
    height,
    place: (x, y, later) => {
      placement.groups.set(group, { x, y, width, height });
      placeChildren(laidOut, x, y, shift, later, tree);
    },
  };
}
