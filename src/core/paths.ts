import path from 'node:path';

/** A path as findings show it: relative to the cwd, `/` separators, no leading `./`. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}
