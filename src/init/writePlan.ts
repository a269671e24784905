/**
 * Writing a starter org into a folder that may already hold things: every path is checked before
 * the first byte is written (a link inside the folder could lead the write out of it, a pipe where
 * a file goes would block the write, a directory would fail it half-way), and a write that fails
 * anyway (a full disk, a permission) removes what this run created, so no partial org is left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs/output.js';
import { displayPath } from '../core/paths.js';

export interface PlannedWrite {
  /** Relative to the target directory, with `/`. */
  path: string;
  content: string;
}

function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Refuses, in one line, a target the plan cannot be written into whole: an ancestor that is a
 * file, a symbolic link at or below the target's top (the target itself may be a link: the user
 * named it), a folder of the plan that is not a folder, a file of the plan that is not a file.
 */
export function checkTarget(target: string, plan: readonly PlannedWrite[]): void {
  if (lstat(target)?.isSymbolicLink() && !fs.existsSync(target)) {
    throw new UsageError(
      `${displayPath(target)} is a symbolic link to ${fs.readlinkSync(target)}, which does not exist: create that folder, or choose another directory`,
    );
  }
  // The nearest existing ancestor (the target included) must be a folder, following links the user typed.
  for (let dir = target; ; dir = path.dirname(dir)) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(dir);
    } catch {
      stat = undefined;
    }
    if (stat) {
      if (!stat.isDirectory()) throw new UsageError(`${displayPath(dir)} is a file, not a directory; choose another directory`);
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  const seen = new Set<string>();
  for (const file of plan) {
    const parts = file.path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const rel = parts.slice(0, i).join('/');
      if (seen.has(rel)) continue;
      seen.add(rel);
      const abs = path.join(target, ...parts.slice(0, i));
      const stat = lstat(abs);
      if (!stat) break; // nothing there: all below it is ours to create
      const shown = displayPath(abs);
      if (stat.isSymbolicLink()) {
        throw new UsageError(
          `${shown} is a symbolic link; init writes nothing through a link inside the org folder: remove it, or choose another directory`,
        );
      }
      const isFile = i === parts.length;
      if (isFile && !stat.isFile())
        throw new UsageError(`${shown} is not a file, and the template writes one there: remove it, or choose another directory`);
      if (!isFile && !stat.isDirectory())
        throw new UsageError(`${shown} is not a directory, and the template writes files in it: remove it, or choose another directory`);
    }
  }
}

/** Writes the plan; on a failure removes the files and folders this run created (an overwritten file stays overwritten). */
export function writePlan(target: string, plan: readonly PlannedWrite[]): void {
  const created: string[] = []; // files and folders that were not there, in the order they appeared
  const note = (abs: string) => {
    if (!lstat(abs)) created.push(abs);
  };
  let written = 0;
  try {
    for (const file of plan) {
      const abs = path.join(target, ...file.path.split('/'));
      for (const dir of missingDirs(path.dirname(abs))) note(dir);
      note(abs);
      writeFileAtomic(abs, file.content);
      written++;
    }
  } catch (err) {
    for (const abs of created.reverse()) {
      try {
        fs.rmSync(abs, { force: true, recursive: false });
      } catch {
        try {
          fs.rmdirSync(abs); // a folder: only when empty, so nothing of the user's goes
        } catch {
          /* left in place: it holds something that is not ours */
        }
      }
    }
    if (err instanceof UsageError && written > 0) {
      throw new UsageError(`${err.message}; the files this run had created were removed`);
    }
    throw err;
  }
}

/** The folders from the first missing one down to `dir`, outermost first. */
function missingDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let cur = dir; !lstat(cur); cur = path.dirname(cur)) {
    missing.push(cur);
    if (path.dirname(cur) === cur) break;
  }
  return missing.reverse();
}
