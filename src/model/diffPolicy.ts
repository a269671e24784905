/**
 * An Organization's `diff_policy`: the gates `orgctl diff` holds a change to
 * (src/diff/policy/). Each gate keeps the YAML path of its entry, so a
 * violation points at the line of the base side that set it.
 */
import type { PathSegment } from '../load/types.js';
import { DiffPolicySchema, type DiffPolicyDoc } from './schema.js';
import { nfc } from './build/check.js';

export type PolicyLevel = 'error' | 'warning';

/** A limit: `max` items, or — `share` — a fraction (0.1 for `10%`) of the base side's figure. */
export interface PolicyLimit {
  max: number;
  share: boolean;
  /** As written (`0`, `10%`), for messages. */
  written: string;
  level: PolicyLevel;
  /** Below the Organization's node: `['diff_policy', 'max_roles_removed']`. */
  path: PathSegment[];
}

export interface ProtectedEntry {
  kind: 'department' | 'role';
  id: string;
  /** Any one of these labels approves a change. */
  labels: string[];
  level: PolicyLevel;
  path: PathSegment[];
}

export interface DiffPolicy {
  rolesRemoved?: PolicyLimit;
  seatsRemoved?: PolicyLimit;
  departmentGrowth?: PolicyLimit;
  protected: ProtectedEntry[];
}

type GateDoc = NonNullable<DiffPolicyDoc['max_roles_removed'] | DiffPolicyDoc['max_department_growth']>;

function limitOf(gate: GateDoc | undefined, key: string): PolicyLimit | undefined {
  if (gate === undefined) return undefined;
  const { value, level } = typeof gate === 'object' ? { value: gate.max, level: gate.level } : { value: gate, level: undefined };
  const share = typeof value === 'string';
  return {
    max: share ? Number(value.slice(0, -1)) / 100 : value,
    share,
    written: String(value),
    level: level ?? 'error',
    path: ['diff_policy', key],
  };
}

/**
 * The policy of an Organization document's `diff_policy` value as written, or
 * undefined when there is none or it is not valid (the schema check reports
 * that as a finding of its own).
 */
export function buildDiffPolicy(raw: unknown): DiffPolicy | undefined {
  if (raw === undefined) return undefined;
  const parsed = DiffPolicySchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const doc = parsed.data;
  return {
    rolesRemoved: limitOf(doc.max_roles_removed, 'max_roles_removed'),
    seatsRemoved: limitOf(doc.max_seats_removed, 'max_seats_removed'),
    departmentGrowth: limitOf(doc.max_department_growth, 'max_department_growth'),
    protected: (doc.protected ?? []).map((entry, i) => ({
      kind: 'department' in entry ? ('department' as const) : ('role' as const),
      id: nfc('department' in entry ? entry.department : entry.role),
      labels: typeof entry.needs_label === 'string' ? [entry.needs_label] : entry.needs_label,
      level: entry.level ?? 'error',
      path: ['diff_policy', 'protected', i],
    })),
  };
}
