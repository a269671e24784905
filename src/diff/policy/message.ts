/**
 * A policy finding's message in a language: rebuilt from the finding's data
 * with the catalogue's words (src/i18n, `diff.policy`). The gates store what
 * a message needs in `data` (lists as JSON), so the English message the
 * finding carries and the one a Chinese report prints come from one place.
 */
import type { DiffWords } from '../../i18n/index.js';
import type { Finding, MessageData } from '../../load/types.js';
import type { ChangeKind } from '../types.js';

/** A few ids named, the rest counted: a message stays one line at any size. */
export const SHOWN_IDS = 5;
/** Changes of a protected entity named in its message. */
export const SHOWN_CHANGES = 3;

/** A limit as the message says it: `0`, or `10%`. */
export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—';
}

/** The first SHOWN_IDS ids and how many more, as data. */
export function idsData(ids: readonly string[]): MessageData {
  return { ids: JSON.stringify(ids.slice(0, SHOWN_IDS)), more: Math.max(0, ids.length - SHOWN_IDS) };
}

const num = (data: MessageData, key: string): number => Number(data[key] ?? 0);
const str = (data: MessageData, key: string): string => String(data[key] ?? '');
function list<T>(data: MessageData, key: string): T[] {
  const v = data[key];
  return typeof v === 'string' ? (JSON.parse(v) as T[]) : [];
}

/** `f`'s message in `words`' language; a finding of no known gate keeps its own. */
export function policyMessage(f: Finding, words: DiffWords): string {
  const p = words.policy;
  const d = f.data ?? {};
  const someIds = () => p.someIds(list<string>(d, 'ids'), num(d, 'more'));
  switch (f.messageId) {
    case 'maxRolesRemoved': {
      const whole = num(d, 'whole');
      const share = d.share ? { percent: percent(num(d, 'removed'), whole), whole } : undefined;
      return p.rolesRemoved({ removed: num(d, 'removed'), ids: someIds(), limit: str(d, 'max'), ...(share ? { share } : {}) });
    }
    case 'maxSeatsRemoved': {
      const whole = num(d, 'total');
      return p.seatsRemoved({
        removed: num(d, 'removed'),
        percent: percent(num(d, 'removed'), whole),
        whole,
        ids: someIds(),
        limit: str(d, 'max'),
      });
    }
    case 'maxDepartmentGrowth':
      return p.departmentGrowth({ department: str(d, 'department'), from: num(d, 'from'), to: num(d, 'to'), limit: str(d, 'max') });
    case 'protectedChange': {
      const items = list<[ChangeKind, string, string]>(d, 'changes').map(([kind, id, change]) => p.protectedItem(kind, id, change));
      const kind = d.kind === 'role' ? 'role' : 'department';
      return p.protectedChange({
        kind,
        id: str(d, 'id'),
        items: items.join(words.listSep),
        more: num(d, 'more'),
        labels: list<string>(d, 'labels'),
      });
    }
    default:
      return f.message;
  }
}
