/**
 * The fixed shapes of departments (layoutChart.ts says why they are fixed):
 *
 * - columns: blocks hung off spines instead of a row too wide for a wall,
 *   in as many columns as keep the block near 2:1 (departments under one
 *   manager, and the wide rows of sub-trees in a role tree);
 * - a fixed department: a department box around a single shape (or nothing).
 */
import type { GroupHeader } from '../draw/boxes.js';
import { SPACING, type Placement, type Shape } from './geometry.js';

/**
 * Blocks hung off spines in balanced columns, in their order (left column
 * first): as many columns as fit in a row's width, or more when that would
 * make the block taller than wide. `hang` learns each block's top and its
 * column's spine, for the line into it.
 */
export function columnsShape(members: Array<{ shape: Shape; hang: (spine: number, top: number) => void }>): Shape {
  const widest = Math.max(...members.map((m) => m.shape.width));
  const total = members.reduce((h, m) => h + m.shape.height + SPACING.departmentStackGap, 0);
  const columnWidth = SPACING.stackIndent + widest + SPACING.stackColumnGap;
  // k columns of big blocks are about k × columnWidth wide and total / k tall.
  const fitting = Math.floor((SPACING.maxRowWidth + SPACING.stackColumnGap) / columnWidth);
  const balanced = Math.round(Math.sqrt((SPACING.stackAspect * total) / columnWidth));
  const columnCount = Math.max(1, Math.min(members.length, Math.max(fitting, balanced)));
  const columns: Array<typeof members> = [[]];
  let filled = 0;
  for (const m of members) {
    const col = columns[columns.length - 1]!;
    // Start the next column once this one has its share of the height (keeping the order).
    if (col.length && columns.length < columnCount && filled + m.shape.height / 2 > (total / columnCount) * columns.length)
      columns.push([]);
    columns[columns.length - 1]!.push(m);
    filled += m.shape.height + SPACING.departmentStackGap;
  }
  const widths = columns.map((col) => Math.max(...col.map((m) => m.shape.width)));
  const heights = columns.map((col) => col.reduce((h, m) => h + m.shape.height + SPACING.departmentStackGap, -SPACING.departmentStackGap));
  return {
    width: widths.reduce((w, cw) => w + SPACING.stackIndent + cw + SPACING.stackColumnGap, -SPACING.stackColumnGap),
    height: Math.max(...heights),
    place: (x0, y0, later) => {
      let x = x0;
      columns.forEach((col, i) => {
        let y = y0;
        for (const m of col) {
          later(m.shape, x + SPACING.stackIndent, y);
          m.hang(x + SPACING.stackIndent / 2, y);
          y += m.shape.height + SPACING.departmentStackGap;
        }
        x += SPACING.stackIndent + widths[i]! + SPACING.stackColumnGap;
      });
    },
  };
}

/** Departments hung off spines in balanced columns; the line enters each level with its name. */
export function departmentColumnShape(
  members: Array<{ group: string; shape: Shape }>,
  headers: Map<string, GroupHeader>,
  placement: Placement,
): Shape {
  return columnsShape(
    members.map((m) => ({
      shape: m.shape,
      hang: (spine: number, top: number) => placement.stackedGroups.set(m.group, { spine, entryY: top + headers.get(m.group)!.height / 2 }),
    })),
  );
}

/** A department box around one shape (or empty): header band, padding, the shape centred. */
export function fixedDepartmentShape(group: string, header: GroupHeader, inner: Shape | undefined, placement: Placement): Shape {
  const padTop = header.height + SPACING.groupHeaderGap;
  const width = Math.max(header.minWidth, (inner?.width ?? 0) + 2 * SPACING.groupPadX);
  const height = padTop + (inner ? inner.height + SPACING.groupPadBottom : SPACING.groupPadBottom);
  return {
    width,
    height,
    place: (x, y, later) => {
      placement.groups.set(group, { x, y, width, height });
      if (inner) later(inner, x + (width - inner.width) / 2, y + padTop);
    },
  };
}
