/**
 * Rules stage: run every enabled rule over the model, apply severities from
 * Organization.rules, then suppression comments, then sort.
 */
import { findNode, nodePosition, resolveNode } from '../load/positions.js';
import { replaceScalar } from '../load/suggestions.js';
import type { Finding, RawFinding } from '../load/types.js';
import type { OrgModel } from '../model/types.js';
import { resolveRuleConfig } from './config.js';
import { RULES } from './registry.js';
import { applySuppressions } from './suppress.js';
import type { ModelDelta } from './incremental.js';
import { renderMessage, withSubjectMemo, withSubjectsLimitedTo, type AnyRule, type AnyRuleContext, type ReportArgs } from './types.js';

/**
 * What a rule that may be checked incrementally did on one side: what it reported (what it was given, not
 * the findings made of it), and what it kept for checking again (`ctx.keep`). The second side of a diff
 * reports the first again at each unchanged entity's place there (incremental.ts).
 */
export interface RuleRecord {
  reports: ReportArgs[];
  kept?: unknown;
}

/** Each incremental rule's record, by rule id. */
export type LintRecord = Map<string, RuleRecord>;

export interface RunOptions {
  /** Keep what the incremental rules report here (the first side of a diff). */
  record?: LintRecord;
  /** This model is `delta.head`; `record` is what the rules reported on `delta.base` (incremental.ts). */
  from?: { delta: ModelDelta; record: LintRecord };
  /**
   * Only the findings that are errors are wanted (a command that only says how many errors the org has:
   * chart, stats, export): rules set to warn are not run. Unless unused-disable is an error itself: a
   * suppression of a rule that did not run would then look unused.
   */
  errorsOnly?: boolean;
}

export function compareFindings(a: RawFinding, b: RawFinding): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * `knownRuleIds`: what a suppression comment may name without being told the
 * rule does not exist — the rules run, unless a caller runs a subset of the
 * registry (the rule tester runs one rule at a time).
 */
export function runRules(
  orgModel: OrgModel,
  rules: readonly AnyRule[] = RULES,
  knownRuleIds: readonly string[] = rules.map((r) => r.id),
  runOptions: RunOptions = {},
): Finding[] {
  // Problems in Organization.rules are schema findings, handed on by the `schema` rule with the rest.
  const configFindings: RawFinding[] = [];
  const configs = resolveRuleConfig(orgModel, rules, configFindings);
  const model: OrgModel = configFindings.length ? { ...orgModel, buildFindings: [...orgModel.buildFindings, ...configFindings] } : orgModel;
  const findings: Finding[] = [];
  let unusedSeverity: Finding['severity'] | undefined;
  const onlyErrors = runOptions.errorsOnly && !configs.some((c) => c.rule.id === 'unused-disable' && c.severity === 'error');
  withSubjectMemo(() => {
    for (const { rule, severity, options } of configs) {
      if (rule.id === 'unused-disable') {
        unusedSeverity = onlyErrors ? undefined : severity; // a warning when it is not an error: not wanted
        continue;
      }
      if (!severity || (onlyErrors && severity !== 'error')) continue;
      const push = (f: RawFinding) => findings.push({ ...f, severity });
      const spec = rule.incremental;
      const recorded: RuleRecord | undefined = spec && runOptions.record ? { reports: [] } : undefined;
      if (recorded) runOptions.record!.set(rule.id, recorded);
      const ctx: AnyRuleContext = {
        model,
        options,
        report(args) {
          recorded?.reports.push(args);
          const { entity, path = ['id'], key, messageId, data, replaceWith } = args;
          const node = findNode(entity.node, path, key) ?? resolveNode(entity.node);
          const pos = nodePosition(entity.source, node) ?? { file: entity.source.path, line: 1, column: 1 };
          const [ids, safe] = !replaceWith ? [] : 'ids' in replaceWith ? [replaceWith.ids, replaceWith.safe] : [replaceWith, undefined];
          const suggestions = ids && !key ? replaceScalar(entity.source, node, ids, false, safe) : undefined;
          const template = rule.messages[messageId];
          if (template === undefined) throw new Error(`rule '${rule.id}' reported undeclared messageId '${messageId}'`);
          push({
            rule: rule.id,
            message: renderMessage(template, data),
            messageId,
            ...(data !== undefined ? { data } : {}),
            ...pos,
            entity: entity.id,
            path: [...path],
            ...(suggestions ? { suggestions } : {}),
          });
        },
        reportRaw: push,
        ...(recorded
          ? {
              keep(state: unknown) {
                recorded.kept = state;
              },
            }
          : {}),
      };
      const from = runOptions.from;
      const before = spec && from?.record.get(rule.id);
      if (!spec || !from || !before || spec.fullIf?.(from.delta, before.reports.length > 0)) rule.check(ctx);
      else if (spec.recheck) spec.recheck(ctx, from.delta, before.reports, before.kept);
      else recheckChanged(ctx, rule, from.delta, before.reports);
    }
  });
  if (model.dating) nameTheDate(findings, model.dating.asOf);
  const off = new Set(configs.filter((c) => !c.severity).map((c) => c.rule.id));
  const { kept, unused } = applySuppressions(model.files, findings, knownRuleIds, { off, asOf: model.dating?.asOf });
  if (unusedSeverity) for (const u of unused) kept.push({ ...u, severity: unusedSeverity });
  return (runOptions.errorsOnly ? kept.filter((f) => f.severity === 'error') : kept).sort(compareFindings);
}

/**
 * A rule whose findings about an entity are about that entity alone checks only the changed entities
 * (and what the rule says a change touches); every other entity's findings are the base's, reported
 * again at its place in this model.
 */
function recheckChanged(ctx: AnyRuleContext, rule: AnyRule, delta: ModelDelta, before: readonly ReportArgs[]): void {
  const dirty = new Set(delta.changed);
  for (const id of rule.incremental?.alsoDirty?.(delta) ?? []) dirty.add(id);
  for (const args of before) {
    const id = args.entity.id;
    const now = ctx.model.byId.get(id);
    if (now !== undefined && !dirty.has(id)) ctx.report({ ...args, entity: now });
  }
  withSubjectsLimitedTo(dirty, () => {
    rule.check(ctx);
  });
}

/** Findings about the parts of the org that change with the date. */
const DATE_FREE_RULES = new Set(['yaml-syntax', 'schema', 'duplicate-id', 'unused-disable']);

/**
 * In an effective-dated org, a finding holds on the date the org was read at: it says so, since the same
 * files may be clean a month later (`--as-of`).
 */
function nameTheDate(findings: Finding[], asOf: string): void {
  for (const f of findings) if (!DATE_FREE_RULES.has(f.rule)) f.message += ` (as of ${asOf})`;
}
