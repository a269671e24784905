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
import { idHint } from './suggestId.js';

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
 * Strongly connected components (Tarjan's algorithm, iterative) of the steps `include` admits, which must
 * be closed under `next` (every successor of an admitted step is admitted). Components come out in the
 * order Tarjan closes them; `comp` gives each admitted step its component, -1 for the others.
 */
function strongComponents(next: number[][], include: (v: number) => boolean): { comp: Int32Array; components: number[][] } {
  const n = next.length;
  const comp = new Int32Array(n).fill(-1);
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  // An explicit call stack of [step, next edge to look at]: no recursion depth limit.
  for (let root = 0; root < n; root++) {
    if (!include(root) || order[root] !== -1) continue;
    const calls: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (calls.length) {
      const frame = calls[calls.length - 1]!;
      const v = frame[0];
      const succ = next[v]!;
      if (frame[1] < succ.length) {
        const w = succ[frame[1]++]!;
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
  return { comp, components };
}

/**
 * The traps: loops with no way out. Among the steps that cannot finish, every
 * one leads into a strongly connected component that nothing leaves; those
 * components are returned (members in list order, components ordered by their
 * first member). Fixing them fixes the steps that merely lead into them.
 */
export function traps(g: StepGraph, finishes: boolean[]): number[][] {
  // Successors of a step that cannot finish cannot finish either: the steps admitted are closed under next.
  const { comp, components } = strongComponents(g.next, (v) => !finishes[v]);
  const out: number[][] = [];
  components.forEach((members, c) => {
    const closed = members.every((v) => g.next[v]!.every((w) => comp[w] === c));
    if (closed) out.push(members.sort((a, b) => a - b));
  });
  return out.sort((a, b) => a[0]! - b[0]!);
}

/**
 * The graph with each `next` that names no step followed to the one step it was surely meant to name
 * (the did-you-mean `--fix` would apply): `next: [审合]` leaves 审核 unreached only through that typo,
 * which is workflow-step-unknown's finding. One mistake, one finding: workflow-unreachable-step does not
 * report the step again.
 */
export function withTyposFollowed(g: StepGraph): StepGraph {
  if (!g.successors.some((list) => list.some(({ at }) => at === undefined))) return g;
  const next = g.successors.map((list, i) => {
    const extra = list.flatMap(({ id, at }) => {
      if (at !== undefined) return [];
      const hint = idHint(id, g.firstIndex);
      const meant = hint.replaceWith.safe && hint.replaceWith.ids.length === 1 ? g.firstIndex.get(hint.replaceWith.ids[0]!) : undefined;
      return meant === undefined ? [] : [meant];
    });
    return extra.length ? [...g.next[i]!, ...extra] : g.next[i]!;
  });
  return { ...g, next };
}

/** A loop's way out: step `from` of the loop going on to `to`, the step that follows it in the list. */
export interface LoopExit {
  from: number;
  to: number;
}

export interface LoopsAndReach {
  /** The loops with no way out, as `traps` gives them. */
  traps: number[][];
  /** For each trap, the way out workflow-no-end's finding proposes, if the list suggests one. */
  exits: (LoopExit | undefined)[];
  /** For each trap, the steps (list order) that only its way out reaches: unreachable because of the loop. */
  cutOff: number[][];
  /** Steps the first step reaches once misspelt next are followed and every trap takes its way out. */
  reached: boolean[];
}

const analyses = new WeakMap<StepGraph, LoopsAndReach>();

/**
 * Which steps are unreachable because of a loop with no way out, and which are unreachable in their own
 * right. One mistake, one finding: a loop such as `审核: next: [提交]` followed in the list by 付款 is one
 * mistake, 审核's next should also lead on to 付款. That missing way out is what workflow-no-end reports,
 * and its finding names the steps it cuts off and the way out to add; workflow-unreachable-step then reports
 * only the steps that stay unreachable once that fix is made (nothing leads to them even after the loop).
 *
 * The way out a trap is given is the step that follows one of its members in the list, the member having a
 * `next` that skips it (a member without `next` goes on to the following step, which is then in the trap).
 * It is the first such member's, in list order, whose following step does not lead back into the trap, even
 * through other traps' ways out: a step that does is no way out (the workflow would still never end), so what
 * it leaves unreachable is reported as unreachable. Linear in steps + edges.
 */
export function loopsAndReach(g: StepGraph): LoopsAndReach {
  const memo = analyses.get(g);
  if (memo) return memo;
  const f = withTyposFollowed(g);
  const found = traps(g, canFinish(g));
  const result = found.length ? withWaysOut(f, found) : { traps: found, exits: [], cutOff: [], reached: reachableFromEntry(f) };
  analyses.set(g, result);
  return result;
}

function withWaysOut(f: StepGraph, found: number[][]): LoopsAndReach {
  const n = f.next.length;
  const trapOf = new Int32Array(n).fill(-1);
  found.forEach((members, t) => {
    for (const v of members) trapOf[v] = t;
  });
  const leavesTrap = (v: number) => v + 1 < n && trapOf[v + 1] !== trapOf[v];

  // A candidate way out that leads back into its trap shares a component with it once every candidate is added.
  const withCandidates = f.next.map((succ, v) => (trapOf[v] !== -1 && leavesTrap(v) ? [...succ, v + 1] : succ));
  const { comp } = strongComponents(withCandidates, () => true);
  const exits = found.map((members): LoopExit | undefined => {
    const from = members.find((v) => leavesTrap(v) && comp[v] !== comp[v + 1]);
    return from === undefined ? undefined : { from, to: from + 1 };
  });
  const exitFrom = new Int32Array(n).fill(-1);
  exits.forEach((e) => {
    if (e) exitFrom[e.from] = e.to;
  });

  // Reach from the first step without the ways out, then take them: a step first reached through a trap's way
  // out is cut off by that trap, and the steps it leads to as well (unless through another trap's way out).
  const reached = reachableFromEntry(f);
  const owner = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  const take = (w: number, t: number) => {
    if (reached[w]) return;
    reached[w] = true;
    owner[w] = t;
    queue.push(w);
  };
  exits.forEach((e, t) => {
    if (e && reached[e.from]) take(e.to, t);
  });
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of f.next[v]!) take(w, owner[v]!);
    if (exitFrom[v] !== -1) take(exitFrom[v]!, trapOf[v]!);
  }
  const cutOff = found.map((): number[] => []);
  owner.forEach((t, v) => {
    if (t !== -1) cutOff[t]!.push(v);
  });
  return { traps: found, exits, cutOff, reached };
}
