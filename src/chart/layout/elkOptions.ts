/**
 * The ELK options every chart layout runs with (place.ts), and the small layout the layout thread runs
 * with them while it waits for the first real one (elkThread.ts). A module of its own with nothing
 * but geometry's constants below it: bin/orgctl.js loads elkThread.ts before the CLI.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { SPACING } from './geometry.js';

/** Options every level shares (passed once, not per node). */
export const SHARED_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': String(SPACING.node),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(SPACING.layer),
  'elk.spacing.componentComponent': String(SPACING.node),
  // Keep siblings in the order of the YAML (readers look for them there; and it is deterministic).
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Managers centred over their reports.
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  // Unconnected pieces (sub-departments whose heads report outside, several roots) side by side in
  // model order: packed as separate components they may be stacked, which reads as reporting.
  'elk.separateConnectedComponents': 'false',
};

/**
 * What a department typically is by the time ELK sees it (place.ts): a head above a stack of its
 * reports and a sub-department block. ELK's first layout in a process costs several times a later one
 * (its option registry is filled and its code runs cold); run on this while the main thread still
 * reads the org, that cost is off the critical path. Measured at 1k roles on a loaded 2-core machine:
 * the main thread's wait for ELK, median of 5, 474 → 164 ms. ELK starts every layout afresh (its
 * random seed included), so the real layouts, and the chart, are the same bytes.
 */
export const WARM_UP_GRAPH: ElkNode = {
  id: 'warm-up',
  layoutOptions: { 'elk.padding': '[top=42,left=14,bottom=14,right=14]' },
  children: [
    { id: 'department', width: 300, height: 200 },
    { id: 'head', width: 196, height: 55 },
    { id: 'stack', width: 214, height: 113 },
  ],
  edges: [
    { id: 'to-stack', sources: ['head'], targets: ['stack'] },
    { id: 'to-department', sources: ['head'], targets: ['department'] },
  ],
};
