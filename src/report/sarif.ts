/**
 * `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other SARIF
 * viewers read it. Every rule is described in tool.driver.rules (so viewers
 * can show help even for rules that did not fire). Every result has a
 * location, since code scanning rejects a whole upload over one result
 * without: findings about the whole org point at the first file that has
 * findings, else at the first path validated (an org without YAML has no file).
 */
import type { Severity, Suggestion } from '../load/types.js';
import type { Formatter } from './types.js';
import { jsonText } from '../core/escape/json.js';
import { sarifMessage } from '../core/escape/sarif.js';

const level = (s: Severity) => (s === 'error' ? 'error' : 'warning');

function uri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * A rule's readable name: the id in PascalCase (`reports-to-unknown` →
 * `ReportsToUnknown`). SARIF wants the name to differ from the id, and the
 * SARIF validator compares them ignoring case, so a one-word id gets a suffix
 * (`schema` → `SchemaCheck`).
 */
export function sarifRuleName(id: string): string {
  const pascal = id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase());
  return pascal.toLowerCase() === id.toLowerCase() ? `${pascal}Check` : pascal;
}

/** Where an org-level finding points when no finding names a file: the first path validated. */
function fallbackLocation(paths: readonly string[] | undefined) {
  const target = paths?.[0] ?? './';
  return { physicalLocation: { artifactLocation: { uri: uri(target), uriBaseId: '%SRCROOT%' } } };
}

/** A suggestion as a SARIF fix: one replacement, its region by offsets (and lines/columns when known). */
function sarifFix(s: Suggestion) {
  const deletedRegion = {
    charOffset: s.range[0],
    charLength: s.range[1] - s.range[0],
    ...(s.line !== undefined ? { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn } : {}),
  };
  return {
    description: { text: sarifMessage(s.desc) },
    artifactChanges: [
      {
        artifactLocation: { uri: uri(s.file), uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion, insertedContent: { text: s.text } }],
      },
    ],
  };
}

export const formatSarif: Formatter = (result, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const rules = ctx.rules.map((r) => ({
    id: r.id,
    name: sarifRuleName(r.id),
    shortDescription: { text: sarifMessage(r.description) },
    fullDescription: { text: sarifMessage(r.docs) },
    help: { text: sarifMessage(r.docs), markdown: `**${r.id}** (default: ${r.defaultSeverity})\n\n${sarifMessage(r.docs)}` },
    defaultConfiguration: { level: level(r.defaultSeverity) },
    properties: { tags: ['org-as-code'] },
  }));
  const fallbackFile = result.findings.find((f) => f.file !== undefined)?.file;
  const results = result.findings.map((f) => {
    const file = f.file ?? fallbackFile;
    const location =
      file === undefined
        ? fallbackLocation(ctx.paths)
        : {
            physicalLocation: {
              artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: f.line ?? 1,
                startColumn: f.column ?? 1,
                // SARIF's end column is exclusive, as the finding's is.
                ...(f.endLine !== undefined && f.endColumn !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
              },
            },
            ...(f.entity !== undefined ? { logicalLocations: [{ name: f.entity, kind: 'member' }] } : {}),
          };
    return {
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
      level: level(f.severity),
      message: { text: sarifMessage(f.message) },
      locations: [location],
      ...(f.suggestions?.length ? { fixes: f.suggestions.map(sarifFix) } : {}),
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'orgctl', version: ctx.version, informationUri: 'https://github.com/orgctl/orgctl', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(process.cwd()) } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return jsonText(sarif, 2) + '\n'; // inert on a terminal: see core/escape/json.ts
};

function pathToFileUri(dir: string): string {
  const withSlash = dir.endsWith('/') ? dir : `${dir}/`;
  return `file://${withSlash.split('/').map(encodeURIComponent).join('/')}`;
}
