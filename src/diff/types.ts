/**
 * The result of a semantic diff. `changes`, `summary` and `findings` are the
 * `diff --format json` contract (stable, for scripts); the rest are extras the human
 * formats use (subtree moves, possible renames, both models for names).
 */
import type { Finding } from '../load/types.js';
import type { EntityKindName, OrgModel } from '../model/types.js';
import type { OrgStats } from '../stats/compute.js';

/** Which kind of entity a change is about (the lower-case kind names of the model). */
export type ChangeKind = EntityKindName;

/** A field value as compared: absent fields are null; sets are sorted arrays. */
export type FieldValue = string | number | boolean | null | FieldValue[] | { [key: string]: FieldValue };

export interface Change {
  kind: ChangeKind;
  id: string;
  /** `added`, `removed`, or the name of the field that changed (as written in YAML, e.g. `reports_to`). */
  change: string;
  /** The field's value before (for `removed`: the entity's fields). */
  before?: FieldValue;
  /** The field's value after (for `added`: the entity's fields). */
  after?: FieldValue;
  /** For fields compared as sets (holders, dotted_line, …): the elements added and removed. */
  added?: string[];
  removed?: string[];
  /** The entity's id before the change, when it was renamed with `previously:` (`change` is then `previously` for the rename itself). */
  previously?: string;
  /** For `steps` changes: the step id, and what about it changed (`added`, `removed`, `entry` or a step field). */
  step?: string;
  field?: string;
}

export interface SideSummary {
  roles: number;
  seats: number;
  holders: number;
  vacancies: number;
  layers: number;
  /** Widest span of control in seats; null when no role has reports. */
  maxSpan: number | null;
  /** All findings (errors and warnings). */
  findings: number;
  errors: number;
  warnings: number;
}

export interface DiffSummary {
  before: SideSummary;
  after: SideSummary;
  /** Entities added, removed, and changed (an entity with several changed fields counts once). */
  added: number;
  removed: number;
  changed: number;
}

export interface FindingsDelta {
  /** Findings of the after side with no match before, as located after. */
  introduced: Finding[];
  /** Findings of the before side with no match after, as located before. */
  fixed: Finding[];
  /** The same finding (same identity) on both sides, whose message changed ("11 → 9 direct reports"). */
  changed: ChangedFinding[];
}

/** One finding present on both sides with a different message. */
export interface ChangedFinding {
  before: Finding;
  after: Finding;
}

/**
 * A manager that moved (new department or new manager) taking its whole team
 * along unchanged: the formats show one move instead of one change per role.
 */
export interface SubtreeMove {
  root: string;
  /** The roles below the root (not the root itself), in id order. */
  members: string[];
  /** Seats of the root and its members. */
  seats: number;
}

/** A removed and an added entity that look like one entity whose id changed (same title/name and place). */
export interface PossibleRename {
  kind: ChangeKind;
  from: string;
  to: string;
}

/**
 * A person (a holder, by name) in other roles after the change: `moved` (roles
 * on both sides), `joined` (none before), `left` (none after). `from` are the
 * roles they left (before-side ids), `to` the roles they took (after-side ids).
 */
export interface PersonChange {
  person: string;
  change: 'moved' | 'joined' | 'left';
  from: string[];
  to: string[];
}

export interface DiffResult {
  changes: Change[];
  summary: DiffSummary;
  findings: FindingsDelta;
  /** Holders who moved, joined or left (part of the JSON contract). */
  people: PersonChange[];
  /** The base side's `diff_policy` gates this change breaks (rule `diff-policy`), each at its gate's level. */
  policy: Finding[];
  /** Extras for the human formats (not part of the JSON output). */
  moves: SubtreeMove[];
  renames: PossibleRename[];
  stats: { before: OrgStats; after: OrgStats };
  models: { before: OrgModel; after: OrgModel };
  /** A side where the org path did not exist, compared as an empty org (a change that adds or removes the whole org). */
  absent?: AbsentSide;
}

/** The side (`before`: the base) at which the org path did not exist, the path, and the revision it was missing from. */
export interface AbsentSide {
  side: 'before' | 'after';
  path: string;
  revision: string;
}
