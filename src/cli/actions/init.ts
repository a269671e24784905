/**
 * `orgctl init`: copy a template into a directory, with the JSON Schema beside
 * it so that the `# yaml-language-server: $schema=…` comments (one per YAML
 * document) work in the user's project, far from our schemas/ directory, and a
 * `.vscode/settings.json` mapping that schema to the org's YAML files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadOrg } from '../../model/load.js';
import { terminalText } from '../../core/escape/terminal.js';
import { findYamlFiles } from '../../load/files.js';
import { jsonSchemaText } from '../../model/jsonSchema.js';
import { DEFAULT_TEMPLATE, listTemplates, type TemplateInfo } from '../../init/templates.js';
import { UsageError } from '../../core/errors.js';
import { displayPath } from '../../core/paths.js';
import { didYouMeanAny, valueCandidates } from '../../core/text/suggest.js';
import type { InitOptions } from '../commands/init.js';
import { type SettingsOutcome, withSchemaComments, writeVscodeSettings } from '../../init/editorSupport.js';
import { checkTarget, writePlan } from '../../init/writePlan.js';
import { note } from '../stderr.js';
import { plural } from '../../core/text/plural.js';

export const SCHEMA_FILE = 'orgctl.schema.json';

const YAML_FILE = /\.ya?ml$/i;

export interface PlannedFile {
  /** Relative to the target directory, with `/`. */
  path: string;
  content: string;
}

export function runInit(dir: string, opts: InitOptions): number {
  const templates = listTemplates();
  if (opts.list) {
    process.stdout.write(formatTemplateList(templates));
    return 0;
  }
  const template = pickTemplate(templates, opts.template ?? DEFAULT_TEMPLATE);
  const target = path.resolve(dir);
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
    throw new UsageError(`${dir} exists and is not a directory`);
  }
  const plan = planInit(template);
  // Before the overwrite check: a link inside the target would make its answer about another folder.
  checkTarget(target, plan);
  if (!opts.force) refuseToOverwrite(target, plan);
  // YAML files already there that are not the template's: `orgctl validate <dir>` would read them too.
  const strangers = otherYamlFiles(target, plan);

  writePlan(target, plan);
  // Not part of the plan: the settings may be the user's own, so they are merged, never overwritten.
  const settings = writeVscodeSettings(target, SCHEMA_FILE);

  process.stdout.write(formatCreated(dir, target, template, plan, settings));
  if (settings.action === 'skipped') note(settings.note);
  if (strangers.length > 0) {
    const n = strangers.length;
    note(
      `${dir} also holds ${plural(n, 'other YAML file')} (${displayPath(strangers[0]!)}${n > 1 ? ', …' : ''}); ` +
        `'orgctl validate' reads every YAML file below a directory, so an org is best kept in a directory of its own`,
    );
  }
  return 0;
}

/** The files `init` writes for a template: its files with the schema comments re-pointed, and the schema. */
export function planInit(template: TemplateInfo): PlannedFile[] {
  const files = template.files.map((rel) => {
    const text = fs.readFileSync(path.join(template.dir, ...rel.split('/')), 'utf8');
    return { path: rel, content: YAML_FILE.test(rel) ? withSchemaComments(text, schemaRefFor(rel)) : text };
  });
  files.push({ path: SCHEMA_FILE, content: jsonSchemaText() });
  return files;
}

/** The orgctl.schema.json at the top of the org, relative to a file at relPath (`/` separators) in it. */
export function schemaRefFor(relPath: string): string {
  const depth = relPath.split('/').length - 1;
  return `${depth === 0 ? './' : '../'.repeat(depth)}${SCHEMA_FILE}`;
}

function pickTemplate(templates: TemplateInfo[], name: string): TemplateInfo {
  const found = templates.find((t) => t.name === name);
  if (found) return found;
  const names = templates.map((t) => t.name);
  throw new UsageError(
    `unknown template '${name}'${didYouMeanAny(valueCandidates(name, names))}; the templates are: ${names.join(', ') || '(none installed)'}`,
  );
}

function refuseToOverwrite(target: string, plan: PlannedFile[]): void {
  const clashes = plan.map((f) => path.join(target, ...f.path.split('/'))).filter((f) => fs.existsSync(f));
  if (clashes.length === 0) return;
  const more = clashes.length - 1;
  throw new UsageError(
    `${displayPath(clashes[0]!)} already exists${more > 0 ? ` (and ${more} more of the template's files)` : ''}; ` +
      'use --force to overwrite, or choose another directory',
  );
}

/** YAML files in the target that are not the template's: `orgctl validate <dir>` would read them too. */
function otherYamlFiles(target: string, plan: PlannedFile[]): string[] {
  if (!fs.existsSync(target)) return [];
  const ours = new Set(plan.map((f) => path.join(target, ...f.path.split('/'))));
  try {
    return findYamlFiles([target]).filter((f) => !ours.has(f));
  } catch {
    return []; // an unreadable sub-directory: only a hint is lost
  }
}

export function formatTemplateList(templates: TemplateInfo[]): string {
  const rows = templates.map((t) => {
    const model = loadOrg([t.dir]);
    return {
      name: t.name === DEFAULT_TEMPLATE ? `${t.name} (default)` : t.name,
      counts: `${plural(model.departments.size, 'department')}, ${plural(model.roles.size, 'role')}`,
      description: t.description,
    };
  });
  const nameWidth = Math.max(0, ...rows.map((r) => r.name.length));
  const countsWidth = Math.max(0, ...rows.map((r) => r.counts.length));
  const lines = rows.map((r) => `  ${r.name.padEnd(nameWidth)}  ${r.counts.padEnd(countsWidth)}  ${r.description}\n`);
  return `Templates (orgctl init [dir] --template NAME):\n${lines.join('')}`;
}

function formatCreated(dir: string, target: string, template: TemplateInfo, plan: PlannedFile[], settings: SettingsOutcome): string {
  const where = terminalText(path.relative(process.cwd(), target).split(path.sep).join('/') || '.');
  const files = plan.map((f) => `  ${displayPath(path.join(target, ...f.path.split('/')))}\n`).join('');
  const settingsFile = displayPath(path.join(target, '.vscode', 'settings.json'));
  const settingsLine =
    settings.action === 'created'
      ? `  ${settingsFile}\n`
      : settings.action === 'merged'
        ? `  ${settingsFile} (added "yaml.schemas" for ${SCHEMA_FILE})\n`
        : '';
  const created = plan.length + (settings.action === 'created' ? 1 : 0);
  const d = terminalText(shellWord(dir));
  return (
    `Created ${plural(created, 'file')} in ${where} from template '${template.name}':\n${files}${settingsLine}\n` +
    'Next steps:\n' +
    `  run: orgctl validate ${d}\n` +
    `  edit the YAML files (editors with YAML support complete fields from ${SCHEMA_FILE}), then:\n` +
    `  orgctl chart ${d} -o org-chart.svg\n` +
    `  orgctl docs ${d} -o handbook/\n`
  );
}

/**
 * The directory as the user would type it in a shell: quoted only when it needs to be, and `./` before a
 * name starting with `-`, which `orgctl validate -x` would take for an option.
 */
export function shellWord(dir: string): string {
  const s = dir.startsWith('-') ? `./${dir}` : dir;
  return /^[\p{L}\p{N}_./@%+=:,-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
