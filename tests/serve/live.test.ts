/**
 * The live chart's rebuild after an edit (what `orgctl serve` does on save)
 * reuses what the edit did not change: the layout when no box changed size,
 * the ELK layouts of the departments the edit did not touch otherwise. What
 * it sends must still be exactly what a cold `chart --format html` of the
 * edited org embeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/chart/index.js';
import { LiveChart } from '../../src/serve/live.js';
import { loadOrg } from '../../src/model/load.js';
import { REPO } from '../chart/fixtures.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';
import { drawChart, type LayoutMemo } from '../../src/chart/draw/drawing.js';
import { selectView } from '../../src/chart/views/select.js';
import { lintOrg } from '../../src/lint/result.js';
import type { Finding } from '../../src/load/types.js';

/** A finding as the page lists it (serve/live.ts). */
function pageFinding(f: Finding) {
  return { file: f.file ?? '', line: f.line ?? 0, column: f.column ?? 0, severity: f.severity, rule: f.rule, message: f.message };
}

const tmp = temporaryDirs('orgctl-live-');

/** The JSON a cold `chart --format html` of `dir` embeds. */
async function coldPayload(dir: string): Promise<string> {
  const html = await renderChart(loadOrg([dir]), { format: 'html' });
  return /<script id="orgctl-data" type="application\/json">([^]*?)<\/script>/.exec(html)![1]!;
}

function edit(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

describe('serve: rebuild after an edit', () => {
  it('sends what a cold chart gives, and keeps the layout when no box changes size', async () => {
    const dir = tmp();
    fs.cpSync(path.join(REPO, 'examples/project-ecommerce'), dir, { recursive: true });
    const cs = path.join(dir, 'departments/ops-service-center.yaml');
    const live = new LiveChart({ path: dir, cwd: dir, chart: {} });
    expect((await live.rebuild()).error).toBeNull();
    expect(live.elkRuns).toBeGreaterThan(0);
    expect(live.chartJson?.toString('utf8')).toBe(await coldPayload(dir));

    // Same number of CJK characters: the box keeps its size, the layout is kept whole.
    edit(cs, 'title: 客服主管', 'title: 客服组长');
    expect((await live.rebuild()).error).toBeNull();
    expect(live.elkRuns).toBe(0);
    expect(live.chartJson?.toString('utf8')).toContain('客服组长');
    expect(live.chartJson?.toString('utf8')).toBe(await coldPayload(dir));

    // A reporting line moved: a different tree, still what a cold chart draws.
    edit(cs, 'reports_to: cs-lead\ndotted_line', 'reports_to: category-manager\ndotted_line');
    expect((await live.rebuild()).error).toBeNull();
    expect(live.elkRuns).toBeGreaterThan(0);
    expect(live.chartJson?.toString('utf8')).toBe(await coldPayload(dir));
  }, 60_000);

  it('copies the entities of the documents an edit left alone into the new model, the last one kept whole', async () => {
    const dir = tmp();
    fs.cpSync(path.join(REPO, 'examples/project-ecommerce'), dir, { recursive: true });
    const live = new LiveChart({ path: dir, cwd: dir, chart: {} });
    expect((await live.rebuild()).error).toBeNull();
    const before = live.model!;
    edit(path.join(dir, 'departments/ops-service-center.yaml'), 'title: 客服主管', 'title: 客服组长');
    expect((await live.rebuild()).error).toBeNull();
    const after = live.model!;
    // What a role built into (its competencies list is made by the build) is shared, each model with its own entity.
    const sameBuild = (id: string) => {
      const [a, b] = [before.roles.get(id)!, after.roles.get(id)!];
      expect(b).not.toBe(a);
      return b.competencies === a.competencies;
    };
    expect(sameBuild('bd-manager')).toBe(true); // another file
    expect(sameBuild('category-manager')).toBe(true); // an inline role of the edited file, written as before
    expect(sameBuild('cs-lead')).toBe(false); // the edited document is built again
    expect(after.roles.get('cs-lead')!.title).toBe('客服组长');
    expect(before.roles.get('cs-lead')!.title).toBe('客服主管');
    expect(live.chartJson?.toString('utf8')).toBe(await coldPayload(dir));
    expect(live.state.findings).toEqual(lintOrg(loadOrg([dir], dir)).findings.map(pageFinding));

    // A third version takes from the second (what the first had is not held any more), with the same result as cold.
    edit(path.join(dir, 'departments/bd-center.yaml'), 'id: bd-manager', 'id: bd-director');
    expect((await live.rebuild()).error).toBeNull();
    const third = live.model!;
    expect(third.roles.get('cs-lead')!.competencies).toBe(after.roles.get('cs-lead')!.competencies);
    expect(third.roles.has('bd-manager')).toBe(false);
    expect(live.chartJson?.toString('utf8')).toBe(await coldPayload(dir));
    expect(live.state.findings).toEqual(lintOrg(loadOrg([dir], dir)).findings.map(pageFinding));
  }, 60_000);

  it('keeps the layout under a short hash, and its lines packed, not a text of every box size', async () => {
    const dir = tmp();
    writeTree(dir, divisionsOfThreeTeams(4));
    const graph = selectView(loadOrg([dir], dir), {});
    const memo: LayoutMemo = {};
    const first = await drawChart(graph, undefined, memo);
    expect(memo.key!.length).toBeLessThan(64);
    expect(memo.routes?.coords).toBeInstanceOf(Float64Array);
    // Drawn again from the memo: what a drawing without one gives.
    const kept = await drawChart(graph, undefined, memo);
    expect(kept).toEqual(first);
    expect(kept).toEqual(await drawChart(graph));
  }, 60_000);

  it('lays out again only the departments a resized box is in', async () => {
    const dir = tmp();
    writeTree(dir, divisionsOfThreeTeams(4));
    const live = new LiveChart({ path: dir, cwd: dir, chart: {} });
    expect((await live.rebuild()).error).toBeNull();
    const all = live.elkRuns;
    expect(all).toBeGreaterThan(3);
    // The last role title of the last department file, made long enough to wrap onto more lines.
    const file = fs
      .readdirSync(path.join(dir, 'departments'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => path.join(dir, 'departments', f))
      .pop()!;
    const text = fs.readFileSync(file, 'utf8');
    const last = [...text.matchAll(/title: (.+)/g)].pop()!;
    fs.writeFileSync(
      file,
      text.slice(0, last.index) + `title: ${last[1]!}兼质检、投诉处理与新人培训负责人` + text.slice(last.index + last[0].length),
    );
    expect((await live.rebuild()).error).toBeNull();
    expect(live.elkRuns).toBeGreaterThan(0);
    expect(live.elkRuns).toBeLessThan(all);
    expect(live.chartJson?.toString('utf8')).toBe(await coldPayload(dir));
  }, 120_000);
});

/**
 * An org whose divisions each need an ELK run of their own: a head over three teams side by side (a
 * head over one or two blocks is laid out without ELK, layout/withoutElk.ts, as the generated orgs are).
 */
function divisionsOfThreeTeams(divisions: number): Record<string, string> {
  const files: Record<string, string> = {
    'organization.yaml': 'kind: Organization\nid: org\nname: Org\nlocale: zh-CN\n',
    'departments/0-hq.yaml': 'kind: Department\nid: hq\nname: 总部\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n',
  };
  for (let d = 1; d <= divisions; d++) {
    const docs = [
      `kind: Department\nid: d${d}\nname: 事业部${d}\nparent: hq\nhead: d${d}-head\nroles:\n  - id: d${d}-head\n    title: 事业部${d}总监\n    reports_to: ceo\n`,
    ];
    for (let t = 1; t <= 3; t++)
      docs.push(
        `kind: Department\nid: d${d}-t${t}\nname: 小组${d}-${t}\nparent: d${d}\nhead: d${d}-t${t}-lead\nroles:\n  - id: d${d}-t${t}-lead\n    title: 组长\n    reports_to: d${d}-head\n`,
      );
    files[`departments/d${d}.yaml`] = docs.join('---\n');
  }
  return files;
}
