/**
 * `protected`: a department or role whose change needs a named approver
 * label (`orgctl diff --labels`; the action passes the pull request's). A
 * department's change is one of its own fields or of a role in it, on
 * either side; labels match as GitHub matches them, whatever the case.
 */
import type { ProtectedEntry } from '../../model/diffPolicy.js';
import type { OrgModel, Organization } from '../../model/types.js';
import type { Finding } from '../../load/types.js';
import type { Change } from '../types.js';
import { policyFinding } from './finding.js';
import { SHOWN_CHANGES } from './message.js';

const norm = (label: string) => label.normalize('NFC').toLowerCase();

/** The changes touching each department and role, in one pass. */
function changesByEntity(changes: readonly Change[], before: OrgModel, after: OrgModel): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  const add = (key: string, c: Change) => {
    const list = out.get(key);
    if (list) {
      if (list[list.length - 1] !== c) list.push(c);
    } else out.set(key, [c]);
  };
  for (const c of changes) {
    if (c.kind === 'department') add(`department\u0000${c.id}`, c);
    if (c.kind !== 'role') continue;
    add(`role\u0000${c.id}`, c);
    for (const side of [before, after]) {
      const dept = side.roles.get(c.id)?.department;
      if (dept !== undefined) add(`department\u0000${dept}`, c);
    }
  }
  return out;
}

export function protectedChanges(
  org: Organization,
  entries: readonly ProtectedEntry[],
  changes: readonly Change[],
  models: { before: OrgModel; after: OrgModel },
  labels: readonly string[],
  renamedTo: (id: string) => string = (id) => id,
): Finding[] {
  if (!entries.length) return [];
  const given = new Set(labels.map(norm));
  const touched = changesByEntity(changes, models.before, models.after);
  const out: Finding[] = [];
  for (const entry of entries) {
    // The entry names the base's id; renamed with `previously:`, its changes are under the new id too.
    const now = renamedTo(entry.id);
    const found = [
      ...new Set([
        ...(touched.get(`${entry.kind}\u0000${entry.id}`) ?? []),
        ...(now === entry.id ? [] : (touched.get(`${entry.kind}\u0000${now}`) ?? [])),
      ]),
    ];
    if (!found.length || entry.labels.some((l) => given.has(norm(l)))) continue;
    const changes = found.slice(0, SHOWN_CHANGES).map((c) => [c.kind, c.id, c.change]);
    out.push(
      policyFinding(
        org,
        entry,
        'protectedChange',
        {
          kind: entry.kind,
          id: entry.id,
          label: entry.labels.join(','),
          labels: JSON.stringify(entry.labels),
          changes: JSON.stringify(changes),
          more: Math.max(0, found.length - SHOWN_CHANGES),
        },
        entry.id,
      ),
    );
  }
  return out;
}
