/**
 * `chart --format mermaid` says when the chart is past what Mermaid draws
 * with its default settings (GitHub keeps them): more than 500 lines ("Too
 * many edges") or more than 50,000 characters ("Maximum text size in diagram
 * exceeded"). The chart is still written; the warning names the options that
 * chart a smaller part.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** One department: a manager and `reports` roles under it (as many lines). */
function org(reports: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-mermaid-limits-'));
  dirs.push(dir);
  const roles = Array.from({ length: reports }, (_, i) => `  - {id: 专员-${i}, title: 运营专员${i}, reports_to: 经理}`);
  fs.writeFileSync(
    path.join(dir, 'org.yaml'),
    `kind: Organization\nid: acme\nname: 曼曼电商\nlocale: zh-CN\ntop: 经理\n---\nkind: Department\nid: 运营部\nname: 运营部\nhead: 经理\nroles:\n  - {id: 经理, title: 运营经理}\n${roles.join('\n')}\n`,
  );
  return dir;
}

const WARNING =
  /^orgctl: warning: this Mermaid chart has (\d+) lines and ([\d,]+) characters; Mermaid draws at most 500 lines and 50,000 characters by default \(so does GitHub\): chart a part with --department, --root or --depth, or use --level department$/m;

describe('chart --format mermaid past Mermaid limits', () => {
  it('warns when there are more than 500 lines, and still writes the chart', async () => {
    const run = await runMain(['chart', org(501), '--format', 'mermaid']);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/ --> /g)).toHaveLength(501);
    expect(WARNING.exec(run.stderr)?.[1]).toBe('501');
  });

  it('says nothing at 500 lines', async () => {
    const run = await runMain(['chart', org(500), '--format', 'mermaid']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('warns when the text is over 50,000 characters, whatever the number of lines', async () => {
    const dir = org(1);
    fs.appendFileSync(
      path.join(dir, 'org.yaml'),
      `---\nkind: Department\nid: 长\nname: ${'很长的部门名称'.repeat(7200)}\nroles: [{id: 长岗, title: 岗}]\n`,
    );
    const run = await runMain(['chart', dir, '--format', 'mermaid']);
    expect(run.stdout.length).toBeGreaterThan(50_000);
    expect(WARNING.exec(run.stderr)?.[1]).toBe('1');
  });
});
