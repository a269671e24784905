/**
 * The badge of a changed box in the diff SVG: what changed, before → after,
 * rather than a bare "changed". A box renamed with `previously:` its old id
 * (was cs-lead); a role's seats (×6 → ×4), its holders, a department's
 * budget; any other field by name.
 */
import type { DiffWords } from '../../i18n/index.js';
import { DIFF_FIELDS, type DiffField } from '../../i18n/catalogue.js';
import { ARROW } from '../describe.js';
import type { Change, DiffResult, FieldValue } from '../types.js';

const count = (v: FieldValue | undefined) => (Array.isArray(v) ? v.length : 0);
const figure = (v: FieldValue | undefined) => (typeof v === 'number' ? String(v) : '—');
const isField = (name: string): name is DiffField => (DIFF_FIELDS as readonly string[]).includes(name);

function badgeOf(changes: readonly Change[], w: DiffWords): string {
  const of = (field: string) => changes.find((c) => c.change === field);
  const names = [...new Set(changes.map((c) => c.change))];
  const renamed = of('previously');
  // The box shows the new name: the badge says which entity it was, and that more changed.
  if (renamed)
    return w.badgeRenamed(typeof renamed.before === 'string' ? renamed.before : '') + (names.length > 1 ? ` +${names.length - 1}` : '');
  const seats = of('headcount');
  if (seats) return `×${figure(seats.before)} ${ARROW} ×${figure(seats.after)}`;
  const budget = of('headcount_budget');
  if (budget) return `${w.fields.headcount_budget} ${figure(budget.before)} ${ARROW} ${figure(budget.after)}`;
  const holders = of('holders');
  if (holders) return `${w.fields.holders} ${count(holders.before)} ${ARROW} ${count(holders.after)}`;
  const first = names[0]!;
  const more = names.length > 1 ? ` +${names.length - 1}` : '';
  return `${w.status.changed}: ${isField(first) ? w.fields[first] : first}${more}`;
}

/** The badge text of every changed role and department, keyed `kind\0id` (one pass over the changes). */
export function changeBadges(result: DiffResult, w: DiffWords): Map<string, string> {
  const byEntity = new Map<string, Change[]>();
  for (const c of result.changes) {
    if ((c.kind !== 'role' && c.kind !== 'department') || c.change === 'added' || c.change === 'removed') continue;
    const key = `${c.kind}\u0000${c.id}`;
    let list = byEntity.get(key);
    if (!list) byEntity.set(key, (list = []));
    list.push(c);
  }
  const out = new Map<string, string>();
  for (const [key, changes] of byEntity) out.set(key, badgeOf(changes, w));
  return out;
}
