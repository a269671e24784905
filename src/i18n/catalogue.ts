/**
 * The shape of a language's catalogue: every word orgctl itself prints, per
 * area (handbook, chart, diff, stats, validate's stylish summary). Each locale
 * is one object of this type in src/i18n/<locale>.ts, and `CATALOGUES` is a
 * `Record<Locale, Catalogue>`: a locale without a catalogue, or a catalogue
 * without a message, does not compile.
 *
 * Messages that carry a count are functions of it: English needs a plural
 * form (`plural` in core/text/plural.ts), Chinese does not. User content
 * (names, titles, ids, free text) is never translated: it is passed in,
 * already escaped for the output format.
 */
import type { Locale } from '../core/locale.js';
import type { EntityKindName as ChangeKind, Kpi, KpiUnit } from '../model/types.js';

export type RaciLetter = 'R' | 'A' | 'C' | 'I';
export type SlaUnit = 'm' | 'h' | 'd' | 'w';
export type Severity = 'error' | 'warning';

export interface Catalogue {
  locale: Locale;
  docs: DocsWords;
  chart: ChartWords;
  interactive: InteractiveWords;
  diff: DiffWords;
  stats: StatsWords;
  stylish: StylishWords;
}

/** The handbook's headings, labels and notices. */
export interface DocsWords {
  lang: Locale;
  /** Between items of an inline list ("A, B" / "A、B"). */
  listSep: string;
  /** After a label ("Head: x" / "负责人:x"). */
  colon: string;
  /** Shown where a value is absent. */
  none: string;
  /** An aside after a name: " (x)" / "(x)". */
  parenthesised: (text: string) => string;

  handbook: string;
  generatedNote: string;
  contents: string;
  overview: string;
  summary: string;
  orgChart: string;
  orgChartSvgAlt: string;
  orgChartTooLarge: (roles: number, departments: number) => string;
  orgChartDepartmentLevel: string;
  departmentTree: string;
  departmentsOutsideTree: string;
  headcountTable: string;
  /** Under the head-count table: what its department figures count. */
  headcountIncludesSubs: string;
  /** Effective-dated orgs: the date the handbook shows, and the changes decided for later dates. */
  asOfNote: (date: string) => string;
  plannedChanges: string;
  takesEffect: (date: string) => string;
  changesOn: (date: string) => string;
  endsOn: (date: string) => string;
  /** What a dated entity is, after its name in the planned changes. */
  datedKinds: Readonly<Record<string, string>>;
  noDepartment: string;
  total: string;

  departments: string;
  /** The department a role belongs to (a field label). */
  department: string;
  /** "Department" as a kind of thing (a table cell). */
  departmentKind: string;
  departmentResponsibilities: string;
  parentDepartment: string;
  subDepartments: string;
  head: string;
  headcountBudget: string;
  budgetUse: (seats: number, budget: number) => string;
  workflowsInvolved: string;

  roles: string;
  role: string;
  jobDescriptions: string;
  jobDescription: string;
  roleResponsibilities: string;
  /** 任职资格 section of a job description. */
  qualifications: string;
  /** 能力模型 section: heading and the table's columns. */
  competencies: string;
  competency: string;
  competencyLevel: string;
  /** A level 1–5 as a reader says it: "4 — 精通". */
  competencyLevelName(level: number): string;
  reportsTo: string;
  topRole: string;
  directReports: string;
  dottedLines: string;
  dottedLineTo: string;
  dottedLineFrom: string;
  staffing: string;
  seats: string;
  holders: string;
  /** The head-count tables' column of people named in `holders` (stats' holders). */
  holderCount: string;
  vacancies: string;
  staffingUnknown: string;
  kpisOwned: string;
  headOfKpis: (department: string) => string;
  roleKpis: string;
  participation: string;

  kpis: string;
  kpi: string;
  kpiDictionary: string;
  name: string;
  id: string;
  description: string;
  formula: string;
  unit: string;
  direction: string;
  target: string;
  range: string;
  frequency: string;
  owner: string;
  workflowOwner: string;
  seatsNotRecorded: string;
  carriedBy: string;
  kind: string;
  notCarried: string;
  unitNames: Record<KpiUnit, string>;
  directionNames: Record<NonNullable<Kpi['direction']>, string>;
  frequencyNames: Record<NonNullable<Kpi['frequency']>, string>;

  workflows: string;
  workflow: string;
  trigger: string;
  steps: string;
  step: string;
  stepNumber: string;
  workflowSubtitle: string;
  seatsIncludingSubs: (own: number, all: number) => string;
  responsible: string;
  accountable: string;
  consulted: string;
  informed: string;
  sla: string;
  output: string;
  next: string;
  end: string;
  start: string;
  flowchart: string;
  raciMatrix: string;
  raciLegend: string;
  raciNames: Record<RaciLetter, string>;
  slaDuration: (value: string, unit: SlaUnit) => string;

  /** The overview's project-team section (项目组). */
  teams: string;
  teamsIntro: string;
  teamPurpose: string;
  teamLead: string;
  teamPeriod: string;
  teamSeats: string;
  teamShare: string;
  /** Seats lent and what they make in full-time equivalents: "3 (2.5 FTE)". */
  teamSize: (seats: number, fte: number) => string;
  /** A role page's line naming the teams it lends seats to. */
  roleTeams: string;

  /** After an id that names nothing (the findings list says why). */
  unknownSuffix: string;
  findingsTitle: string;
  notice: (errors: number, warnings: number) => string;
  moreFindings: (n: number) => string;
  severityNames: Record<'error' | 'warning', string>;
}

/** The few words a chart shows. */
export interface ChartWords {
  chartTitle(org: string): string;
  departmentChartTitle(org: string): string;
  roles(n: number): string;
  departments(n: number): string;
  seats(n: number): string;
  vacant: string;
  vacantN(n: number): string;
  unfunded: string;
  moreNames(n: number): string;
  head: string;
  holders: string;
  qualifications: string;
  competencies: string;
  reportsOf(title: string): string;
  /** A project team's view: its lead, a member's share of time, its dates. */
  teamLead: string;
  teamShare(percent: number): string;
  teamPeriod(start: string | undefined, end: string | undefined): string;
  depth(n: number): string;
  more(n: number, what: 'roles' | 'departments', seats: number): string;
  dottedTo(role: string, manager: string): string;
  reportsTo(role: string, manager: string): string;
  partOf(child: string, parent: string): string;
  legendSolid: string;
  legendDotted: string;
  legendSeats: string;
  legendMore: string;
  listSeparator: string;
}

/** The interactive chart's controls and details panel (`chart --format html`, `serve`): plain strings, embedded as data. */
export interface InteractiveWords {
  search: string;
  noMatches: string;
  fit: string;
  zoomIn: string;
  zoomOut: string;
  expandAll: string;
  collapse: string;
  expand: string;
  close: string;
  department: string;
  seats: string;
  holders: string;
  vacancies: string;
  head: string;
  reportsTo: string;
  reports: string;
  responsibilities: string;
  kpis: string;
  target: string;
  dottedTo: string;
  dottedFrom: string;
  copyLink: string;
  hidden: string;
  keys: string;
  findings: string;
  lastGood: string;
  updated: string;
  handbook: string;
}

/** How an entity fared in a diff, as the SVG badges and the Markdown list say it. */
export type ChangeStatus = 'added' | 'removed' | 'moved' | 'changed';

/** Every YAML field the diff compares (src/diff/fields.ts), named for a reader. */
export const DIFF_FIELDS = [
  'name',
  'description',
  'locale',
  'top',
  'rules',
  'diff_policy',
  'parent',
  'head',
  'headcount_budget',
  'responsibilities',
  'qualifications',
  'competencies',
  'kpis',
  'title',
  'department',
  'reports_to',
  'dotted_line',
  'headcount',
  'holders',
  'formula',
  'unit',
  'direction',
  'target',
  'range',
  'frequency',
  'owner',
  'trigger',
  'role',
  'accountable',
  'consulted',
  'informed',
  'sla',
  'output',
  'next',
  'purpose',
  'lead',
  'start',
  'end',
  'members',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

/** The figures compared before → after (src/diff/summaryRows.ts). */
export type SummaryRowKey = 'roles' | 'seats' | 'holders' | 'vacancies' | 'layers' | 'maxSpan' | 'errors' | 'warnings';

/**
 * The diff's words (text, Markdown, SVG legend). Arguments named `name`,
 * `ref`, `subject`… are already written in the output's style (escaped,
 * code spans); the catalogue only places them.
 */
export interface DiffWords {
  /** How the two sides are named when the caller does not say. */
  sides: { before: string; after: string };
  /** An entity's kind before its name: "role 客服主管". */
  kinds: Record<ChangeKind, string>;
  /** Text section headings, one per kind. */
  sections: Record<ChangeKind, string>;
  status: Record<ChangeStatus, string>;
  fields: Record<DiffField, string>;
  severity: Record<Severity, string>;
  summaryRows: Record<SummaryRowKey, string>;
  /** Between items of an inline list. */
  listSep: string;
  /** "field: change". */
  fieldChange(field: string, text: string): string;
  /** An aside after a phrase: " (x)" / "(x)". */
  parenthesised(text: string): string;
  /** An empty reference ("(none)"). */
  none: string;
  /** Holders not listed. */
  unknown: string;
  /** A KPI target left at the KPI's own. */
  defaultTarget: string;

  // Phrases of describe.ts
  kpiTarget(target: string): string;
  kpiRetarget(kpi: string, before: string, after: string): string;
  stepField(step: string, field: string): string;
  stepAdded(step: string, role: string | undefined): string;
  stepRemoved(step: string): string;
  firstStep: string;
  holdersListed(n: number): string;
  reordered: string;
  inDepartment(department: string): string;
  reportsTo(manager: string, stillThere: boolean): string;
  seats(n: number): string;
  heldBy(names: string): string;
  vacant: string;
  under(parent: string): string;
  head(role: string): string;
  budget(n: string): string;
  owner(ref: string): string;
  steps(n: number): string;
  teamLead(ref: string): string;
  teamMembers(n: number): string;
  teamPeriod(start: string, end: string): string;
  renamedFrom(id: string): string;
  renamedTo(id: string): string;
  carries(subDepartments: number, roles: number): string;
  team(names: string, more: number): string;
  departmentTransition(from: string, to: string): string;
  teamShare(n: number, whole: boolean, transition: string): string;
  movedWithTeam(subject: string, roles: number, seats: number): string;
  /** The SVG badge of a box renamed with `previously:`: its old id ("was cs-lead"). */
  badgeRenamed(from: string): string;
  /** An entity renamed with `previously:`: "renamed cs-lead → cs-manager". */
  renamed(from: string, to: string): string;
  /** A finding on both sides whose message changed: "changed (seats 11 → 9)". */
  findingChanged(detail: string): string;

  // The People section (every format)
  people: string;
  /** A holder now in another role: "胡军: 仓库主管 → 仓储物流副经理". */
  personMoved(person: string, from: string, to: string): string;
  personJoined(person: string, role: string): string;
  personLeft(person: string, role: string): string;

  // The text format
  noChanges: string;
  summary: string;
  introducedByChange(n: number): string;
  fixedByChange(n: number): string;
  changedByChange(n: number): string;
  noFindings: string;
  toAdd(n: number): string;
  toChange(n: number): string;
  toRemove(n: number): string;
  /** The last line; `add`, `change`, `remove` are toAdd/toChange/toRemove, coloured. */
  plan(add: string, change: string, remove: string, introduced: number, fixed: number): string;

  // The Markdown format
  /** "added role" / "新增岗位", from `status` and `kinds`. */
  statusKind(status: string, kind: string): string;
  theDepartment: string;
  groupOrganization: string;
  groupNoDepartment: string;
  groupKpis: string;
  groupWorkflows: string;
  groupTeams: string;
  headline(added: number, changed: number, removed: number, introduced: number, fixed: number): string;
  headlineNoChanges(introduced: number, fixed: number): string;
  /** The org path is missing from one side (`path` and `revision` quoted and escaped by the format): compared with an empty org. */
  absentSide(side: 'before' | 'after', path: string, revision: string): string;
  findingsIntroduced(n: number): string;
  findingsFixed(n: number): string;
  findingsChanged(n: number): string;
  noFindingsSentence: string;

  // The base's diff_policy (every format)
  /** Heading of the gates the change breaks. */
  policyBroken(n: number): string;
  /** The base has a policy and the change passes every gate. */
  policyPassed: string;
  /** Each gate's finding, worded from its data (src/diff/policy/message.ts). */
  policy: PolicyWords;
  /** The SVG legend's note: how many gates broke, at which level. */
  policyCounts(errors: number, warnings: number): string;
  /** The sticky PR comment's note where detail was left out (`link`: the run's page, when known; already a URL). */
  commentTruncated(lines: number, link: string | undefined): string;
  /** Where `diff --max-bytes` cut the report (the job summary's limit). */
  summaryTruncated(lines: number): string;
  changes: string;
  showAll(n: number): string;
  affectedTree: string;
  diagramLegend: string;
  /** The dotted line's label from a moved role's old manager. */
  diagramWas: string;
  diagramTooBig(boxes: number, max: number): string;
}

/**
 * A broken diff_policy gate in words. Ids, labels and limits come in plain
 * (the format escapes the whole message); `ids` is a few ids already listed
 * by `someIds`.
 */
export interface PolicyWords {
  /** "'a', 'b', 'c' and 4 more": a few ids named, the rest counted. */
  someIds(ids: readonly string[], more: number): string;
  rolesRemoved(a: { removed: number; ids: string; share?: { percent: string; whole: number }; limit: string }): string;
  seatsRemoved(a: { removed: number; percent: string; whole: number; ids: string; limit: string }): string;
  departmentGrowth(a: { department: string; from: number; to: number; limit: string }): string;
  /** One change to a protected entity: "role 'cs-trainer' removed"; `change` is added, removed or the field changed. */
  protectedItem(kind: ChangeKind, id: string, change: string): string;
  protectedChange(a: { kind: 'department' | 'role'; id: string; items: string; more: number; labels: readonly string[] }): string;
}

/** `orgctl stats --format text`. */
export interface StatsWords {
  columns: {
    department: string;
    roles: string;
    seats: string;
    holders: string;
    vacant: string;
    unknown: string;
    layers: string;
    minSpan: string;
    median: string;
    maxSpan: string;
    budget: string;
  };
  overBudget(budget: number, over: number): string;
  total(departments: number): string;
  /** `limit` null: the span-of-control rule is off, so there is none. */
  span(limit: number | null, managers: number, min: number, median: string, max: number): string;
  noSpan(limit: number | null): string;
  overLimit(n: number): string;
  spanSeats(n: number): string;
  footnote: string;
  /** The project teams' table. */
  teams(n: number): string;
  teamColumns: { team: string; lead: string; members: string; seats: string; fte: string; departments: string; period: string };
}

/** validate's stylish format: the severities and the summary line. */
export interface StylishWords {
  severity: Record<Severity, string>;
  counts(c: { roles: number; seats: number; departments: number; kpis: number; workflows: number; files: number }): string;
  noProblems(counts: string): string;
  /** `--quiet` hid warnings: never "no problems" then. */
  noErrors(hiddenWarnings: number, counts: string): string;
  /** Appended to the problems line when `--quiet` hid warnings. */
  hidden(hiddenWarnings: number): string;
  problems(total: number, errors: number, warnings: number): string;
}
