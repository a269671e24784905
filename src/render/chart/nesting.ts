/**
 * The containment tree of a chart as the text writers (Mermaid, DOT) walk it:
 * each box's line under its department, each department under its parent.
 */
import type { ChartBox, ChartGraph, ChartGroup } from './types.js';
import { pushTo } from '../../util/multimap.js';

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
