/**
 * The resolved org: typed entities with where they came from, and the indices
 * the rules and renderers share. This is what chart, docs, diff and stats
 * consume; nothing downstream reads YAML.
 */
import type { NodeRef } from '../load/positions.js';
import type { RawFinding, SourceFile } from '../load/types.js';
import type { Kind, RuleSettingDoc } from './schema.js';
import type { Locale } from '../core/locale.js';
import type { DiffPolicy } from './diffPolicy.js';

export interface EntityBase {
  kind: Kind;
  id: string;
  description?: string;
  /** Former ids (`previously:`), in NFC; empty when none. */
  previously: string[];
  /** The file and YAML node the entity was read from (for positions; looked up when asked: load/positions.ts). */
  source: SourceFile;
  node: NodeRef;
  /** The mapping as written (`x-` keys kept), for exporters that carry `x-` keys along (holders' `x-employee-id`). */
  written: Record<string, unknown>;
  /**
   * The entity's document had a schema error: it still exists (references to
   * it resolve) but is not itself the subject of other rules.
   */
  invalid: boolean;
  /** `x-` keys, kept and ignored. */
  extensions: Record<string, unknown>;
  /** When the entity is in effect (`effective_from` inclusive, `effective_until` exclusive); absent: always. */
  effective?: { from?: string; until?: string };
}

export interface KpiAssignment {
  id: string;
  target?: number;
  /** Index in the owner's `kpis` list (for positions). */
  index: number;
}

export interface Holder {
  name: string;
  email?: string;
}

export interface Organization extends EntityBase {
  kind: 'Organization';
  name: string;
  locale: Locale;
  top?: string;
  /** Keyed by rule name as written; an object without prototype (read it with Object.hasOwn). */
  rules: Record<string, RuleSettingDoc>;
  /** The gates `orgctl diff` holds a change to (src/model/diffPolicy.ts); undefined when none is set or it is invalid. */
  diffPolicy?: DiffPolicy;
}

export interface Department extends EntityBase {
  kind: 'Department';
  name: string;
  parent?: string;
  head?: string;
  headcountBudget?: number;
  responsibilities: string[];
  kpis: KpiAssignment[];
  /** Place among sibling departments (lower first); undefined = after those with one. */
  order?: number;
}

export interface Role extends EntityBase {
  kind: 'Role';
  title: string;
  department?: string;
  /** Declared under a Department's `roles:`. */
  inline: boolean;
  reportsTo?: string;
  dottedLine: string[];
  /** Seats; default 1. */
  headcount: number;
  /** People in the seats; undefined = staffing unknown. */
  holders?: Holder[];
  /** Its holders may hold other roles too, as intended (兼任). */
  concurrent: boolean;
  /** Holders of this role meant to hold other roles too, by name. */
  concurrentHolders: string[];
  responsibilities: string[];
  /** 任职资格, as written. */
  qualifications: string[];
  /** 能力模型, in the order written. */
  competencies: Competency[];
  kpis: KpiAssignment[];
  /** Place among sibling roles (lower first); undefined = after those with one. */
  order?: number;
}

export interface Competency {
  name: string;
  /** Proficiency 1–5 (COMPETENCY_LEVELS), when given. */
  level?: number;
  description?: string;
}

export type KpiUnit = 'percent' | 'ratio' | 'count' | 'currency' | 'duration' | 'score';

export interface Kpi extends EntityBase {
  kind: 'KPI';
  name: string;
  formula?: string;
  unit?: KpiUnit;
  direction?: 'lower_is_better' | 'higher_is_better';
  target?: number;
  range?: [number, number];
  frequency?: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
  owner?: string;
}

export interface Step {
  id: string;
  /** Defaults to the id. */
  name: string;
  description?: string;
  role: string;
  /** Defaults to `role`. */
  accountable: string;
  /** `accountable` was written explicitly. */
  accountableGiven: boolean;
  consulted: string[];
  informed: string[];
  sla?: string;
  output?: string;
  /** Explicit `next`, or undefined for "the next step in the list". */
  next?: string[];
  /** Index in the workflow's `steps` (for positions). */
  index: number;
}

export interface Workflow extends EntityBase {
  kind: 'Workflow';
  name: string;
  owner?: string;
  trigger?: string;
  steps: Step[];
}

export interface TeamMember {
  role: string;
  /** Whole seats lent, as written (default 1). */
  seats?: number;
  /** Percent of each lent seat's time, as written (default 100). */
  share?: number;
  /** Index in the team's `members` (for positions). */
  index: number;
}

export interface Team extends EntityBase {
  kind: 'Team';
  name: string;
  purpose?: string;
  lead?: string;
  members: TeamMember[];
  /** `YYYY-MM-DD`, as written. */
  start?: string;
  end?: string;
}

export type Entity = Organization | Department | Role | Kpi | Workflow | Team;

/** The kinds as the diff and the messages name them, in lower case. */
export type EntityKindName = 'organization' | 'department' | 'role' | 'kpi' | 'workflow' | 'team';

/** Where an id that could not be checked may be defined. */
export interface UncheckedId {
  file: SourceFile;
  /** Offset of the document in its file. */
  offset: number;
  /** The document does not parse (else: it parsed but has no usable kind). */
  unparsed: boolean;
}

export interface OrgModel {
  files: SourceFile[];
  /** The Organization used (the first one, if several). */
  organization?: Organization;
  organizations: Organization[];
  /** First entity of each id, by kind, in path order. */
  departments: Map<string, Department>;
  roles: Map<string, Role>;
  kpis: Map<string, Kpi>;
  workflows: Map<string, Workflow>;
  teams: Map<string, Team>;
  /** First entity of each id, any kind. */
  byId: Map<string, Entity>;
  /** Later copies of an id (not in the maps above). */
  duplicates: Entity[];
  /** Findings made while building the model: schema, duplicate-id, missing-organization. */
  buildFindings: RawFinding[];
  /**
   * Ids that no entity has but that a document which does not parse, or whose
   * kind is unknown, may define: references to them cannot be checked, so
   * they are not reported as unknown (see the `unchecked-references` rule).
   */
  unchecked: Map<string, UncheckedId>;
  /** Derived structure (see hierarchy.ts). */
  hierarchy: Hierarchy;
  /**
   * Present when some entity is effective-dated: the date the model shows the org at, and the versions not
   * in effect then (by id), which references name ("it takes effect on 2027-01-01") instead of "unknown".
   */
  dating?: Dating;
  /** The date given with `--as-of` (rules that compare with the calendar, such as team-expired, use it as today). */
  asOf?: string;
}

export interface Dating {
  asOf: string;
  notInEffect: Map<string, Entity[]>;
}

export interface Hierarchy {
  /** Direct solid-line reports of each role id, in sibling order (`order`, then model order). */
  reports: Map<string, Role[]>;
  /** The role a role reports to, when that resolves (the top's own reports_to is ignored). */
  manager: Map<string, Role>;
  /** Roles whose reports_to names no role, in model order (the top's own reports_to is not looked at). */
  dangling: Role[];
  /** Roles of each department id, in sibling order (`order`, then model order). */
  departmentRoles: Map<string, Role[]>;
  /** Sub-departments of each department id, in sibling order (see buildHierarchy). */
  subDepartments: Map<string, Department[]>;
  /** Departments with no (resolvable) parent, in sibling order (see buildHierarchy). */
  topDepartments: Department[];
  /** The top role(s): Organization.top, else the roots; several when multiple-roots. */
  tops: Role[];
  /** Roles without reports_to (excluding invalid ones). */
  roots: Role[];
  /** Levels below the top (top = 0), for roles reachable from a top. */
  depth: Map<string, number>;
}
