/**
 * The starter orgs `orgctl init` writes: one directory per template under
 * `templates/` in the package, each with a `template.json` ({description})
 * and the org's files. Found at run time relative to this module, so the same
 * code works from src/ (tests), dist/ (the built CLI) and an installed package.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_TEMPLATE = 'minimal-en';

/** The template's own metadata file: read by orgctl, never copied into the user's org. */
export const TEMPLATE_META = 'template.json';

export interface TemplateInfo {
  name: string;
  /** One line, shown by `orgctl init --list`. */
  description: string;
  /** Absolute path of the template's directory. */
  dir: string;
  /** The files to copy, relative to `dir`, with `/` separators, in sorted order. */
  files: string[];
}

/** `<package>/templates/`: src/templates.ts and dist/templates.js both sit one level below the package root. */
export function templatesRoot(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

/** Every template, sorted by name. A directory without a template.json is not a template. */
export function listTemplates(root = templatesRoot()): TemplateInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(root).sort(byCodeUnit);
  } catch {
    return []; // a package without templates (should not happen): init will say none is available
  }
  const out: TemplateInfo[] = [];
  for (const name of names) {
    const dir = path.join(root, name);
    const meta = path.join(dir, TEMPLATE_META);
    if (!fs.existsSync(meta)) continue;
    const { description } = JSON.parse(fs.readFileSync(meta, 'utf8')) as { description?: string };
    out.push({ name, description: description ?? '', dir, files: filesBelow(dir).filter((f) => f !== TEMPLATE_META) });
  }
  return out;
}

export function templateNames(root = templatesRoot()): string[] {
  return listTemplates(root).map((t) => t.name);
}

function filesBelow(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodeUnit(a.name, b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesBelow(path.join(dir, entry.name), rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** Code-unit order: the same on every platform and locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
