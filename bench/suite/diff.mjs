/**
 * `orgctl diff` of two orgs against `orgctl validate` of one of them: the
 * base org from bench/generate.mjs and its "next quarter" variant, in which
 * about 1% of the roles changed (retitles, head-count changes, re-reports,
 * moves). Diff reads, builds and checks both sides (the findings delta needs
 * them); files identical on both sides are parsed once, and their documents
 * built once. Targets at 100k roles: within 3× of validating one side (issue
 * 5), and within 1.5× (issue 13). The diff's change list is
 * checked against the changes the generator recorded, so a fast wrong diff
 * cannot pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import { alternate, ensureOrg, orgStamp, orgctl, rel, withTempDir } from './common.mjs';

export const TARGET = { ratio: 3, reviewRatio: 1.5, judgedAt: 100000 };

/**
 * Every change the generator made must be in the diff, as a change of that
 * role's field with the same before/after, and the diff must report nothing
 * else about roles. Returns the number of roles changed.
 */
export function checkChanges(stamp, diff) {
  const found = new Map(diff.changes.filter((c) => c.kind === 'role').map((c) => [`${c.id}\u0000${c.change}`, c]));
  const missing = [];
  for (const g of stamp.changes) {
    const c = found.get(`${g.id}\u0000${g.kind}`);
    if (!c || c.before !== g.before || c.after !== g.after)
      missing.push(`${g.kind} of ${g.id}: ${JSON.stringify(g.before)} → ${JSON.stringify(g.after)}`);
  }
  if (missing.length)
    throw new Error(`the diff missed ${missing.length} of the generator's changes, e.g.\n  ${missing.slice(0, 5).join('\n  ')}`);
  const changedRoles = new Set(stamp.changes.map((g) => g.id));
  const extra = diff.changes.filter((c) => c.kind === 'role' && !changedRoles.has(c.id));
  if (extra.length)
    throw new Error(`the diff reports ${extra.length} role changes the generator did not make, e.g. ${JSON.stringify(extra[0])}`);
  return changedRoles.size;
}

export async function measure(size, { seed, reps }) {
  const base = ensureOrg(size, { seed });
  const variant = ensureOrg(size, { seed, variant: 1 });
  return withTempDir('diff', (tmp) => {
    const diffFile = path.join(tmp, 'diff.json');
    const m = alternate(reps, {
      subject: () => orgctl(['diff', rel(base), rel(variant), '--format', 'json', '-o', diffFile]),
      baseline: () => orgctl(['validate', rel(variant), '--format', 'json', '-o', path.join(tmp, 'validate.json')]),
    });
    const result = JSON.parse(fs.readFileSync(diffFile, 'utf8'));
    const rolesChanged = checkChanges(orgStamp(variant), result);
    const ratio = m.subject.ms / m.baseline.ms;
    return {
      command: 'diff',
      size,
      subject: m.subject,
      baseline: { label: 'validate one side', ...m.baseline },
      ratio,
      extra: { rolesChanged, changes: result.changes.length },
      targets:
        size === TARGET.judgedAt
          ? [
              { what: `diff within ${TARGET.ratio}× of validating one side`, measured: ratio, limit: TARGET.ratio, unit: '×' },
              { what: `diff within ${TARGET.reviewRatio}× of validating one side`, measured: ratio, limit: TARGET.reviewRatio, unit: '×' },
            ]
          : [],
    };
  });
}
