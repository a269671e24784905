/**
 * The fast path reads a document's values and builds its skeleton (where each
 * node is, for positions and fixes) only when something asks for it. A clean
 * org never asks; an org with findings builds the skeletons of the files they
 * are in, and the findings, positions and fixes are those of a parse that
 * built every skeleton at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOrgFiles } from '../../src/load/files.js';
import { skeletonPending } from '../../src/load/fastYaml/index.js';
import { parseSource } from '../../src/load/parse.js';
import type { SourceFile } from '../../src/load/types.js';
import { displayPath } from '../../src/core/paths.js';
import { lintOrg } from '../../src/lint/result.js';
import { buildModel } from '../../src/model/build.js';
import { planFixes } from '../../src/lint/fix.js';

const REPO = path.resolve(import.meta.dirname, '../..');

function parseOrg(dir: string, lazy: boolean, extra: Record<string, string> = {}): SourceFile[] {
  const files = findOrgFiles([path.join(REPO, dir)], REPO).files.map((abs) =>
    parseSource(fs.readFileSync(abs, 'utf8'), displayPath(abs, REPO), { lazy }),
  );
  for (const [name, text] of Object.entries(extra)) files.push(parseSource(text, name, { lazy }));
  return files.map((p) => p.file);
}

const pending = (files: SourceFile[]) => files.flatMap((f) => f.docs.filter(skeletonPending).map(() => f.path));

describe('skeletons built on first use', () => {
  it('a clean org is checked without building one skeleton', () => {
    const files = parseOrg('examples/ops-center', true);
    const before = pending(files);
    expect(before.length).toBeGreaterThan(5);
    expect(lintOrg(buildModel(files)).findings).toEqual([]);
    expect(pending(files)).toEqual(before);
  });

  it('builds the skeletons of the file a finding is in, and no other', () => {
    const files = parseOrg('examples/ops-center', true, {
      'zz-extra.yaml': [
        'kind: Department',
        'id: 夜班组',
        'name: 夜班组',
        'parent: 运营中心',
        'head: 夜班客服',
        'roles:',
        '  - id: 夜班客服',
        '    title: 夜班客服',
        '    reports_to: 运营主任',
        '',
      ].join('\n'),
    });
    const before = pending(files);
    const findings = lintOrg(buildModel(files)).findings;
    expect(findings.map((f) => [f.file, f.line, f.column, f.rule].join(':'))).toEqual(['zz-extra.yaml:9:17:reports-to-unknown']);
    expect(pending(files)).toEqual(before.filter((p) => p !== 'zz-extra.yaml'));
  });

  it.each(['examples/broken', 'tests/fixtures/fix/typos/input', 'tests/fixtures/restructure/span-still-over/after'])(
    '%s: the same findings, positions and fixes as a parse that builds every skeleton at once',
    (dir) => {
      const lazyFiles = parseOrg(dir, true);
      const eagerFiles = parseOrg(dir, false);
      const lazy = lintOrg(buildModel(lazyFiles)).findings;
      const eager = lintOrg(buildModel(eagerFiles)).findings;
      expect(lazy.length).toBeGreaterThan(0);
      expect(lazy).toStrictEqual(eager);
      expect(planFixes(lazyFiles, lazy)).toStrictEqual(planFixes(eagerFiles, eager));
    },
  );
});
