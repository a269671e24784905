import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeStats, loadOrg, renderDocs } from '../../src/api.js';
import { modelOf, ORG } from '../helpers.js';
const ROOT = process.cwd();

const EXAMPLES = readdirSync('examples', { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'broken')
  .map((e) => e.name);

/** The numbers in a Markdown table row: `| [name](…) | head | 21 | 21 | 0 | 0 | 21 | — |`. */
function headcountRows(readme: string): Map<string, number[]> {
  const section = readme.slice(readme.indexOf('overview-headcount"'));
  const rows = new Map<string, number[]>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*\S*?\s*\[[^\]]*\]\(departments\/([^)]+)\.md\)\s*\|[^|]*\|((?:\s*\d+\s*\|){5})/.exec(line);
    if (m)
      rows.set(
        decodeURIComponent(m[1]!),
        m[2]!
          .split('|')
          .filter((c) => c.trim())
          .map(Number),
      );
  }
  return rows;
}

describe('department totals: one definition in the handbook and in stats', () => {
  it.each(EXAMPLES)('%s: every department row of the handbook head-count table is the stats row (with sub-departments)', (name) => {
    const model = loadOrg([`examples/${name}`], ROOT);
    const stats = computeStats(model);
    const readme = renderDocs(model, { format: 'markdown' }).get('README.md')!;
    const rows = headcountRows(readme);
    expect(rows.size).toBeGreaterThan(0);
    for (const d of stats.departments) {
      const fileName = [...rows.keys()].find((k) => k === d.id || k.endsWith(d.id));
      if (fileName === undefined) continue; // paths may differ from ids for odd ids; the ones found must agree
      expect(rows.get(fileName), `${name}: ${d.id}`).toEqual([d.roles, d.seats, d.holders, d.vacancies, d.unknownSeats]);
    }
  });
});

describe('an overfilled role (more holders than seats) in the handbook and in stats', () => {
  it('counts its holders as the people named, in the head-count table, the summary and stats alike', () => {
    const model = modelOf({
      'org.yaml': ORG,
      'd.yaml':
        'kind: Department\nid: d\nname: D\nhead: r\nroles:\n  - id: r\n    title: R\n    headcount: 1\n    holders: [张三, 李四]\n  - id: s\n    title: S\n    headcount: 3\n    holders: [王五]\n    reports_to: r\n',
    });
    const d = computeStats(model).departments.find((x) => x.id === 'd')!;
    // README: holders are the people named; seats − holders = vacancies, never below 0 for a role.
    expect([d.roles, d.seats, d.holders, d.vacancies, d.unknownSeats]).toEqual([2, 4, 3, 2, 0]);
    const readme = renderDocs(model, { format: 'markdown' }).get('README.md')!;
    expect(headcountRows(readme).get('d')).toEqual([2, 4, 3, 2, 0]);
    // The summary table: departments, roles, seats, holders, vacancies, not recorded, KPIs, workflows.
    expect(readme).toContain('| 1 | 2 | 4 | 3 | 2 | 0 | 0 | 0 |');
  });
});
