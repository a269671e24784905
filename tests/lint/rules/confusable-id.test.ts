/**
 * Look-alike ids: Unicode NFC twins are one id (a duplicate-id), TR39
 * confusables (`ceo` / `cеo` with a Cyrillic е) are a `confusable-id`
 * warning naming the characters, and an unknown reference that draws like an
 * existing id gets it as "did you mean".
 */
import { describe, expect, it } from 'vitest';
import { describeDifferences, skeleton } from '../../../src/model/confusables.js';
import { CONFUSABLES_VERSION } from '../../../src/model/confusables-data.js';
import { runRules } from '../../../src/lint/engine.js';
import confusableId from '../../../src/lint/rules/confusable-id.js';
import { lint, modelOf, only, ORG } from '../../helpers.js';
import { ruleTester } from '../ruleTester.js';

const CYR_E = '\u0435'; // CYRILLIC SMALL LETTER IE, drawn like e
const CYR_O = '\u043e'; // CYRILLIC SMALL LETTER O
const CYR_ES = '\u0441'; // CYRILLIC SMALL LETTER ES, drawn like c
const ACUTE = '\u0301'; // COMBINING ACUTE ACCENT

const dept = (roles: string) => `---\nkind: Department\nid: exec\nname: Exec\nhead: ceo\nroles:\n${roles}`;
const messages = (findings: { rule: string; line?: number; column?: number; message: string }[], rule: string) =>
  findings.filter((f) => f.rule === rule).map((f) => `${f.line ?? '?'}:${f.column ?? '?'} ${f.message}`);

describe('skeletons (Unicode TR39, confusables.txt)', () => {
  it('ships the whole table of a recent Unicode version', () => {
    expect(Number(CONFUSABLES_VERSION.split('.')[0])).toBeGreaterThanOrEqual(15);
  });

  it('draws Cyrillic, Greek, fullwidth and digit look-alikes like their Latin twins, and keeps different letters apart', () => {
    expect(skeleton(`c${CYR_E}o`)).toBe(skeleton('ceo'));
    expect(skeleton(`${CYR_ES}${CYR_E}${CYR_O}`)).toBe(skeleton('ceo'));
    expect(skeleton('\u03bfps')).toBe(skeleton('ops')); // GREEK SMALL LETTER OMICRON
    expect(skeleton('\uff43\uff45\uff4f')).toBe(skeleton('ceo')); // FULLWIDTH c e o
    expect(skeleton('ops-1')).toBe(skeleton('ops-l'));
    expect(skeleton('rn-lead')).toBe(skeleton('m-lead'));
    expect(skeleton(`ceo\ufe0f`)).toBe(skeleton('ceo')); // a variation selector draws nothing
    expect(skeleton('ceo')).not.toBe(skeleton('cto'));
    expect(skeleton('ceo')).not.toBe(skeleton('CEO'));
    expect(skeleton('客服主管')).not.toBe(skeleton('客服专员'));
  });

  it('names the characters that differ, with code points', () => {
    expect(describeDifferences(`c${CYR_E}o`, 'ceo')).toBe('U+0435 CYRILLIC SMALL LETTER IE vs U+0065 LATIN SMALL LETTER E');
    expect(describeDifferences(`${CYR_ES}e${CYR_O}`, 'ceo')).toBe(
      'U+0441 CYRILLIC SMALL LETTER ES vs U+0063 LATIN SMALL LETTER C; U+043E CYRILLIC SMALL LETTER O vs U+006F LATIN SMALL LETTER O',
    );
    expect(describeDifferences('m-lead', 'rn-lead')).toBe(
      'U+006D LATIN SMALL LETTER M vs U+0072 LATIN SMALL LETTER R + U+006E LATIN SMALL LETTER N',
    );
    expect(describeDifferences('ceo\ufe0f', 'ceo')).toBe('U+006F LATIN SMALL LETTER O + U+FE0F vs U+006F LATIN SMALL LETTER O');
    expect(describeDifferences('\ud835\udc1c\u0435o', 'ceo')).toBe(
      'U+1D41C vs U+0063 LATIN SMALL LETTER C; U+0435 CYRILLIC SMALL LETTER IE vs U+0065 LATIN SMALL LETTER E',
    );
  });
});

describe('confusable-id', () => {
  it('reports the later of two look-alike roles, naming the other, where it is, and the differing characters', () => {
    const org = ORG + dept(`  - {id: ceo, title: CEO}\n  - {id: c${CYR_E}o, title: CEO, reports_to: ceo}\n`);
    const findings = lint(org);
    expect(messages(findings, 'confusable-id')).toEqual([
      `11:10 Role 'c${CYR_E}o' looks like Role 'ceo' (org.yaml:10:10): U+0435 CYRILLIC SMALL LETTER IE vs U+0065 LATIN SMALL LETTER E: rename one of them`,
    ]);
    expect(only(findings, 'confusable-id')[0]!.severity).toBe('warning');
  });

  it('compares ids across kinds (they share one namespace) and across files', () => {
    const files = {
      'a.yaml': ORG + dept('  - {id: ceo, title: CEO}\n'),
      'b.yaml': `kind: KPI\nid: ${CYR_ES}${CYR_E}${CYR_O}\nname: K\nowner: ceo\n`,
    };
    expect(messages(runRules(modelOf(files)), 'confusable-id')).toEqual([
      `2:5 KPI '${CYR_ES}${CYR_E}${CYR_O}' looks like Role 'ceo' (a.yaml:10:10): U+0441 CYRILLIC SMALL LETTER ES vs U+0063 LATIN SMALL LETTER C; U+0435 CYRILLIC SMALL LETTER IE vs U+0065 LATIN SMALL LETTER E; U+043E CYRILLIC SMALL LETTER O vs U+006F LATIN SMALL LETTER O: rename one of them`,
    ]);
  });

  it('reports each of several look-alikes once, against the first', () => {
    const org =
      ORG +
      dept(
        `  - {id: ceo, title: CEO}\n  - {id: c${CYR_E}o, title: A, reports_to: ceo}\n  - {id: ${CYR_ES}eo, title: B, reports_to: ceo}\n  - {id: cto, title: CTO, reports_to: ceo}\n`,
      );
    expect(only(lint(org), 'confusable-id').map((f) => `${f.entity ?? '?'}@${f.line ?? '?'}`)).toEqual([`c${CYR_E}o@11`, `${CYR_ES}eo@12`]);
  });

  it('reports look-alike step ids within a workflow, at the later step', () => {
    const org =
      ORG +
      dept('  - {id: ceo, title: CEO}\n') +
      `---\nkind: Workflow\nid: w\nname: W\nsteps:\n  - {id: review, role: ceo}\n  - {id: rev\u0456ew, role: ceo}\n`;
    expect(messages(lint(org), 'confusable-id')).toEqual([
      `17:10 workflow 'w' step 'rev\u0456ew' looks like step 'review' (org.yaml:16:10): U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I vs U+0069 LATIN SMALL LETTER I: rename one of them`,
    ]);
  });

  it('is quiet on distinct ids, Chinese ids and upper/lower case', () => {
    const org =
      ORG +
      dept(
        '  - {id: ceo, title: CEO}\n  - {id: CEO-office, title: A, reports_to: ceo}\n  - {id: 客服主管, title: B, reports_to: ceo}\n  - {id: 客服专员, title: C, reports_to: 客服主管}\n  - {id: cto, title: D, reports_to: ceo}\n',
      );
    expect(only(lint(org), 'confusable-id')).toEqual([]);
  });

  it('can be turned off like any rule', () => {
    const org =
      `${ORG}rules:\n  confusable-id: off\n` + dept(`  - {id: ceo, title: CEO}\n  - {id: c${CYR_E}o, title: A, reports_to: ceo}\n`);
    expect(only(lint(org), 'confusable-id')).toEqual([]);
  });

  it(
    'buckets ids by skeleton: 4096 ids that all look alike give 4095 findings (each against the first), not 8 million pairs',
    { timeout: 60_000 },
    () => {
      // 12 letters, each Latin or Cyrillic: 4096 different ids with one skeleton, each reported once (against the first).
      const base = 'ceoceoceoceo';
      const twin: Record<string, string> = { c: CYR_ES, e: CYR_E, o: CYR_O };
      const alike: string[] = [];
      const pairs: string[] = [];
      for (let n = 0; n < 1 << base.length; n++) {
        alike.push(Array.from(base, (ch, i) => ((n >> i) & 1 ? twin[ch]! : ch)).join(''));
        pairs.push(`${n % 2 ? `c${CYR_E}o` : 'ceo'}ceoceoce-${n >> 1}`);
      }
      const orgOf = (ids: string[]) => modelOf({ 'org.yaml': ORG + ids.map((id) => `---\nkind: KPI\nid: ${id}\nname: K\n`).join('') });
      const alikeModel = orgOf(alike);
      const pairsModel = orgOf(pairs);
      expect(runRules(alikeModel, [confusableId])).toHaveLength(alike.length - 1);
      expect(runRules(pairsModel, [confusableId])).toHaveLength(pairs.length / 2);
    },
  );
});

describe('ids in Unicode NFC', () => {
  const composed = 'caf\u00e9';
  const decomposed = `cafe${ACUTE}`;

  it('an id typed composed and decomposed is one id: a duplicate-id, not a look-alike', () => {
    const org = ORG + `---\nkind: Department\nid: ${composed}\nname: Café\n---\nkind: Department\nid: ${decomposed}\nname: Café bis\n`;
    const findings = lint(org);
    expect(messages(findings, 'duplicate-id')).toEqual([
      `10:5 duplicate id '${composed}': Department '${composed}' reuses the id of Department '${composed}' (org.yaml:6:5) (written with different code points that are the same text in Unicode NFC, e.g. composed é and e + U+0301)`,
    ]);
    expect(only(findings, 'confusable-id')).toEqual([]);
  });

  it('references resolve whichever way they were typed', () => {
    const org =
      ORG +
      `---\nkind: Department\nid: ${composed}\nname: Café\nhead: ${decomposed}-lead\nkpis: [${decomposed}-kpi]\nroles:\n  - {id: ${composed}-lead, title: Lead}\n  - {id: barista, title: B, reports_to: ${decomposed}-lead, dotted_line: [${decomposed}-lead], department: ${decomposed}}\n---\nkind: KPI\nid: ${composed}-kpi\nname: K\nowner: ${decomposed}\n---\nkind: Workflow\nid: w\nname: W\nowner: ${decomposed}-lead\nsteps:\n  - {id: ${composed}-open, role: ${decomposed}-lead, next: [${decomposed}-close]}\n  - {id: ${decomposed}-close, role: barista, next: []}\n`;
    const model = modelOf({ 'org.yaml': org });
    expect(model.hierarchy.manager.get('barista')?.id).toBe(`${composed}-lead`);
    expect(model.departments.get(composed)?.head).toBe(`${composed}-lead`);
    expect(model.workflows.get('w')!.steps.map((s) => s.id)).toEqual([`${composed}-open`, `${composed}-close`]);
    expect(lint(org).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('did you mean, by look', () => {
  it('suggests the id an unknown reference draws like, even when it is many edits away', () => {
    const allCyrillic = `${CYR_ES}${CYR_E}${CYR_O}`; // 3 edits from 'ceo': too far for the spelling suggestion
    const org =
      ORG +
      dept(`  - {id: ceo, title: CEO}\n  - {id: a, title: A, reports_to: ${allCyrillic}, dotted_line: [${allCyrillic}]}\n`) +
      `---\nkind: KPI\nid: k\nname: K\nowner: ${allCyrillic}\n`;
    const findings = lint(org);
    expect(messages(findings, 'reports-to-unknown')).toEqual([
      `11:35 role 'a' reports to '${allCyrillic}', which is not a role (did you mean 'ceo'?)`,
    ]);
    expect(messages(findings, 'dotted-line-unknown')).toEqual([
      `11:54 role 'a' has a dotted line to '${allCyrillic}', which is not a role (did you mean 'ceo'?)`,
    ]);
    expect(messages(findings, 'kpi-owner-unknown')).toEqual([
      `16:8 KPI 'k' is owned by '${allCyrillic}', which is not a role or department (did you mean 'ceo'?)`,
    ]);
  });
});

/** ceo in department d (id on line 10), then `more` roles from line 12. */
const exec = (more: string) => `${ORG}---\nkind: Department\nid: d\nname: D\nhead: ceo\nroles:\n  - id: ceo\n    title: C\n${more}`;

ruleTester(confusableId, {
  valid: [exec('  - id: cfo\n    title: F\n'), exec('  - id: 首席执行官\n    title: 首席执行官\n')],
  invalid: [
    {
      code: exec(`  - id: c${CYR_E}o\n    title: C2\n`),
      errors: [{ messageId: 'lookalike', line: 12, column: 9, endLine: 12, endColumn: 12, path: ['id'] }],
    },
    {
      // The workflow starts on line 12; its second step's id is on line 19.
      code: exec('---\nkind: Workflow\nid: w\nname: W\nsteps:\n  - id: ops-l\n    role: ceo\n  - id: ops-1\n    role: ceo\n'),
      errors: [{ messageId: 'lookalikeStep', line: 19, column: 9, endLine: 19, endColumn: 14, path: ['steps', 1, 'id'] }],
    },
  ],
});
