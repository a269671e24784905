import fs from 'node:fs';

/** orgctl's version, from its package.json (read on demand: only --version, SARIF and the like need it). */
export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
