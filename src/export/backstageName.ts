/**
 * orgctl ids → Backstage entity names. Backstage names are ASCII: letters,
 * digits and `-` `_` `.` between them, at most 63 characters; orgctl ids are
 * letters of any script. The mapping:
 *
 * 1. ASCII letters (lower-cased), digits, `-`, `_`, `.` are kept;
 * 2. every other character becomes `u` and its code point in hex
 *    (`运营部` → `u8fd0-u8425-u90e8`), separated from its neighbours by `-`;
 * 3. runs of separators become one, and the name starts and ends with a letter or digit;
 * 4. a name longer than 63 characters is cut to 54 and ends with `-` and an
 *    8-digit hash of the id;
 * 5. a name already given to another id (case: `Sales` and `sales`; `a--b`
 *    and `a-b`) gets `-` and the hash of its id, and then a counter if that is
 *    taken too, so no two ids share a name.
 *
 * Names are given in code-point order of the ids (assign), not in file order:
 * renaming or reordering files never hands a name (`user:ann`, `group:sales`)
 * from one person or department to another.
 */
import { hash8 } from '../core/fs/fileNames.js';

const MAX = 63;

export function backstageBase(id: string): string {
  const parts: string[] = [];
  for (const ch of id.normalize('NFC')) {
    if (/[A-Za-z0-9_.-]/.test(ch)) parts.push(ch.toLowerCase());
    else parts.push(`-u${ch.codePointAt(0)!.toString(16)}-`);
  }
  const joined = parts
    .join('')
    .replace(/[-_.]{2,}/g, (run) => run[0]!)
    .replace(/^[-_.]+|[-_.]+$/g, '');
  const name = joined === '' ? `x-${hash8(id)}` : joined;
  return name.length > MAX ? `${name.slice(0, MAX - 9).replace(/[-_.]+$/, '')}-${hash8(id)}` : name;
}

/** A name for each id, unique among them. */
export class BackstageNames {
  private readonly byId = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** Name every `[id, from]` in code-point order of the ids, so which one gets a hashed name does not depend on input order. */
  assign(entries: Iterable<readonly [id: string, from: string]>): void {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [id, from] of sorted) this.name(id, from);
  }

  /** The name of `id`, made from `from` (default: the id itself). */
  name(id: string, from = id): string {
    const known = this.byId.get(id);
    if (known) return known;
    let name = backstageBase(from);
    if (this.taken.has(name)) {
      const base = `${name.slice(0, MAX - 9 - 4).replace(/[-_.]+$/, '')}-${hash8(id)}`;
      name = base;
      for (let n = 2; this.taken.has(name); n++) name = `${base}-${n}`;
    }
    this.taken.add(name);
    this.byId.set(id, name);
    return name;
  }
}
