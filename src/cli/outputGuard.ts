/**
 * `-o` never overwrites the org it reads, nor adds a YAML file the next run
 * would read as part of it (a report named org/report.yaml would then be a
 * schema error in the user's own org). Checked before any work is done.
 */
import { touchesInputs } from '../load/files.js';
import { UsageError } from '../core/errors.js';

export function refuseOutputIntoOrg(output: string | undefined, inputs: string[], cwd = process.cwd()): void {
  if (output === undefined || output === '-') return;
  const touch = touchesInputs(output, inputs, cwd);
  if (touch === 'input') throw new UsageError(`refusing to write to ${output}: it is one of the org's own files (choose another -o)`);
  if (touch === 'inside') {
    throw new UsageError(
      `refusing to write to ${output}: orgctl reads every .yaml/.yml file below the org's directory, so the next run would take it for part of the org (write it outside the org, or under another extension)`,
    );
  }
}
