/**
 * `orgctl import` of a roster of N rows (a generated CSV: one row per person,
 * teams of 8 under leads, leads under managers, departments three levels
 * deep) against `orgctl validate` of the org it writes: reading a roster
 * should cost about what checking the result does. Judged at 10k rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OUT, alternate, orgctl, rel, withTempDir } from './common.mjs';

export const SIZES = [10000];
export const TARGETS = { validateRatio: 3, judgedAt: 10000 };

/** The roster of `rows` people; deterministic (no randomness at all). */
export function rosterCsv(rows) {
  const lines = ['工号,姓名,部门,岗位,直属上级,编制'];
  let n = 0;
  const person = (dept, title, manager, seats) => {
    n++;
    const id = `E${String(n).padStart(6, '0')}`;
    lines.push(`${id},员工${n},${dept},${title},${manager},${seats}`);
    return id;
  };
  const ceo = person('总部', '总经理', '', 1);
  for (let c = 1; n < rows; c++) {
    const center = `中心${c}`;
    const head = person(center, '中心总监', ceo, 1);
    for (let d = 1; d <= 5 && n < rows; d++) {
      const dept = `${center}/部门${d}`;
      const mgr = person(dept, '部门经理', head, 1);
      for (let t = 1; t <= 6 && n < rows; t++) {
        const team = `${dept}/小组${t}`;
        const lead = person(team, '组长', mgr, 1);
        for (let i = 0; i < 8 && n < rows; i++) person(team, '专员', lead, 8);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function measure(size = 10000, { reps }) {
  const roster = path.join(OUT, `roster-${size}.csv`);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(roster, rosterCsv(size));
  return withTempDir('import', (tmp) => {
    let run = 0;
    let lastOrg;
    const m = alternate(reps, {
      subject: () => {
        lastOrg = path.join(tmp, `org${run++}`);
        return orgctl(['import', rel(roster), '-o', lastOrg]);
      },
      baseline: () => orgctl(['validate', lastOrg, '--max-warnings', '100000']),
    });
    const ratio = m.subject.ms / m.baseline.ms;
    const targets =
      size === TARGETS.judgedAt
        ? [
            {
              what: `import within ${TARGETS.validateRatio}× of validate of its result`,
              measured: ratio,
              limit: TARGETS.validateRatio,
              unit: '×',
            },
          ]
        : [];
    return {
      command: 'import',
      size,
      input: { files: 1, bytes: fs.statSync(roster).size },
      subject: m.subject,
      baseline: { label: 'validate of the result', ...m.baseline },
      ratio,
      targets,
    };
  });
}
