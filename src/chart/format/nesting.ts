/**
 * The containment tree of a chart as the text writers (Mermaid, DOT) walk it:
 * each box's line under its department, each department under its parent.
 */
import type { ChartBox, ChartGraph, ChartGroup } from '../types.js';
import { pushTo } from '../../core/multimap.js';

export interface Nesting {
  /** Lines of the boxes directly in each group (undefined = outside any department). */
  boxLines: Map<string | undefined, string[]>;
  /** Ids of the sub-groups of each group (undefined = top level). */
  subgroups: Map<string | undefined, string[]>;
  groupById: Map<string, ChartGroup>;
}

export function nestBoxes(graph: ChartGraph, lineFor: (box: ChartBox) => string): Nesting {
  const boxLines = new Map<string | undefined, string[]>();
  for (const b of graph.boxes) pushTo(boxLines, b.group, lineFor(b));
  const subgroups = new Map<string | undefined, string[]>();
  for (const g of graph.groups) pushTo(subgroups, g.parent, g.id);
  return { boxLines, subgroups, groupById: new Map(graph.groups.map((g) => [g.id, g])) };
}

/** Levels of subgraph nesting shown by indentation in the text formats (deeper ones stay at this indent). */
const MAX_INDENT_LEVELS = 12;

/**
 * Write the containment tree depth-first without recursion (departments nest
 * thousands deep): each group's box lines, then each sub-group between its
 * `open` and `close` lines. The indent grows two spaces a level up to
 * MAX_INDENT_LEVELS, so the output stays linear in the chart's size.
 */
export function writeNested(
  nesting: Nesting,
  out: string[],
  open: (group: ChartGroup, indent: string) => string[],
  close: (group: ChartGroup, indent: string) => string[],
): void {
  const indentOf = (level: number) => '  '.repeat(1 + Math.min(level, MAX_INDENT_LEVELS));
  const emitBoxes = (group: string | undefined, level: number) => {
    for (const line of nesting.boxLines.get(group) ?? []) out.push(indentOf(level) + line);
  };
  emitBoxes(undefined, 0);
  // Frames: a group being written, and how many of its sub-groups are done.
  const stack: Array<{ group: string | undefined; next: number; level: number }> = [{ group: undefined, next: 0, level: 0 }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const subs = nesting.subgroups.get(frame.group) ?? [];
    if (frame.next < subs.length) {
      const sub = subs[frame.next++]!;
      const g = nesting.groupById.get(sub)!;
      out.push(...open(g, indentOf(frame.level)));
      emitBoxes(sub, frame.level + 1);
      stack.push({ group: sub, next: 0, level: frame.level + 1 });
      continue;
    }
    stack.pop();
    if (frame.group !== undefined) out.push(...close(nesting.groupById.get(frame.group)!, indentOf(frame.level - 1)));
  }
}
