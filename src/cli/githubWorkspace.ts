/**
 * Where GitHub reads annotation paths from. A workflow command's `file=` is taken from the
 * repository root (the checkout in GITHUB_WORKSPACE), whatever the step's working-directory;
 * findings name their files from the current folder. Run in a subfolder of the workspace,
 * `--format github` needs that subfolder in front of each path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isInside } from '../core/paths.js';

const real = (p: string): string | undefined => {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
};

/**
 * The current folder relative to GITHUB_WORKSPACE, with `/` and a trailing `/` ('' at the
 * workspace's root, outside it, or without GITHUB_WORKSPACE: then paths stay relative to the
 * current folder, which is all there is to go by).
 */
export function annotationBase(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const workspace = env.GITHUB_WORKSPACE ? real(env.GITHUB_WORKSPACE) : undefined;
  const here = real(cwd);
  if (workspace === undefined || here === undefined) return '';
  if (!isInside(workspace, here)) return '';
  const rel = path.relative(workspace, here);
  return rel === '' ? '' : `${rel.split(path.sep).join('/')}/`;
}
