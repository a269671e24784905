/**
 * `diff --format markdown --max-bytes N`: GitHub refuses a job summary over
 * 1 MiB per step (the upload is aborted and the summary is empty), so the
 * action asks for a report that fits. The detail gives way; the headline,
 * figures, gates and findings stay, with a note saying what was left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runMain } from '../support/main.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';
import { REPO_ROOT } from '../support/cli.js';

const tmp = temporaryDirs('orgctl-max-bytes-');

const ORG = 'kind: Organization\nid: acme\nname: 示例\nlocale: zh-CN\n';
function org(title: string): Record<string, string> {
  const roles = Array.from({ length: 300 }, (_, i) => `  - {id: r${i}, title: "${title} ${i}", reports_to: boss}\n`).join('');
  return { 'org.yaml': ORG, 'd.yaml': `kind: Department\nid: d\nname: 运营部\nhead: boss\nroles:\n  - {id: boss, title: 经理}\n${roles}` };
}

describe('diff --max-bytes', () => {
  it('keeps the Markdown under the limit in UTF-8 bytes, figures and findings first, with a note', async () => {
    const before = writeTree(tmp(), org('运营专员'));
    const after = writeTree(tmp(), org('运营助理'));
    const full = await runMain(['diff', before, after, '-f', 'markdown']);
    expect(Buffer.byteLength(full.stdout)).toBeGreaterThan(20_000);
    const cut = await runMain(['diff', before, after, '-f', 'markdown', '--max-bytes', '8000']);
    expect(cut.code).toBe(0);
    expect(Buffer.byteLength(cut.stdout)).toBeLessThanOrEqual(8000);
    expect(cut.stdout.startsWith('## orgctl diff:')).toBe(true);
    for (const keep of ['| 岗位 |', '### 引入的问题', '### 修复的问题']) expect(cut.stdout).toContain(keep);
    expect(cut.stdout).toMatch(/省略 \d+ 行/);
    // Under the limit, the report is the whole report.
    expect((await runMain(['diff', before, after, '-f', 'markdown', '--max-bytes', '10000000'])).stdout).toBe(full.stdout);
  });

  it('is for Markdown only, and a positive whole number', async () => {
    const dir = writeTree(tmp(), org('运营专员'));
    for (const args of [
      ['-f', 'text', '--max-bytes', '8000'],
      ['-f', 'markdown', '--max-bytes', '0'],
      ['-f', 'markdown', '--max-bytes', '1MB'],
    ]) {
      const r = await runMain(['diff', dir, dir, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it("the action keeps its job summary under GitHub's 1 MiB", () => {
    const action = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
      runs: { steps: { name: string; run: string }[] };
    };
    const step = action.runs.steps.find((s) => s.name === 'orgctl diff')!;
    const limit = /--max-bytes (\d+)/.exec(step.run);
    expect(limit).not.toBeNull();
    expect(Number(limit![1])).toBeLessThanOrEqual(1024 * 1024);
  });
});
