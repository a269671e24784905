/**
 * Building each document common to both sides of a diff once (model/build/docMemo.ts) and skipping the
 * field-by-field comparison of entities read from the same document (diff/compare.ts): the diff and its
 * text, JSON and Markdown are byte-identical to two separate loads, and the sides never share an entity.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
// The package root exports both, as the README's library example uses them.
import { createDocMemo, createSharedParse, validateOrg } from '../../src/api.js';
import { diffOrgs, formatDiff, type DiffFormat } from '../../src/diff/index.js';
import { loadSide } from '../../src/model/load.js';
import type { OrgModel } from '../../src/model/types.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-docmemo-');
const FIXTURES = path.resolve(__dirname, '../fixtures/restructure');
const FORMATS: DiffFormat[] = ['text', 'json', 'markdown'];
const AS_OF = { asOf: '2026-12-01' };

/** The diff's three text formats, from models loaded as `orgctl diff` loads them or each on its own. */
async function diffTexts(root: string, shared: boolean): Promise<{ texts: string[]; before: OrgModel; after: OrgModel }> {
  const parse = shared ? createSharedParse() : undefined;
  const docMemo = shared ? createDocMemo() : undefined;
  const side = (p: string) => loadSide({ kind: 'path', path: p }, '.', root, parse, { ...AS_OF, ...(docMemo ? { docMemo } : {}) });
  const before = side('before');
  const after = side('after');
  const result = diffOrgs(before, after, { beforeFindings: validateOrg(before).findings, afterFindings: validateOrg(after).findings });
  const labels = { before: 'before', after: 'after' };
  const texts = await Promise.all(FORMATS.map((f) => formatDiff(f, result, { labels, color: false })));
  return { texts, before, after };
}

async function expectSameAsSeparate(root: string): Promise<{ before: OrgModel; after: OrgModel; texts: string[] }> {
  const separate = await diffTexts(root, false);
  const shared = await diffTexts(root, true);
  FORMATS.forEach((format, i) => {
    expect(shared.texts[i], format).toBe(separate.texts[i]);
  });
  return shared;
}

describe('building documents common to both sides once', () => {
  for (const fixture of ['rename', 'merge', 'headcount-cut', 'removal-over-policy']) {
    it(`gives the same text, JSON and Markdown as two separate loads: ${fixture}`, async () => {
      await expectSameAsSeparate(path.join(FIXTURES, fixture));
    });
  }

  it('gives the same output on a generated org and its variant, with its own entities on each side', async () => {
    const root = tmp();
    const write = (side: string, variant?: number) => {
      const { files } = generateOrgFiles({ roles: 600, seed: 4, ...(variant ? { variant } : {}) }) as { files: Map<string, string> };
      writeTree(root, Object.fromEntries([...files].map(([rel, text]) => [`${side}/${rel}`, text])));
    };
    write('before');
    write('after', 1);
    const { before, after, texts } = await expectSameAsSeparate(root);
    expect((JSON.parse(texts[1]!) as { changes: unknown[] }).changes.length).toBeGreaterThan(0);
    // Files alike on both sides: the same documents, built once, but each side has its own entity objects on its own file.
    const reused = [...after.roles.values()].filter((r) => before.roles.get(r.id)?.written === r.written);
    expect(reused.length).toBeGreaterThan(after.roles.size / 2);
    for (const role of reused) {
      expect(role).not.toBe(before.roles.get(role.id));
      expect(role.source.path.startsWith('after/')).toBe(true);
    }
  });

  it('takes the unchanged inline roles of a file that changed, each at its own line on its own side', async () => {
    // One role of cs.yaml is retitled and a comment line pushes every role down: the others are written as
    // before, so they are copied from the base, but at the head's lines (the dangling reports_to of
    // `agent` is a finding on both sides, at line 10 before and 11 after).
    const dept = (title: string) =>
      `kind: Department\nid: cs\nname: 客服部\nhead: lead\nroles:\n  - id: lead\n    title: ${title}\n  - id: agent\n    title: 售前客服\n    reports_to: nobody\n    holders: [张三]\n`;
    const root = writeTree(tmp(), {
      'before/org.yaml': 'kind: Organization\nid: o\nname: O\ntop: lead\n',
      'before/cs.yaml': dept('客服主管'),
      'after/org.yaml': 'kind: Organization\nid: o\nname: O\ntop: lead\n',
      'after/cs.yaml': '# 客服部\n' + dept('客服经理'),
    });
    const { before, after, texts } = await expectSameAsSeparate(root);
    const agent = after.roles.get('agent')!;
    expect(agent.written).toBe(before.roles.get('agent')!.written); // copied, not built again
    expect(agent).not.toBe(before.roles.get('agent'));
    expect(agent.source.path).toBe('after/cs.yaml');
    expect(after.roles.get('lead')!.written).not.toBe(before.roles.get('lead')!.written);
    const json = JSON.parse(texts[1]!) as { changes: { id: string; change: string }[] };
    expect(json.changes.map((c) => `${c.id}:${c.change}`)).toEqual(['lead:title']);
    const head = validateOrg(after).findings.filter((f) => f.rule === 'reports-to-unknown');
    expect(head.map((f) => [f.file, f.line])).toEqual([['after/cs.yaml', 11]]);
  });

  it('builds an inline role again when its department or its period is not the same', async () => {
    const role = '  - id: agent\n    title: 售前客服\n    reports_to: lead\n';
    const dept = (id: string, extra = '') => `kind: Department\nid: ${id}\nname: 部门\n${extra}roles:\n`;
    const root = writeTree(tmp(), {
      'before/org.yaml': 'kind: Organization\nid: o\nname: O\ntop: lead\n',
      'before/a.yaml': dept('cs') + '  - id: lead\n    title: 主管\n' + role,
      'before/b.yaml': dept('sales'),
      'after/org.yaml': 'kind: Organization\nid: o\nname: O\ntop: lead\n',
      'after/a.yaml': dept('cs', 'effective_from: 2026-01-01\n') + '  - id: lead\n    title: 主管\n',
      'after/b.yaml': dept('sales') + role,
    });
    const { before, after } = await expectSameAsSeparate(root);
    expect(after.roles.get('agent')!.department).toBe('sales');
    expect(after.roles.get('lead')!.effective).toEqual({ from: '2026-01-01' });
    expect(after.roles.get('lead')!.written).not.toBe(before.roles.get('lead')!.written);
  });

  it('rebuilds a document with a finding, so each side reports it at its own file', async () => {
    const root = writeTree(tmp(), {
      'before/org.yaml': 'kind: Organization\nid: o\nname: O\ntop: a\n',
      'before/roles.yaml': 'kind: Role\nid: a\ntitle: A\nheadcount: many\n',
      'after/org.yaml': 'kind: Organization\nid: o\nname: O\ntop: a\n',
      'after/roles.yaml': 'kind: Role\nid: a\ntitle: A\nheadcount: many\n',
    });
    const { before, after } = await expectSameAsSeparate(root);
    const files = (model: OrgModel) => model.buildFindings.map((f) => f.file);
    expect(files(before).length).toBeGreaterThan(0);
    expect(files(after)).toEqual(files(before).map((f) => f?.replace('before/', 'after/')));
    expect(files(before).every((f) => f === 'before/roles.yaml')).toBe(true);
  });

  it('still reports a reference to a renamed id in a file that did not change', async () => {
    // b.yaml is byte-identical, but `a` became `a2` (previously: a): b's reports_to now names an id that is gone.
    const b = 'kind: Role\nid: b\ntitle: B\nreports_to: a\n';
    const root = writeTree(tmp(), {
      'before/org.yaml': 'kind: Organization\nid: o\nname: O\ntop: a\n',
      'before/a.yaml': 'kind: Role\nid: a\ntitle: A\n',
      'before/b.yaml': b,
      'after/org.yaml': 'kind: Organization\nid: o\nname: O\ntop: a2\n',
      'after/a.yaml': 'kind: Role\nid: a2\ntitle: A\npreviously: [a]\n',
      'after/b.yaml': b,
    });
    const { texts } = await expectSameAsSeparate(root);
    const json = JSON.parse(texts[1]!) as { changes: { kind: string; id: string; change: string; before?: unknown; after?: unknown }[] };
    expect(json.changes).toContainEqual(expect.objectContaining({ kind: 'role', id: 'b', change: 'reports_to', before: 'a2', after: 'a' }));
  });

  it('finds who moved, joined and left from the roles that changed, with all of their roles', async () => {
    // 王芳 holds x (unchanged file) and y (changed): she moved from y to z. 李雷 keeps x and w (unchanged files) and
    // takes z too: a move (he held roles before), not a join.
    const same = {
      'org.yaml': 'kind: Organization\nid: o\nname: O\ntop: x\n',
      'x.yaml': 'kind: Role\nid: x\ntitle: X\nheadcount: 2\nholders: [王芳, 李雷]\n',
      'w.yaml': 'kind: Role\nid: w\ntitle: W\nreports_to: x\nholders: [李雷]\n',
    };
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(same)) files[`before/${name}`] = files[`after/${name}`] = text;
    Object.assign(files, {
      'before/y.yaml': 'kind: Role\nid: y\ntitle: Y\nreports_to: x\nholders: [王芳, 张伟]\n',
      'after/y.yaml': 'kind: Role\nid: y\ntitle: Y\nreports_to: x\nholders: [韩梅梅]\n',
      'after/z.yaml': 'kind: Role\nid: z\ntitle: Z\nreports_to: x\nholders: [王芳, 李雷]\n',
    });
    const { texts } = await expectSameAsSeparate(writeTree(tmp(), files));
    expect((JSON.parse(texts[1]!) as { people: unknown[] }).people).toEqual([
      { person: '张伟', change: 'left', from: ['y'], to: [] },
      { person: '李雷', change: 'moved', from: [], to: ['z'] },
      { person: '王芳', change: 'moved', from: ['y'], to: ['z'] },
      { person: '韩梅梅', change: 'joined', from: [], to: ['y'] },
    ]);
  });
});
