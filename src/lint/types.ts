/**
 * What a rule is: one module per rule (ESLint-style), with its id, default
 * severity, documentation, options and a check over the resolved model.
 */
import type { z } from 'zod';
import type { PathSegment } from '../load/positions.js';
import type { RawFinding, Severity } from '../load/types.js';
import type { Entity, OrgModel } from '../model/types.js';

export interface ReportInput {
  /** The entity the finding is about (its id becomes `entity`). */
  entity: Entity;
  message: string;
  /**
   * Where, relative to the entity's YAML node: the offending value, e.g.
   * ['reports_to'] or ['steps', 2, 'next', 0]. Default ['id'] (for findings
   * with no single value).
   */
  path?: PathSegment[];
  /** Point at the key of the last path segment rather than its value. */
  key?: boolean;
}

export interface RuleContext<Options = Record<string, unknown>> {
  model: OrgModel;
  /** The rule's options: its defaults merged with Organization.rules. */
  options: Options;
  report(input: ReportInput): void;
  /** Report a finding already located (used by rules whose findings come from loading). */
  reportRaw(finding: RawFinding): void;
}

export interface Rule<Options = Record<string, unknown>> {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports (SARIF shortDescription, README table). */
  description: string;
  /** Why it matters and how to fix it (SARIF fullDescription / help). */
  docs: string;
  /** zod schema of the options (with defaults); absent = no options. */
  options?: z.ZodType<Options>;
  check(ctx: RuleContext<Options>): void;
}

/** Identity helper that keeps option types checked in each rule module. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Entities that may be the subject of rules (no schema error of their own). */
export function subjects<T extends Entity>(items: Iterable<T>): T[] {
  const out: T[] = [];
  for (const e of items) if (!e.invalid) out.push(e);
  return out;
}
