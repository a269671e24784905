/**
 * The org-as-code format v1, as zod schemas. This file is the single source of
 * truth: the validator checks documents against it and `orgctl schema`
 * generates the JSON Schema (schemas/orgctl.schema.json) from it.
 *
 * Keys starting with `x-` and a leading `$schema` key are allowed everywhere an
 * object is; the loader strips them before validation and the JSON Schema
 * generator adds them back as `patternProperties` (see jsonSchema.ts).
 */
import { z } from 'zod';
import { isIsoDate, whyNoDay } from '../core/date.js';
import { LOCALES } from '../core/locale.js';
import { DATE_PATTERN } from '../core/time/date.js';

/** Letters of any script, digits, `-`, `_`, `.`; starts with a letter or digit. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.-]*$/u;

const d = (description: string) => ({ description });

export const Id = z
  .string()
  .regex(ID_PATTERN, { error: 'not a valid id' })
  .meta(d('An id: letters of any script, digits, `-`, `_`, `.`; starts with a letter or digit. Unique across all kinds in the org.'));

const Description = z.string().meta(d('Free text describing the entity.'));
const StringList = (what: string) => z.array(z.string()).meta(d(what));
const IdList = (what: string) => z.array(Id).meta(d(what));

export const SEVERITY_SETTINGS = ['off', 'warn', 'error'] as const;
/**
 * What users of other linters write for a rule's level: ESLint's 0/1/2,
 * `warning` (the severity's own name), `none`/`disabled`/`false` for off.
 * A value here is only a did-you-mean; the format accepts the three settings alone.
 */
export const SEVERITY_SYNONYMS: Readonly<Record<string, (typeof SEVERITY_SETTINGS)[number]>> = {
  warning: 'warn',
  warnings: 'warn',
  '1': 'warn',
  err: 'error',
  errors: 'error',
  fatal: 'error',
  '2': 'error',
  none: 'off',
  disable: 'off',
  disabled: 'off',
  ignore: 'off',
  false: 'off',
  no: 'off',
  '0': 'off',
};
export const SeveritySetting = z.enum(SEVERITY_SETTINGS).meta(d('`off`, `warn` (warning) or `error`.'));
export const RuleSetting = z
  .union([
    SeveritySetting,
    z.tuple([SeveritySetting]),
    z.tuple([SeveritySetting, z.record(z.string(), z.unknown()).meta(d('Options of the rule.'))]),
  ])
  .meta(d("A rule's severity, or `[severity, {options}]`."));

export const KpiRef = z
  .union([
    Id,
    z.strictObject({
      id: Id.meta(d('The KPI id.')),
      target: z.number().meta(d("The target for this holder, overriding the KPI's own target.")),
    }),
  ])
  .meta(d("A KPI id, or `{id, target}` to override the KPI's target."));
const KpiRefs = z.array(KpiRef).meta(d('KPIs carried, by id or `{id, target}`.'));

export const Holder = z
  .union([
    z.string().min(1),
    z.strictObject({
      name: z.string().min(1).meta(d("The person's name.")),
      email: z.string().optional().meta(d("The person's e-mail address.")),
    }),
  ])
  .meta(d('A person holding a seat: a name, or `{name, email}`.'));

/** Proficiency levels of a competency: 1 了解 (aware), 2 熟悉 (familiar), 3 掌握 (practised), 4 精通 (expert), 5 专家 (authority). */
export const COMPETENCY_LEVELS = [1, 2, 3, 4, 5] as const;

export const Competency = z
  .union([
    z.string().min(1),
    z.strictObject({
      name: z.string().min(1).meta(d('The competency (能力), e.g. 数据分析能力.')),
      level: z
        .number()
        .int()
        .min(1)
        .max(5)
        .optional()
        .meta(d('Proficiency required, 1–5: 1 了解 aware, 2 熟悉 familiar, 3 掌握 practised, 4 精通 expert, 5 专家 authority.')),
      description: z.string().optional().meta(d('What it means in this position (behaviours, evidence).')),
    }),
  ])
  .meta(d('A competency (能力模型 entry): a name, or `{name, level, description}`.'));

const IsoDate = z
  .string()
  .refine(isIsoDate, { error: (issue) => `must be a date written YYYY-MM-DD, e.g. 2027-01-01${whyNoDay(String(issue.input))}` })
  .meta(d('A calendar date, `YYYY-MM-DD`.'));

/** When an entity is in effect: a restructure can be merged before the day it happens. */
const effectiveFields = {
  effective_from: IsoDate.optional().meta(
    d('First day this entity is in effect (`YYYY-MM-DD`); before it, the org is read without it. See `--as-of`.'),
  ),
  effective_until: IsoDate.optional().meta(
    d('First day this entity is no longer in effect (`YYYY-MM-DD`, exclusive); the same id may take effect again that day.'),
  ),
};
/** Former ids (terraform's `moved`, peribolos's `previously`): `orgctl diff` shows a rename instead of a removal and an addition. */
const Previously = IdList(
  "Former ids of this entity, so `orgctl diff` shows a rename (`renamed cs-lead → cs-manager`) instead of a removal and an addition. A former id may not be any entity's id.",
).optional();

const ApiVersion = z.literal('orgctl/v1').optional().meta(d('Format version; only `orgctl/v1` is accepted.'));

/** A limit of a diff policy gate: a count, or a share of the base side's figure written `N%`. */
const PolicyLimit = z
  .union([z.number().int().min(0), z.string().regex(/^\d+(\.\d+)?%$/, { error: 'a count or a share such as 10%' })])
  .meta(d('A count, or a share of the base side written like `10%`.'));
export const POLICY_LEVELS = ['error', 'warning'] as const;
const PolicyLevel = z.enum(POLICY_LEVELS).meta(d('`error` (fails `orgctl diff`, exit 1) or `warning`; default `error`.'));
const PolicyGate = <T extends z.ZodType>(limit: T, what: string) =>
  z.union([limit, z.strictObject({ max: limit, level: PolicyLevel.optional() })]).meta(d(`${what}: a limit, or \`{max, level}\`.`));
const LabelList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const ProtectedEntry = z
  .union([
    z.strictObject({
      department: Id.meta(d('A department whose change (its own fields or any of its roles) needs an approver label.')),
      needs_label: LabelList.meta(d('The label (or labels, any one suffices) that approves the change: `orgctl diff --labels`.')),
      level: PolicyLevel.optional(),
    }),
    z.strictObject({
      role: Id.meta(d('A role whose change needs an approver label.')),
      needs_label: LabelList.meta(d('The label (or labels, any one suffices) that approves the change: `orgctl diff --labels`.')),
      level: PolicyLevel.optional(),
    }),
  ])
  .meta(d('A protected department or role, and the label that approves changing it.'));

export const DiffPolicySchema = z
  .strictObject({
    max_roles_removed: PolicyGate(PolicyLimit, 'Most roles a change may remove').optional(),
    max_seats_removed: PolicyGate(PolicyLimit, 'Most seats a change may remove (removed roles and head-count cuts)').optional(),
    max_department_growth: PolicyGate(
      z.number().int().min(0).meta(d('A count of seats.')),
      "Most seats a change may add to one department's own roles",
    ).optional(),
    protected: z.array(ProtectedEntry).optional().meta(d('Departments and roles whose change needs a named approver label.')),
  })
  .meta(d('Gates `orgctl diff` holds a change to, read from the base side (a change cannot loosen its own gate).'));

export const OrganizationSchema = z
  .strictObject({
    kind: z.literal('Organization').meta(d('Entity kind.')),
    apiVersion: ApiVersion,
    id: Id,
    previously: Previously,
    name: z.string().meta(d('Display name of the organisation.')),
    locale: z.enum(LOCALES).optional().meta(d('Language of generated documents (`en` or `zh-CN`); default `en`.')),
    description: Description.optional(),
    top: Id.optional().meta(d('The role at the top of the reporting tree.')),
    rules: z.record(z.string(), RuleSetting).optional().meta(d('Per-rule severity and options, keyed by rule id.')),
    diff_policy: DiffPolicySchema.optional(),
  })
  .meta(d('The organisation (exactly one per org).'));

/** Fields shared by standalone and inline roles. */
const roleFields = {
  id: Id,
  previously: Previously,
  title: z.string().meta(d('Job title of the position (岗位).')),
  description: Description.optional(),
  reports_to: Id.optional().meta(d('The role this one reports to (solid line); required except for the top role.')),
  dotted_line: IdList('Matrix / functional reporting lines (dotted), by role id.').optional(),
  headcount: z.number().int().min(0).optional().meta(d('Seats; default 1; 0 = planned but unfunded.')),
  holders: z.array(Holder).optional().meta(d('People in the seats. Absent = staffing unknown; seats − holders = vacancies.')),
  concurrent: z
    .boolean()
    .optional()
    .meta(d('Its holders may also hold other roles (兼任), as intended: no holder-multiple-roles warning for them.')),
  concurrent_holders: z
    .array(z.string().min(1))
    .optional()
    .meta(d('Holders of this role who are meant to hold other roles too (兼任), by name.')),
  responsibilities: StringList('Duties of the position (岗位职责).').optional(),
  qualifications: StringList('What a holder must bring (任职资格): education, experience, certificates, skills.').optional(),
  competencies: z.array(Competency).optional().meta(d('The competency model of the position (能力模型), each with an optional level 1–5.')),
  kpis: KpiRefs.optional(),
  order: z
    .number()
    .optional()
    .meta(d('Place among sibling roles in charts, the handbook and stats (lower first; absent = after those with one).')),
  ...effectiveFields,
};

export const InlineRoleSchema = z
  .strictObject({
    ...roleFields,
    department: Id.optional().meta(d('Must be the enclosing department if given.')),
  })
  .meta(d('A role declared inline; it belongs to the enclosing department.'));

export const RoleSchema = z
  .strictObject({
    kind: z.literal('Role').meta(d('Entity kind.')),
    apiVersion: ApiVersion,
    ...roleFields,
    department: Id.meta(d('The department this role belongs to.')),
  })
  .meta(d('A position (岗位) with seats and holders.'));

export const DepartmentSchema = z
  .strictObject({
    kind: z.literal('Department').meta(d('Entity kind.')),
    apiVersion: ApiVersion,
    id: Id,
    previously: Previously,
    name: z.string().meta(d('Display name of the department.')),
    description: Description.optional(),
    parent: Id.optional().meta(d('Parent department id; none = top level.')),
    head: Id.optional().meta(d('The role heading this department; must be one of its roles.')),
    headcount_budget: z.number().int().min(0).optional().meta(d('Maximum seats in this department and its sub-departments.')),
    responsibilities: StringList("The department's charter (部门职责).").optional(),
    kpis: KpiRefs.optional(),
    roles: z.array(InlineRoleSchema).optional().meta(d('Roles declared inline; they belong to this department.')),
    order: z
      .number()
      .optional()
      .meta(d('Place among sibling departments in charts, the handbook and stats (lower first; absent = after those with one).')),
    ...effectiveFields,
  })
  .meta(d('A department.'));

export const KPI_UNITS = ['percent', 'ratio', 'count', 'currency', 'duration', 'score'] as const;
export const KPI_FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;

export const KpiSchema = z
  .strictObject({
    kind: z.literal('KPI').meta(d('Entity kind.')),
    apiVersion: ApiVersion,
    id: Id,
    previously: Previously,
    name: z.string().meta(d('Display name of the KPI.')),
    description: Description.optional(),
    formula: z.string().optional().meta(d('How it is computed, in words.')),
    unit: z.enum(KPI_UNITS).optional().meta(d('Unit of the value.')),
    direction: z.enum(['lower_is_better', 'higher_is_better']).optional().meta(d('Which way is better.')),
    target: z.number().optional().meta(d('Default target.')),
    range: z.tuple([z.number(), z.number()]).optional().meta(d('Allowed targets `[min, max]`; default by unit.')),
    frequency: z.enum(KPI_FREQUENCIES).optional().meta(d('How often it is measured.')),
    owner: Id.optional().meta(d('The role or department that owns the KPI.')),
    ...effectiveFields,
  })
  .meta(d('A key performance indicator (绩效指标).'));

export const SLA_PATTERN = /^\d+(\.\d+)?[mhdw]$/;

export const StepSchema = z
  .strictObject({
    id: Id.meta(d('Step id, unique within its workflow.')),
    name: z.string().optional().meta(d('Display name; defaults to the id.')),
    description: Description.optional(),
    role: Id.meta(d('Responsible role (R).')),
    accountable: Id.optional().meta(d('Accountable role (A); default = role.')),
    consulted: IdList('Consulted roles (C).').optional(),
    informed: IdList('Informed roles (I).').optional(),
    sla: z
      .string()
      .regex(SLA_PATTERN, { error: 'must be <number><m|h|d|w>' })
      .optional()
      .meta(d('Time allowed: `<number><m|h|d|w>`, e.g. `2h`.')),
    output: z.string().optional().meta(d('What the step produces.')),
    next: IdList('Following step ids; default is the next step in the list; `[]` = end.').optional(),
  })
  .meta(d('A workflow step.'));

export const WorkflowSchema = z
  .strictObject({
    kind: z.literal('Workflow').meta(d('Entity kind.')),
    apiVersion: ApiVersion,
    id: Id,
    previously: Previously,
    name: z.string().meta(d('Display name of the workflow.')),
    description: Description.optional(),
    owner: Id.optional().meta(d('The role owning the process.')),
    trigger: z.string().optional().meta(d('What starts the process.')),
    steps: z.array(StepSchema).min(1).meta(d('Steps; the first is the entry.')),
    ...effectiveFields,
  })
  .meta(d('A business process (业务流程) with RACI per step.'));

const TeamDate = (what: string) =>
  z
    .string()
    .regex(DATE_PATTERN, { error: 'must be a date YYYY-MM-DD' })
    // The pattern stays for editors (the JSON Schema); 2026-02-30 passes it but is no day.
    .refine(isIsoDate, { error: (issue) => `must be a date written YYYY-MM-DD, e.g. 2027-01-01${whyNoDay(String(issue.input))}` })
    .meta(d(`${what}, as \`YYYY-MM-DD\`.`));

export const TeamMemberSchema = z
  .strictObject({
    role: Id.meta(d('The role (in its home department) the member comes from.')),
    seats: z.number().int().min(1).optional().meta(d('Seats of the role lent to the team (whole people); default 1.')),
    share: z
      .number()
      .min(1)
      .max(100)
      .optional()
      .meta(d("Percent of each lent seat's time given to the team (1–100); default 100 (full time).")),
  })
  .meta(d('A team member: a role, with whole seats or a share of time.'));

export const TeamSchema = z
  .strictObject({
    kind: z.literal('Team').meta(d('Entity kind.')),
    apiVersion: ApiVersion,
    id: Id,
    previously: Previously,
    name: z.string().meta(d('Display name of the team (项目组).')),
    description: Description.optional(),
    purpose: z.string().optional().meta(d('What the team is for (项目目标), e.g. 双十一大促.')),
    lead: Id.optional().meta(d('The role leading the team (项目负责人).')),
    members: z.array(TeamMemberSchema).optional().meta(d('Roles lent to the team by their departments, with seats or a share of time.')),
    start: TeamDate('First day of the team').optional(),
    end: TeamDate('Last day of the team; after it the team should be dissolved (removed from the org)').optional(),
  })
  .meta(d('A cross-functional temporary team (项目型架构: 跨职能临时团队), drawn from roles of several departments.'));

export const KIND_SCHEMAS = {
  Organization: OrganizationSchema,
  Department: DepartmentSchema,
  Role: RoleSchema,
  KPI: KpiSchema,
  Workflow: WorkflowSchema,
  Team: TeamSchema,
} as const;

export type Kind = keyof typeof KIND_SCHEMAS;
export const KINDS = Object.keys(KIND_SCHEMAS) as Kind[];

export type OrganizationDoc = z.infer<typeof OrganizationSchema>;
export type DepartmentDoc = z.infer<typeof DepartmentSchema>;
export type RoleDoc = z.infer<typeof RoleSchema>;
export type InlineRoleDoc = z.infer<typeof InlineRoleSchema>;
export type KpiDoc = z.infer<typeof KpiSchema>;
export type WorkflowDoc = z.infer<typeof WorkflowSchema>;
export type StepDoc = z.infer<typeof StepSchema>;
export type TeamDoc = z.infer<typeof TeamSchema>;
export type TeamMemberDoc = z.infer<typeof TeamMemberSchema>;
export type KpiRefDoc = z.infer<typeof KpiRef>;
export type HolderDoc = z.infer<typeof Holder>;
export type RuleSettingDoc = z.infer<typeof RuleSetting>;
export type DiffPolicyDoc = z.infer<typeof DiffPolicySchema>;
