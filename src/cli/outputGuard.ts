/**
 * `-o` names a file (not a directory, which would fail only once the work is
 * done). It never overwrites the org it reads, nor adds a YAML file the next run
 * would read as part of it (a report named org/report.yaml would then be a
 * schema error in the user's own org). Checked before any work is done.
 */
import fs from 'node:fs';
import path from 'node:path';
import { touchesInputs } from '../load/files.js';
import { UsageError } from '../core/errors.js';
import { refuseEmptyOutput } from '../core/fs/output.js';

export function refuseOutputIntoOrg(output: string | undefined, inputs: string[], cwd = process.cwd()): void {
  refuseEmptyOutput(output);
  if (output === undefined || output === '-') return;
  // `-o out/` would fail only when the output is written (`ENOTDIR`, after a chart's whole layout): say so now.
  if (/[\\/]$/.test(output) || isDirectory(path.resolve(cwd, output))) {
    throw new UsageError(`cannot write ${output}: -o names a file, and this is a directory (add a file name to it)`);
  }
  refuseOrgFile(output, inputs, cwd, `refusing to write to ${output}`, '-o');
}

/**
 * `validate --cache-location FILE`: the cache file replaces whatever is at FILE, so it gets the same guard
 * as `-o` (a cache written over organization.yaml destroyed the org; one named cache.yaml broke the next run).
 */
export function refuseCacheIntoOrg(location: string, inputs: string[], cwd = process.cwd()): void {
  refuseOrgFile(location, inputs, cwd, `refusing to keep the cache in ${location}`, '--cache-location');
}

function refuseOrgFile(file: string, inputs: string[], cwd: string, refusing: string, flag: string): void {
  const touch = touchesInputs(file, inputs, cwd);
  if (touch === 'input') throw new UsageError(`${refusing}: it is one of the org's own files (choose another ${flag})`);
  if (touch === 'inside') {
    throw new UsageError(
      `${refusing}: orgctl reads every .yaml/.yml file below the org's directory, so the next run would take it for part of the org (${
        flag === '-o'
          ? 'write it outside the org, or under another extension'
          : `choose another ${flag}, outside the org or under another extension`
      })`,
    );
  }
}

function isDirectory(abs: string): boolean {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
