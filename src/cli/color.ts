/**
 * Whether to colour: `--color` / `--no-color` first, then NO_COLOR (no-color.org:
 * set and not empty means no colour), which chalk 5 does not read; undefined
 * leaves the rest to chalk (FORCE_COLOR, whether stdout is a terminal).
 */
export function colorChoice(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean | undefined {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return undefined;
}
