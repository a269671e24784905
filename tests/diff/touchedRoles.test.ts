/**
 * The people and team-move passes of a diff look only at the roles that changed and their neighbours
 * (ChangeList.touchedRoles in diff/compare.ts). On random restructures of a generated org, loaded as
 * `orgctl diff` loads it (files alike on both sides share their documents), they must give exactly what
 * the passes give over every role of both sides.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
import { diffOrgs } from '../../src/diff/index.js';
import { findSubtreeMoves } from '../../src/diff/moves.js';
import { peopleChanges } from '../../src/diff/people.js';
import { lines, loadPair, random, setLine, type Files, type Line } from '../support/restructure.js';
import { temporaryDirs } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-touched-');

/**
 * Edits of the kinds a restructure makes, on the generator's YAML: a holder taken to another role, or
 * given a second one (who may keep roles in files that do not change), a holder leaving, someone new joining, a manager
 * re-reporting (a team move), a manager's id changed (its reports in other files lose their manager),
 * a role removed, and the Organization's top moved.
 */
const EDITS: ((files: Files, pick: <T>(list: T[]) => T) => void)[] = [
  (files, pick) => {
    const from = pick(holderLines(files));
    const to = pick(holderLines(files));
    const name = from.names[0]!;
    setLine(files, to, `${to.indent}holders: [${[...to.names, name].join(', ')}]`);
    if (from.file !== to.file || from.index !== to.index)
      setLine(files, from, `${from.indent}holders: [${from.names.slice(1).join(', ')}]`);
  },
  (files, pick) => {
    // Someone takes on a second role and keeps the first, which may be in a file that does not change.
    const from = pick(holderLines(files));
    const to = pick(holderLines(files));
    if (to.names.includes(from.names[0]!)) return;
    setLine(files, to, `${to.indent}holders: [${[...to.names, from.names[0]!].join(', ')}]`);
  },
  (files, pick) => {
    const line = pick(holderLines(files));
    setLine(files, line, `${line.indent}holders: []`);
  },
  (files, pick) => {
    const line = pick(holderLines(files));
    setLine(files, line, `${line.indent}holders: [${[...line.names, '新同事'].join(', ')}]`);
  },
  (files, pick) => {
    const reports = lines(files, /^(\s+)reports_to: (.+)$/, 'departments/');
    const line = pick(reports);
    setLine(files, line, `${line.match[1]!}reports_to: ${pick(reports).match[2]!}`);
  },
  (files, pick) => {
    const ids = lines(files, /^(\s+- id: )(\S+-head)$/, 'departments/');
    if (!ids.length) return;
    const line = pick(ids);
    setLine(files, line, `${line.match[1]!}${line.match[2]!}-new`);
  },
  (files, pick) => {
    const ids = lines(files, /^(\s+- id: )(\S+-lead-\d+)$/, 'departments/');
    if (!ids.length) return;
    const line = pick(ids);
    // The role's id line becomes another role's: two entries with one id, a duplicate-id the loader reports.
    setLine(files, line, `${line.match[1]!}${pick(ids).match[2]!}`);
  },
  (files, pick) => {
    const org = files.get('organization.yaml')!;
    const ids = lines(files, /^\s+- id: (\S+)$/, 'departments/');
    files.set('organization.yaml', org.replace(/^top: .*$/m, `top: ${pick(ids).match[1]!}`));
  },
];

function holderLines(files: Files): (Line & { indent: string; names: string[] })[] {
  return lines(files, /^(\s+)holders: \[(.+)\]$/, 'departments/').map((l) => ({
    ...l,
    indent: l.match[1]!,
    names: l.match[2]!.split(', '),
  }));
}

function restructure(seed: number): { before: Files; after: Files } {
  const { files } = generateOrgFiles({ roles: 400, seed }) as { files: Files };
  const after = new Map(files);
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  for (let n = 0; n < 6; n++) pick(EDITS)(after, pick);
  return { before: files, after };
}

/** Both sides of a seed's restructure, loaded as `orgctl diff` loads them. */
function loadRestructure(seed: number) {
  const { before, after } = restructure(seed);
  const { base, head } = loadPair(tmp(), before, after);
  return { before: base, after: head, result: diffOrgs(base, head) };
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('people and team moves from the roles that changed', () => {
  const kinds = new Set<string>();
  let moves = 0;
  for (const seed of SEEDS) {
    it(`match the passes over every role: seed ${seed}`, () => {
      const { before, after, result } = loadRestructure(seed);
      expect(result.changes.length).toBeGreaterThan(0);
      expect(result.people).toEqual(peopleChanges(before, after, new Map()));
      expect(result.moves).toEqual(findSubtreeMoves(before, after, result.changes));
      for (const p of result.people) kinds.add(p.change);
      moves += result.moves.length;
    });
  }

  it('were tried on restructures that name people and move teams', () => {
    // Across the seeds the edits must have produced each kind of answer, or the comparison above proves little.
    expect([...kinds].sort()).toEqual(['joined', 'left', 'moved']);
    expect(moves).toBeGreaterThan(0);
  });
});
