/**
 * RACI: who is Responsible, Accountable, Consulted and Informed on each step
 * of a workflow — the matrix on a workflow's page, and, turned around, the
 * steps listed in each role's job description. Steps are addressed by their
 * position, since a broken workflow may repeat a step id.
 */
import type { OrgModel, Step, Workflow } from '../model/types.js';
import type { RaciLetter } from '../i18n/index.js';

export const RACI_ORDER: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

/** The letters a role has on one step, in R, A, C, I order (a role may be R and A at once). */
export function raciOfStep(step: Step): Map<string, RaciLetter[]> {
  const out = new Map<string, RaciLetter[]>();
  const add = (role: string, letter: RaciLetter) => {
    const letters = out.get(role) ?? [];
    if (!letters.includes(letter)) letters.push(letter);
    out.set(role, letters);
  };
  add(step.role, 'R');
  add(step.accountable, 'A');
  for (const role of step.consulted) add(role, 'C');
  for (const role of step.informed) add(role, 'I');
  for (const letters of out.values()) letters.sort((a, b) => RACI_ORDER.indexOf(a) - RACI_ORDER.indexOf(b));
  return out;
}

export interface RaciMatrix {
  /** Role ids (known or not) in order of first appearance: step by step, R then A, C, I. */
  roles: string[];
  steps: Step[];
  /** cells[roleIndex][stepIndex]: the role's letters on that step (empty when none). */
  cells: RaciLetter[][][];
}

export function raciMatrix(workflow: Workflow): RaciMatrix {
  const perStep = workflow.steps.map(raciOfStep);
  const roles: string[] = [];
  const seen = new Set<string>();
  for (const step of perStep) {
    for (const role of step.keys()) {
      if (!seen.has(role)) {
        seen.add(role);
        roles.push(role);
      }
    }
  }
  const cells = roles.map((role) => perStep.map((step) => step.get(role) ?? []));
  return { roles, steps: workflow.steps, cells };
}

export interface Participation {
  workflow: Workflow;
  step: Step;
  letters: RaciLetter[];
}

/** Every role's part in every workflow, in workflow then step order (for job descriptions). */
export function participationByRole(model: OrgModel): Map<string, Participation[]> {
  const out = new Map<string, Participation[]>();
  for (const workflow of model.workflows.values()) {
    for (const step of workflow.steps) {
      for (const [role, letters] of raciOfStep(step)) {
        const list = out.get(role) ?? [];
        list.push({ workflow, step, letters });
        out.set(role, list);
      }
    }
  }
  return out;
}
