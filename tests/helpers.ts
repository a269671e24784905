/**
 * Test helpers: build an org from in-memory YAML files (no disk), run the
 * rules, and pick findings out.
 */
import { parseSource } from '../src/load/parse.js';
import type { Finding } from '../src/load/types.js';
import { buildModel } from '../src/model/build.js';
import type { OrgModel } from '../src/model/types.js';
import { runRules } from '../src/lint/engine.js';

/** A minimal valid Organization document, to prepend to test orgs. */
export const ORG = 'kind: Organization\nid: acme\nname: Acme\n';

/** Build the model from `{ path: yamlText }` (files in sorted path order, like the loader). */
export function modelOf(files: Record<string, string>): OrgModel {
  const parsed = Object.keys(files)
    .sort()
    .map((path) => parseSource(files[path]!, path));
  const model = buildModel(parsed.map((p) => p.file));
  model.buildFindings.unshift(...parsed.flatMap((p) => p.findings));
  return model;
}

export function lint(files: Record<string, string> | string): Finding[] {
  return runRules(modelOf(typeof files === 'string' ? { 'org.yaml': files } : files));
}

/** Findings of one rule. */
export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Compact "rule@line:col" strings for assertions. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.line ?? '?'}:${f.column ?? '?'}`);
}
