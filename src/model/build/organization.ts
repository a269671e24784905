/** Building an Organization from its document. */
import { OrganizationSchema, RuleSetting, type OrganizationDoc, type RuleSettingDoc } from '../schema.js';
import type { Organization } from '../types.js';
import { buildDiffPolicy } from '../diffPolicy.js';
import { bareObject, isPlainObject } from '../validateDoc.js';
import { entityBase, nfcOpt, type Checked, type DocSource, type KindSchema } from './check.js';
import { quickChecker } from './quickCheck.js';

export const ORGANIZATION: KindSchema<OrganizationDoc> = {
  full: OrganizationSchema,
  partial: OrganizationSchema.partial(),
  shape: OrganizationSchema.shape,
  quick: quickChecker(OrganizationSchema),
};

/**
 * The entries of a `rules` mapping that are valid settings, keyed by rule name
 * in an object without prototype (the names are user text). Options stay the
 * mapping as written rather than zod's copy: zod silently drops a `__proto__`
 * key, which must reach the options check to be reported as unknown.
 */
function ruleSettings(rules: Record<string, unknown>): Organization['rules'] {
  const out = bareObject<RuleSettingDoc>();
  for (const [id, setting] of Object.entries(rules)) {
    const r = RuleSetting.safeParse(setting);
    if (!r.success) continue;
    out[id] =
      Array.isArray(r.data) && r.data.length === 2 && Array.isArray(setting) && isPlainObject(setting[1])
        ? [r.data[0], setting[1]]
        : r.data;
  }
  return out;
}

/** `raw` is the document as written: one bad rule setting must not throw away the others (it is its own schema finding). */
export function buildOrganization(checked: Checked<OrganizationDoc>, raw: Record<string, unknown>, from: DocSource): Organization {
  const d = checked.data;
  const rules = isPlainObject(raw.rules) ? ruleSettings(raw.rules) : bareObject<RuleSettingDoc>();
  const diffPolicy = buildDiffPolicy(raw.diff_policy);
  return {
    kind: 'Organization',
    ...entityBase(checked, from),
    name: d.name ?? d.id,
    locale: d.locale ?? 'en',
    top: nfcOpt(d.top),
    rules,
    ...(diffPolicy ? { diffPolicy } : {}),
  };
}
