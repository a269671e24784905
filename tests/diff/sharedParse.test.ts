/** Parsing content common to both sides of a diff once, without mixing up the sides' file names. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateOrg } from '../../src/api.js';
import { loadSide } from '../../src/model/load.js';
import { loadFiles } from '../../src/load/index.js';
import { createSharedParse, loadFilesWith } from '../../src/load/sharedParse.js';
import { diffOrgs, formatDiff } from '../../src/diff/index.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');
const dirs: string[] = [];
afterAll(() => {
  dirs.forEach((d) => {
    fs.rmSync(d, { recursive: true, force: true });
  });
});

describe('createSharedParse', () => {
  it('parses the same bytes once, and gives the copy its own path and finding locations', () => {
    const parse = createSharedParse();
    const bytes = Buffer.from('kind: Role\nid: a\nid: b\n'); // a duplicate key: a yaml-syntax finding
    const first = parse(bytes, 'before/x.yaml');
    const second = parse(bytes, 'after/x.yaml');
    expect(second.file.docs).toBe(first.file.docs); // shared: not parsed again
    expect(second.file.path).toBe('after/x.yaml');
    expect(first.file.path).toBe('before/x.yaml');
    expect(first.findings.map((f) => f.file)).toEqual(['before/x.yaml']);
    expect(second.findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['after/x.yaml', first.findings[0]!.line, first.findings[0]!.column],
    ]);
    expect(parse(Buffer.from('kind: Role\nid: c\n'), 'after/y.yaml').file.docs).not.toBe(first.file.docs);
  });

  it('a JSON diff gives each change its line on both sides without building any skeleton, as the skeletons would place it', async () => {
    const { skeletonPending } = await import('../../src/load/fastYaml/index.js');
    // @ts-expect-error -- plain ESM script without type declarations
    const { generateOrgFiles } = await import('../../bench/generate.mjs');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-shared-'));
    dirs.push(root);
    for (const [side, variant] of [
      ['before', 0],
      ['after', 1],
    ] as const) {
      const { files } = generateOrgFiles({ roles: 1000, seed: 4, variant }) as { files: Map<string, string> };
      for (const [rel, text] of files) {
        fs.mkdirSync(path.dirname(path.join(root, side, rel)), { recursive: true });
        fs.writeFileSync(path.join(root, side, rel), text);
      }
    }
    const parse = createSharedParse();
    const before = loadSide({ kind: 'path', path: 'before' }, '.', root, parse);
    const after = loadSide({ kind: 'path', path: 'after' }, '.', root, parse);
    const result = diffOrgs(before, after, { beforeFindings: [], afterFindings: [] });
    const json = await formatDiff('json', result, { labels: { before: 'before', after: 'after' }, color: false });
    const located = (JSON.parse(json) as { changes: Array<{ at: { before?: { line: number }; after?: { line: number } } }> }).changes;
    expect(located.length).toBeGreaterThan(5);
    expect(located.every((c) => (c.at.before?.line ?? 0) > 0 || (c.at.after?.line ?? 0) > 0)).toBe(true);
    // Read from the text: no file of either side had its skeleton built ...
    expect([...before.files, ...after.files].every((f) => f.docs.every(skeletonPending))).toBe(true);
    // ... and each line is where the skeleton puts it.
    for (const f of [...before.files, ...after.files]) for (const d of f.docs) expect(d.root).toBeDefined();
    expect(await formatDiff('json', result, { labels: { before: 'before', after: 'after' }, color: false })).toBe(json);
  });

  it('loadFilesWith reads what loadFiles reads', () => {
    const cwd = path.join(FIXTURES, 'split');
    const a = loadFiles(['after'], cwd);
    const b = loadFilesWith(['after'], createSharedParse(), cwd);
    expect(b.files.map((f) => [f.path, f.text])).toEqual(a.files.map((f) => [f.path, f.text]));
  });

  it("gives the same diff as separate parses, with each side's own file names", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-shared-'));
    dirs.push(root);
    for (const side of ['before', 'after'])
      fs.cpSync(path.join(FIXTURES, 'headcount-cut', side), path.join(root, side), { recursive: true });
    // kpis.yaml, organization.yaml and workflows.yaml are the same on both sides; departments.yaml differs.
    const parse = createSharedParse();
    const before = loadSide({ kind: 'path', path: 'before' }, '.', root, parse);
    const after = loadSide({ kind: 'path', path: 'after' }, '.', root, parse);
    const beforeFindings = validateOrg(before).findings;
    const afterFindings = validateOrg(after).findings;
    expect(afterFindings.length).toBeGreaterThan(0);
    expect(afterFindings.every((f) => f.file?.startsWith('after/'))).toBe(true);
    const shared = diffOrgs(before, after, { beforeFindings, afterFindings });
    const separate = diffOrgs(loadSide({ kind: 'path', path: 'before' }, '.', root), loadSide({ kind: 'path', path: 'after' }, '.', root));
    expect(shared.changes).toEqual(separate.changes);
    expect(shared.findings).toEqual(separate.findings);
    expect(shared.findings.introduced[0]!.file).toBe('after/departments.yaml');
    // The files that are the same on both sides were parsed once.
    const same = before.files.filter((f) => after.files.some((g) => g.docs === f.docs)).map((f) => path.basename(f.path));
    expect(same.sort()).toEqual(['kpis.yaml', 'organization.yaml', 'workflows.yaml']);
  });
});
