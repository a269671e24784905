/**
 * Reading `Organization.rules`: per-rule severity (`off`, `warn`, `error`) and
 * options. Problems in the configuration itself are `schema` findings.
 */
import { findNode, nodePosition } from '../load/positions.js';
import type { RawFinding, Severity } from '../load/types.js';
import type { OrgModel } from '../model/types.js';
import { didYouMean, didYouMeanValue } from '../core/text/suggest.js';
import type { z } from 'zod';
import type { AnyRule } from './types.js';

export interface RuleConfig {
  rule: AnyRule;
  /** undefined = off */
  severity?: Severity;
  options: Record<string, unknown>;
}

function severityOf(setting: unknown, fallback: Severity): Severity | undefined {
  if (setting === 'off') return undefined;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return fallback;
}

/** What `Organization.rules` says for one rule, as written (undefined when it says nothing). */
function settingOf(model: OrgModel, ruleId: string): unknown {
  const configured = model.organization?.rules ?? {};
  // hasOwn: `configured` is keyed by user text; never read what an object inherits.
  return Object.hasOwn(configured, ruleId) ? configured[ruleId] : undefined;
}

/** Whether the org turns the rule off (`off`, or `[off, {…}]`): figures measured the rule's way then have no limit. */
export function configuredOff(model: OrgModel, ruleId: string): boolean {
  const setting = settingOf(model, ruleId);
  return (Array.isArray(setting) ? setting[0] : setting) === 'off';
}

/**
 * The options the org gives one rule, parsed by the rule's options schema: its
 * defaults when unset or invalid (resolveRuleConfig reports why). For figures
 * measured the way a rule measures them (stats' span of control), without
 * loading the rule.
 */
export function configuredOptions<O>(model: OrgModel, ruleId: string, schema: z.ZodType<O>): O {
  const setting = settingOf(model, ruleId);
  const parsed = schema.safeParse(Array.isArray(setting) ? (setting[1] ?? {}) : {});
  return parsed.success ? parsed.data : schema.parse({});
}

export function resolveRuleConfig(model: OrgModel, rules: readonly AnyRule[], findings: RawFinding[]): RuleConfig[] {
  const org = model.organization;
  const configured = org?.rules ?? {};
  const byId = new Map(rules.map((r) => [r.id, r]));
  const at = (path: (string | number)[], key = false) =>
    org ? (nodePosition(org.source, findNode(org.node, path, key)) ?? { file: org.source.path, line: 1, column: 1 }) : {};

  for (const id of Object.keys(configured)) {
    if (!byId.has(id)) {
      findings.push({
        rule: 'schema',
        message: `Organization '${org!.id}': unknown rule '${id}' in 'rules'${didYouMeanValue(id, [...byId.keys()])}`,
        ...at(['rules', id], true),
        entity: org!.id,
      });
    }
  }

  return rules.map((rule) => {
    const setting = settingOf(model, rule.id);
    // `[severity, options]` as written: its elements are whatever the YAML holds.
    const list: readonly unknown[] | undefined = Array.isArray(setting) ? setting : undefined;
    let severity: Severity | undefined = rule.defaultSeverity;
    let userOptions: unknown = {};
    if (typeof setting === 'string') severity = severityOf(setting, rule.defaultSeverity);
    else if (list) {
      severity = severityOf(list[0], rule.defaultSeverity);
      userOptions = list[1] ?? {};
    }
    let options: Record<string, unknown> = {};
    if (rule.options) {
      const parsed = rule.options.safeParse(userOptions);
      if (parsed.success) options = parsed.data as Record<string, unknown>;
      else {
        const issue = parsed.error.issues[0]!;
        const path = ['rules', rule.id, 1, ...issue.path.map((p) => p as string | number)];
        if (issue.code === 'unrecognized_keys') {
          // Point at the misspelt key itself, and suggest the option meant.
          const key = issue.keys[0]!;
          const known = Object.keys((rule.options as unknown as { shape?: Record<string, unknown> }).shape ?? {});
          findings.push({
            rule: 'schema',
            message: `Organization '${org!.id}': rule '${rule.id}': unknown option '${key}'${didYouMean(key, known)}`,
            ...at([...path, key], true),
            entity: org!.id,
          });
        } else {
          findings.push({
            rule: 'schema',
            message: `Organization '${org!.id}': rule '${rule.id}': option '${issue.path.join('.')}': ${issue.message}`,
            ...at(path),
            entity: org!.id,
          });
        }
        options = rule.options.parse({}) as Record<string, unknown>;
      }
    } else if (list?.[1] && Object.keys(list[1]).length) {
      findings.push({
        rule: 'schema',
        message: `Organization '${org!.id}': rule '${rule.id}' takes no options`,
        ...at(['rules', rule.id, 1]),
        entity: org!.id,
      });
    }
    return { rule, severity, options };
  });
}
