/**
 * Golden files: `actual` must equal the checked-in file. With UPDATE_GOLDEN=1,
 * or when the file does not exist yet, it is written first; look at what was
 * written before committing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Returns a checker of golden files under `dir` (`name` may hold subfolders). */
export function goldenIn(dir: string): (name: string, actual: string) => void {
  return (name, actual) => {
    const file = path.join(dir, name);
    if (process.env.UPDATE_GOLDEN || !fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, actual);
    }
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  };
}
