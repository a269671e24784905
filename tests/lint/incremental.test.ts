/**
 * HEAD of a diff is checked only where it changed (lint/incremental.ts): the rules that opt in look at
 * the changed entities again and report the base's findings about the others at their place in HEAD.
 * On random restructures of a generated org with problems planted in it, loaded as `orgctl diff` loads
 * them, that must give exactly the findings of a full check of HEAD: same findings, same order, same
 * positions, messages and suggestions.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
import { createDocMemo, createSharedParse } from '../../src/api.js';
import type { LintRecord } from '../../src/lint/engine.js';
import { modelDelta } from '../../src/lint/incremental.js';
import { RULES } from '../../src/lint/registry.js';
import { lintOrg } from '../../src/lint/result.js';
import { loadSide } from '../../src/model/load.js';
import { lines, loadPair, random, setLine, type Files } from '../support/restructure.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-incremental-');

type Pick = <T>(list: readonly T[]) => T;

/** Ids of the roles whose holders are `[]` (vacant) as written, each with its file. */
function vacantRoles(files: Files): string[] {
  const out: string[] = [];
  for (const text of files.values()) {
    let id: string | undefined;
    for (const line of text.split('\n')) {
      const m = line.match(/^\s*(?:- )?id: (\S+)$/);
      if (m) id = m[1];
      else if (/^\s+holders: \[\]$/.test(line) && id !== undefined) out.push(id);
    }
  }
  return out;
}

/** Ids of the KPIs that have no owner. */
function ownerlessKpis(files: Files): string[] {
  const out: string[] = [];
  for (const text of files.values())
    for (const doc of text.split('\n---\n')) {
      const id = doc.match(/^kind: KPI\nid: (\S+)$/m)?.[1];
      if (id !== undefined && !/^owner: /m.test(doc)) out.push(id);
    }
  return out;
}

const roleIds = (files: Files) => lines(files, /^\s*(?:- )?id: (\S+-(?:head|lead-\d+|[a-z]+-\d+))$/).map((l) => l.match[1]!);

/**
 * Edits a restructure makes, and the mistakes the incremental rules find: holders repeated, added beyond
 * the seats, removed (a vacant manager), retitled roles, new headcounts, new reporting lines (known and
 * unknown), dotted lines (to the manager, to no role, to another role), KPI listings with targets out of
 * range or naming no KPI, listings replaced, KPI owners removed, KPIs no one lists (unused), KPI ranges changed, and ids
 * changed (a role or KPI id that comes and goes).
 */
const EDITS: ((files: Files, pick: Pick) => void)[] = [
  (files, pick) => {
    const l = pick(lines(files, /^(\s+)holders: \[(.+)\]$/));
    const names = l.match[2]!.split(', ');
    setLine(files, l, `${l.match[1]!}holders: [${[...names, names[0]!].join(', ')}]`);
  },
  (files, pick) => {
    const l = pick(lines(files, /^(\s+)holders: \[(.+)\]$/));
    setLine(files, l, `${l.match[1]!}holders: [${l.match[2]!}, 甲一, 乙二, 丙三]`);
  },
  (files, pick) => {
    const l = pick(lines(files, /^(\s+)holders: \[(.+)\]$/));
    setLine(files, l, `${l.match[1]!}holders: []`);
  },
  (files, pick) => {
    const l = pick(lines(files, /^(\s+)title: (.+)$/));
    setLine(files, l, `${l.match[1]!}title: ${l.match[2]!}改`);
  },
  (files, pick) => {
    const l = pick(lines(files, /^(\s+)headcount: (\d+)$/));
    setLine(files, l, `${l.match[1]!}headcount: ${1 + Math.floor(Number(l.match[2]) / 2)}`);
  },
  (files, pick) => {
    const l = pick(lines(files, /^(\s+)reports_to: (.+)$/));
    setLine(files, l, `${l.match[1]!}reports_to: ${pick(roleIds(files))}`);
  },
  (files, pick) => {
    // A dotted line to the role's own manager (redundant), to no role (unknown), or to another role.
    const l = pick(lines(files, /^(\s+)reports_to: (.+)$/));
    const target = pick([l.match[2]!, `${l.match[2]!}-x`, pick(roleIds(files))]);
    setLine(files, l, `${l.match[0]}\n${l.match[1]!}dotted_line: [${target}]`);
  },
  (files, pick) => {
    const l = pick(lines(files, /^(\s+- \{id: )(\S+), target: ([\d.]+)\}$/));
    const change = pick([`${l.match[2]!}, target: 100000`, `${l.match[2]!}-x, target: ${l.match[3]!}`, `${l.match[2]!}, target: -5`]);
    setLine(files, l, `${l.match[1]!}${change}}`);
  },
  (files, pick) => {
    const l = pick(lines(files, /^(\s+- \{id: )(\S+), target: ([\d.]+)\}$/));
    setLine(
      files,
      l,
      `${l.match[1]!}${l.match[2]!}, target: ${l.match[3]!}}`.replace(
        /^(\s+)- .*$/,
        '$1- ' + pick(lines(files, /^id: (\S+-kpi\d)$/)).match[1]!,
      ),
    );
  },
  (files, pick) => {
    const l = pick(lines(files, /^owner: (.+)$/));
    setLine(files, l, '');
  },
  (files, pick) => {
    // A KPI nobody lists or owns: a copy of one, under a new id and without its owner.
    const l = pick(lines(files, /^id: (\S+-kpi\d)$/));
    const text = files.get(l.file)!;
    const doc = text.split('\n---\n').find((d) => d.includes(l.match[0]))!;
    const copy = doc.replace(l.match[0], `id: ${l.match[1]!}-copy${l.index}`).replace(/^owner: .*$/m, '');
    files.set(l.file, `${text}\n---\n${copy}`);
  },
  (files, pick) => {
    // The role a dotted line names takes another id, or a role takes the id a dotted line names.
    const dotted = lines(files, /^\s+dotted_line: \[(\S+)\]$/);
    if (!dotted.length) return;
    // Often one that names the role's own manager (a redundant line, which then names no role).
    const redundant = dotted.filter((d) => files.get(d.file)!.split('\n')[d.index - 1]!.endsWith(`reports_to: ${d.match[1]!}`));
    const target = pick(redundant.length && pick([0, 1]) ? redundant : dotted).match[1]!;
    const named = lines(files, new RegExp(`^(\\s*(?:- )?id: )${target}$`));
    const l = named.length ? pick(named) : pick(lines(files, /^(\s*(?:- )?id: )(\S+-lead-\d+)$/));
    setLine(files, l, `${l.match[1]!}${named.length ? `${target}-gone` : target}`);
  },
  (files, pick) => {
    // An id that looks like another: one of its Latin letters is Cyrillic.
    const ids = lines(files, /^(\s*(?:- )?id: )(\S*[aeo]\S*)$/);
    const [l, like] = [pick(ids), pick(ids)];
    setLine(files, l, `${l.match[1]!}${like.match[2]!.replace(/[aeo]/, (c) => ({ a: '\u0430', e: '\u0435', o: '\u043e' })[c]!)}`);
  },
  (files, pick) => {
    // A vacant role gains a report, or loses one.
    const vacant = vacantRoles(files);
    if (!vacant.length) return;
    const target = pick(vacant);
    const reporting = lines(files, new RegExp(`^(\\s+)reports_to: ${target}$`));
    const l = reporting.length && pick([0, 1]) ? pick(reporting) : pick(lines(files, /^(\s+)reports_to: (.+)$/));
    setLine(files, l, `${l.match[1]!}reports_to: ${l.match[0].endsWith(` ${target}`) ? pick(roleIds(files)) : target}`);
  },
  (files, pick) => {
    // A KPI with no owner gets listed, or loses a listing.
    const ownerless = ownerlessKpis(files);
    if (!ownerless.length) return;
    const kpi = pick(ownerless);
    const listings = lines(files, new RegExp(`^(\\s+- )(?:\\{id: )?${kpi}\\b.*$`));
    const l = listings.length && pick([0, 1]) ? pick(listings) : pick(lines(files, /^(\s+- )\{id: (\S+), target: ([\d.]+)\}$/));
    setLine(files, l, `${l.match[1]!}${l.match[0].includes(kpi) ? pick(lines(files, /^id: (\S+-kpi\d)$/)).match[1]! : kpi}`);
  },
  (files, pick) => {
    const l = pick(lines(files, /^unit: percent$/));
    setLine(files, l, 'unit: count');
  },
  (files, pick) => {
    const l = pick(lines(files, /^(\s*(?:- )?id: )(\S+-(?:lead-\d+|kpi\d))$/));
    setLine(files, l, `${l.match[1]!}${l.match[2]!}-new`);
  },
];

function restructure(seed: number): { before: Files; after: Files } {
  const { files } = generateOrgFiles({ roles: 300, seed }) as { files: Files };
  const next = random(seed);
  const pick: Pick = (list) => list[Math.floor(next() * list.length)]!;
  const before = new Map(files);
  // Problems in the base, so that HEAD has findings to take over as well as findings of its own.
  for (let n = 0; n < 12; n++) pick(EDITS)(before, pick);
  const after = new Map(before);
  for (let n = 0; n < 2 + (seed % 8); n++) pick(EDITS)(after, pick);
  return { before, after };
}

function loadRestructure(seed: number) {
  const { before, after } = restructure(seed);
  return loadPair(tmp(), before, after);
}

const INCREMENTAL = RULES.filter((r) => r.incremental).map((r) => r.id);
const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);

describe('checking HEAD where it changed', () => {
  const taken = new Set<string>();
  let incremental = 0;
  for (const seed of SEEDS) {
    it(`gives the findings of a full check: seed ${seed}`, () => {
      const { base, head } = loadRestructure(seed);
      const record: LintRecord = new Map();
      lintOrg(base, { record });
      const full = lintOrg(head).findings;
      const delta = modelDelta(base, head);
      if (delta) {
        incremental++;
        expect(delta.changed.size + delta.removed.size).toBeGreaterThan(0);
        for (const [rule, { reports }] of record) if (reports.some((r) => head.byId.has(r.entity.id))) taken.add(rule);
      }
      const fromBase = lintOrg(head, delta ? { from: { delta, record } } : {}).findings;
      expect(JSON.stringify(fromBase)).toBe(JSON.stringify(full));
    });
  }

  it('was tried where it matters', () => {
    // Most restructures go the incremental way, and every incremental rule had base findings to take over.
    expect(incremental).toBeGreaterThanOrEqual(SEEDS.length / 2);
    expect([...taken].sort()).toEqual([...INCREMENTAL].sort());
  });
});

describe('the delta between two sides', () => {
  it('is none when the Organization changed: its rule settings hold for every finding', () => {
    const files = new Map(generateOrgFiles({ roles: 50, seed: 3 }).files as Files);
    const root = tmp();
    const org = files.get('organization.yaml')!;
    const sides = {
      a: files,
      renamed: new Map([...files, ['organization.yaml', org.replace(/^name: .*$/m, 'name: 新名字')]]),
      commented: new Map([...files, ['organization.yaml', `${org}\n# a comment\n`]]),
    };
    for (const [name, side] of Object.entries(sides))
      writeTree(root, Object.fromEntries([...side].map(([rel, text]) => [`${name}/${rel}`, text])));
    const parse = createSharedParse();
    const docMemo = createDocMemo();
    const side = (p: string) => loadSide({ kind: 'path', path: p }, '.', root, parse, { asOf: '2026-12-01', docMemo });
    const a = side('a');
    expect(modelDelta(a, side('renamed'))).toBeUndefined();
    // A comment changes no setting: the Organization is compared by value (it was read again, so it is the one changed entity).
    expect([...(modelDelta(a, side('commented'))?.changed ?? ['none'])]).toEqual([a.organization!.id]);
    // The same bytes on both sides: nothing changed, nothing to check again.
    expect(modelDelta(a, side('a'))?.changed.size).toBe(0);
  });
});

describe('a finding that names another entity', () => {
  // Each case: the base's files, and HEAD's change to one of them; the role with the finding is in the other
  // file, so it is the same entity on both sides and its base finding would stand if the rule did not say
  // when it must look again.
  const org = 'kind: Organization\nid: acme\nname: Acme\n---\nkind: Department\nid: ops\nname: Ops\n';
  const top = 'kind: Role\nid: ceo\ntitle: CEO\ndepartment: ops\nholders: [Ann]\n';
  const report = (line: string) => `kind: Role\nid: clerk\ntitle: Clerk\ndepartment: ops\nreports_to: ceo\nholders: [Bob]\n${line}\n`;
  const cases: [string, Record<string, string>, Record<string, string>, string, string][] = [
    [
      'a dotted line to the manager, whose id changes',
      { 'a.yaml': top, 'b.yaml': report('dotted_line: [ceo]') },
      { 'a.yaml': top.replace('id: ceo', 'id: chief') },
      'clerk',
      'dotted-line-redundant',
    ],
    [
      'a dotted line to no role, until one takes the id',
      { 'a.yaml': top, 'b.yaml': report('dotted_line: [cfo]') },
      { 'a.yaml': `${top}---\nkind: Role\nid: cfo\ntitle: CFO\ndepartment: ops\nreports_to: ceo\nholders: [Cy]\n` },
      'clerk',
      'dotted-line-unknown',
    ],
    [
      'a vacant manager that loses its one report',
      { 'a.yaml': top.replace('[Ann]', '[]'), 'b.yaml': report('') },
      { 'b.yaml': report('').replace('reports_to: ceo\n', '') },
      'ceo',
      'vacant-manager',
    ],
  ];
  for (const [name, before, change, unchanged, rule] of cases)
    it(name, () => {
      const files = (more: Record<string, string>) => new Map(Object.entries({ 'o.yaml': org, ...more }));
      const { base, head } = loadPair(tmp(), files(before), files({ ...before, ...change }));
      const record: LintRecord = new Map();
      expect(lintOrg(base, { record }).findings.map((f) => f.rule)).toContain(rule);
      const delta = modelDelta(base, head)!;
      expect(delta.changed.has(unchanged) || delta.removed.has(unchanged)).toBe(false);
      expect(JSON.stringify(lintOrg(head, { from: { delta, record } }).findings)).toBe(JSON.stringify(lintOrg(head).findings));
    });
});
