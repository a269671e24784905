/**
 * Findings introduced, fixed and changed by a change: the reviewer's key question.
 *
 * A finding is matched by its identity, never by its message or position: the
 * rule, the severity, the entity, the YAML path within the entity (list indices
 * left out: inserting an element above shifts them), and the related entities
 * the rule names (the manager of a cross-department report, the step of a
 * workflow finding). A span of control going from 11 to 9, still over 8, is
 * then the same finding whose message changed — listed as changed, neither
 * introduced nor fixed. Severity stays part of the identity so that turning a
 * warning into an error shows up as an error introduced.
 *
 * Findings without an entity (YAML syntax, files without a kind) have no
 * identity: they are matched by message, with positions quoted inside it ignored.
 */
import type { Finding } from '../load/types.js';
import { compareFindings } from '../lint/engine.js';
import type { ChangedFinding, FindingsDelta } from './types.js';

const QUOTED_POSITION = /\s*\([^()]*:\d+:\d+\)/g;

/** Message data keys whose string values name another entity (or a step) the finding is about. */
const RELATED_KEYS = [
  'department',
  'first',
  'head',
  'headDepartment',
  'holder',
  'kpi',
  'manager',
  'other',
  'owner',
  'role',
  'step',
  'target',
  'top',
  'workflow',
];

/** The subject itself, plain (`cs-lead`) or as rules name it (`role 'cs-lead' (客服主管)`), is not a related entity. */
function isSubject(value: string, entity: string): boolean {
  return value === entity || value.startsWith(`role '${entity}'`) || value.startsWith(`department '${entity}'`);
}

/**
 * `rename` maps a before-side id to its after-side id (entities renamed with
 * `previously:`), so a finding about `cs-lead` matches the same finding about
 * `cs-manager`.
 */
function identity(f: Finding, rename: (id: string) => string): string {
  if (f.entity === undefined || f.messageId === undefined) {
    return ['', f.rule, f.severity, f.message.replace(QUOTED_POSITION, '')].join('\u0000');
  }
  const entity = rename(f.entity);
  const path = (f.path ?? []).map((p) => (typeof p === 'number' ? '#' : p)).join('.');
  const related: string[] = [];
  for (const key of RELATED_KEYS) {
    const v = f.data?.[key];
    if (typeof v === 'string' && !isSubject(v, f.entity)) related.push(`${key}=${rename(v)}`);
  }
  return ['id', f.rule, f.severity, f.messageId, entity, path, ...related].join('\u0000');
}

const sameMessage = (a: Finding, b: Finding) => a.message.replace(QUOTED_POSITION, '') === b.message.replace(QUOTED_POSITION, '');

/**
 * Pairs findings with the same identity (each at most once, in report order);
 * unpaired after-side findings are introduced, unpaired before-side ones fixed,
 * and pairs whose message differs are changed.
 */
export function findingsDelta(
  before: readonly Finding[],
  after: readonly Finding[],
  renamed: ReadonlyMap<string, string> = new Map(),
): FindingsDelta {
  const fromBefore = (id: string) => renamed.get(id) ?? id;
  const same = (id: string) => id;
  const waiting = new Map<string, Finding[]>();
  for (const f of before) {
    const k = identity(f, fromBefore);
    const list = waiting.get(k);
    if (list) list.push(f);
    else waiting.set(k, [f]);
  }
  const introduced: Finding[] = [];
  const changed: ChangedFinding[] = [];
  const used = new Map<string, number>();
  for (const f of after) {
    const k = identity(f, same);
    const list = waiting.get(k);
    const n = used.get(k) ?? 0;
    const match = list?.[n];
    if (match === undefined) {
      introduced.push(f);
      continue;
    }
    used.set(k, n + 1);
    if (!sameMessage(match, f)) changed.push({ before: match, after: f });
  }
  const fixed: Finding[] = [];
  for (const [k, list] of waiting) fixed.push(...list.slice(used.get(k) ?? 0));
  changed.sort((a, b) => compareFindings(a.after, b.after));
  return { introduced: introduced.sort(compareFindings), fixed: fixed.sort(compareFindings), changed };
}
