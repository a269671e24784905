/**
 * A workflow's steps as a graph: THE reading of `next`, shared by the
 * workflow rules, the handbook (steps table, flowchart) and the diff (README, The format: Workflow):
 * - nodes are positions in `workflow.steps`; a `next` id resolves to the first
 *   step with that id (a later duplicate is workflow-step-unknown's finding);
 * - without `next`, a step goes on to the following step in the list;
 * - `next: []`, the last step without `next`, and a `next` naming no step
 *   (workflow-step-unknown's finding, not a second one) are ends.
 * Everything here is linear in steps + edges, and iterative (no recursion
 * depth limit on long workflows).
 */
import type { Step, Workflow } from '../../../model/types.js';

/** A step a step leads to: the id as written (or the following step's), and its position when it names a step. */
export interface Successor {
  id: string;
  at: number | undefined;
}

export interface StepGraph {
  /** What each step leads to, in the order written (positions in `workflow.steps`). */
  successors: Successor[][];
  /** Successors of each step that name a step (positions in `workflow.steps`). */
  next: number[][];
  /** The workflow may finish at this step. */
  isEnd: boolean[];
  /** Position of the first step with each id. */
  firstIndex: Map<string, number>;
  /** Position of each step. */
  positionOf: Map<Step, number>;
}

const graphs = new WeakMap<Workflow, StepGraph>();

/** The graph of a workflow, worked out once per workflow. */
export function stepGraph(wf: Workflow): StepGraph {
  const memo = graphs.get(wf);
  if (memo) return memo;
  const firstIndex = new Map<string, number>();
  const positionOf = new Map<Step, number>();
  wf.steps.forEach((s, i) => {
    if (!firstIndex.has(s.id)) firstIndex.set(s.id, i);
    positionOf.set(s, i);
  });
  const successors = wf.steps.map((s, i): Successor[] => {
    if (s.next !== undefined) return s.next.map((id) => ({ id, at: firstIndex.get(id) }));
    const following = wf.steps[i + 1];
    return following ? [{ id: following.id, at: i + 1 }] : [];
  });
  const next = successors.map((list) => list.flatMap(({ at }) => (at === undefined ? [] : [at])));
  const isEnd = successors.map((list) => list.length === 0 || list.some(({ at }) => at === undefined));
  const graph = { successors, next, isEnd, firstIndex, positionOf };
  graphs.set(wf, graph);
  return graph;
}

/** Steps reachable from the first step. */
export function reachableFromEntry(g: StepGraph): boolean[] {
  const seen = g.next.map(() => false);
  if (!seen.length) return seen;
  const stack = [0];
  seen[0] = true;
  while (stack.length) {
    for (const j of g.next[stack.pop()!]!) {
      if (seen[j]) continue;
      seen[j] = true;
      stack.push(j);
    }
  }
  return seen;
}

/** Steps from which some end can be reached (reverse reachability from the ends). */
export function canFinish(g: StepGraph): boolean[] {
  const prev: number[][] = g.next.map(() => []);
  g.next.forEach((succ, i) => {
    for (const j of succ) prev[j]!.push(i);
  });
  const ok = g.isEnd.slice();
  const stack: number[] = [];
  ok.forEach((end, i) => {
    if (end) stack.push(i);
  });
  while (stack.length) {
    for (const i of prev[stack.pop()!]!) {
      if (ok[i]) continue;
      ok[i] = true;
      stack.push(i);
    }
  }
  return ok;
}

/**
 * The traps: loops with no way out. Among the steps that cannot finish, every
 * one leads into a strongly connected component that nothing leaves; those
 * components are returned (members in list order, components ordered by their
 * first member). Fixing them fixes the steps that merely lead into them.
 */
export function traps(g: StepGraph, finishes: boolean[]): number[][] {
  const n = g.next.length;
  const comp = new Int32Array(n).fill(-1);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  // Tarjan's algorithm with an explicit call stack of [step, next edge to look at].
  for (let root = 0; root < n; root++) {
    if (finishes[root] || order[root] !== -1) continue;
    const calls: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (calls.length) {
      const frame = calls[calls.length - 1]!;
      const v = frame[0];
      const succ = g.next[v]!;
      if (frame[1] < succ.length) {
        const w = succ[frame[1]++]!;
        // Successors of a step that cannot finish cannot finish either: no filter needed.
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          calls.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      calls.pop();
      if (calls.length) {
        const parent = calls[calls.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === order[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = components.length;
          members.push(w);
        } while (w !== v);
        components.push(members);
      }
    }
  }

  const out: number[][] = [];
  components.forEach((members, c) => {
    const closed = members.every((v) => g.next[v]!.every((w) => comp[w] === c));
    if (closed) out.push(members.sort((a, b) => a - b));
  });
  return out.sort((a, b) => a[0]! - b[0]!);
}
