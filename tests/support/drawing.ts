/** Drawing pieces for tests that check geometry (the line checker, boxes read back from a page). */
import type { DrawingNode } from '../../src/chart/types.js';

/** A plain role box with no text: only where it is matters to the geometry checks. */
export function roleBox(b: { id: string; x: number; y: number; width: number; height: number }): DrawingNode {
  return {
    ...b,
    kind: 'role',
    label: b.id,
    container: false,
    color: 0,
    lines: [],
    textTop: 0,
    tooltip: [],
    box: undefined,
  };
}
