/**
 * Finding the org's files: every *.yaml / *.yml below the given paths,
 * recursively, in sorted path order, skipping dot-directories and node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../util/errors.js';

const YAML_FILE = /\.ya?ml$/i;

function skipDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function walk(dir: string, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return; // a dangling symlink: nothing to read
  }
  if (seen.has(real)) return; // symlink loop
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new UsageError(`cannot read directory ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const names = entries.map((e) => e.name).sort(compareNames);
  for (const name of names) {
    const full = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      continue; // dangling symlink
    }
    if (stat.isDirectory()) {
      if (!skipDir(name)) walk(full, out, seen);
    } else if (stat.isFile() && YAML_FILE.test(name)) {
      out.push(full);
    }
  }
}

/** Code-unit order, like `sort` on the path strings: stable across platforms and locales. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Absolute paths of the YAML files under `inputs` (files given explicitly are
 * taken whatever their extension). A path that does not exist is a UsageError.
 */
export function findYamlFiles(inputs: string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`path not found: ${input}`);
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      walk(abs, files, seen);
      out.push(...files);
    } else {
      out.push(abs);
    }
  }
  // Sorted, de-duplicated path order across all inputs.
  return [...new Set(out)].sort(compareNames);
}
