/** `orgctl import`: read the roster → plan → write the org folder (or update one) → list the rows not placed. */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs/output.js';
import { displayPath } from '../../core/paths.js';
import { plural } from '../../core/text/plural.js';
import { findYamlFiles } from '../../load/files.js';
import { readRegularFile } from '../../load/readFile.js';
import { formatProblem, importRoster } from '../../import/index.js';
import { updateOrg } from '../../import/update.js';
import type { ImportCliOptions } from '../commands/import.js';
import { say, warn } from '../stderr.js';

export async function runImport(roster: string, opts: ImportCliOptions): Promise<number> {
  if (!fs.existsSync(roster)) throw new UsageError(`roster not found: ${roster}`);
  // A regular file only, as for the org's YAML: a FIFO would block the read and a device never end it.
  const bytes: Uint8Array = readRegularFile(path.resolve(roster), roster);
  const target = path.resolve(opts.output);
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) throw new UsageError(`${opts.output} exists and is not a directory`);
  const existing = fs.existsSync(target) ? findYamlFiles([target]) : [];
  if (existing.length > 0 && !opts.update) {
    throw new UsageError(
      `${opts.output} already holds an org (${displayPath(existing[0]!)}); use --update to update its holders and head-counts, or choose an empty folder`,
    );
  }
  if (opts.update && existing.length === 0)
    throw new UsageError(`--update: ${opts.output} holds no org YAML files to update; leave out --update to create one`);

  const file = displayPath(path.resolve(roster));
  const existingTexts = opts.update ? readTexts(target, existing) : undefined;
  const result = await importRoster(
    bytes,
    file,
    { folder: target, ...(opts.id ? { id: opts.id } : {}), ...(opts.name ? { name: opts.name } : {}) },
    {
      map: opts.map,
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
    },
  );
  for (const p of result.problems) warn(formatProblem(file, p));
  if (opts.strict && result.problems.length > 0) {
    say(`nothing written: ${plural(result.problems.length, 'row')} could not be placed (--strict)`);
    return 1;
  }
  if (result.encoding === 'gb18030') say(`note: ${file} is not UTF-8; read it as GBK/GB18030`);

  if (existingTexts) {
    const update = await updateOrg(existingTexts, result.plan, (rel) => displayPath(path.join(target, ...rel.split('/'))));
    for (const [rel, text] of update.files) writeFileAtomic(path.join(target, ...rel.split('/')), text);
    process.stdout.write(update.diff);
  } else {
    for (const f of result.files) writeFileAtomic(path.join(target, ...f.path.split('/')), f.content);
    const { plan } = result;
    process.stdout.write(
      `Imported ${plan.placedRows} of ${plural(plan.rows, 'row')} into ${displayPath(target)}: ` +
        `${plural(plan.departments.length, 'department')}, ${plural(plan.roles.length, 'role')} ` +
        `in ${plural(result.files.length, 'file')}\n`,
    );
  }
  return result.problems.length > 0 ? 1 : 0;
}

/** The org's YAML files as text, keyed by their path relative to the folder (`/`). */
function readTexts(root: string, files: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const f of files) texts.set(path.relative(root, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8'));
  return texts;
}
