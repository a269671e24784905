/**
 * Readable ids that never collide. The Chinese name itself is a valid id
 * (letters of any script), so a title becomes its own id (`美工`); when it is
 * taken, the department is put in front (`推广组-美工`), then the whole path,
 * then a number (`美工-2`). Ids are given in roster order, so the same roster
 * gives the same ids.
 */
import { ID_PATTERN } from '../model/schema.js';

/** Characters an id may not hold become `-`; leading and trailing `-`, `_`, `.` are dropped. */
export function idFrom(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}_.-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[-_.]+$/u, '');
  return ID_PATTERN.test(cleaned) ? cleaned : '';
}

export class IdAllocator {
  private readonly used = new Set<string>();
  /** The next number to try after each base: numbering stays linear however many share a title. */
  private readonly nextNumber = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  reserve(id: string): void {
    this.used.add(id);
  }

  /** The first free candidate (after cleaning), else the last one with the first free `-2`, `-3` … */
  take(candidates: string[], fallback: string): string {
    const cleaned = candidates.map(idFrom).filter((c) => c !== '');
    for (const c of cleaned) {
      if (!this.used.has(c)) {
        this.used.add(c);
        return c;
      }
    }
    const base = cleaned[0] ?? fallback;
    for (let n = this.nextNumber.get(base) ?? 2; ; n++) {
      const c = `${base}-${n}`;
      if (!this.used.has(c)) {
        this.used.add(c);
        this.nextNumber.set(base, n + 1);
        return c;
      }
    }
  }
}
