/**
 * The catalogues: English has no Chinese, Chinese leaves nothing in English,
 * plural is English-only, and the locale is picked once, the same way for
 * every command (--lang, else the org's locale:, else en).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, pickLocale } from '../../src/core/locale.js';
import { plural } from '../../src/core/text/plural.js';
import { CATALOGUES, messagesFor } from '../../src/i18n/index.js';

/** Sample arguments of the messages that take more than counts and words (the diff's policy gates). */
const SAMPLES: Readonly<Record<string, unknown[]>> = {
  someIds: [['a', 'b'], 2],
  rolesRemoved: [{ removed: 2, ids: "'a'", share: { percent: '10%', whole: 20 }, limit: '5%' }],
  seatsRemoved: [{ removed: 2, percent: '10%', whole: 20, ids: "'a'", limit: '5%' }],
  departmentGrowth: [{ department: 'd', from: 1, to: 4, limit: '2' }],
  protectedItem: ['role', 'a', 'headcount'],
  protectedChange: [{ kind: 'role', id: 'a', items: "role 'a'", more: 1, labels: ['ok'] }],
};

/** Every message of a catalogue as text: functions called with sample arguments. */
function messages(catalogue: object, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([k, v]): [string, string][] => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') return [[key, v]];
    if (typeof v === 'function') {
      const args =
        SAMPLES[k] ??
        (k === 'slaDuration'
          ? ['2', 'h']
          : k === 'counts'
            ? [{ roles: 2, seats: 3, departments: 4, kpis: 5, workflows: 6, files: 7 }]
            : ['2', 3, 4, 5, 6]);
      return [[key, String((v as (...a: unknown[]) => unknown)(...args))]];
    }
    return messages(v as object, key);
  });
}

const HAN = /\p{Script=Han}/u;

describe('catalogues', () => {
  const en = messages(CATALOGUES.en);
  const zh = new Map(messages(CATALOGUES['zh-CN']));

  it('one per locale, each labelled with its own locale', () => {
    for (const locale of LOCALES) {
      expect(messagesFor(locale).locale).toBe(locale);
      expect(messagesFor(locale).docs.lang).toBe(locale);
    }
  });

  it('English has no Chinese', () => {
    for (const [key, text] of en) expect(text, key).not.toMatch(HAN);
  });

  it('Chinese translates every message: only punctuation, ids and the locale code are shared', () => {
    const neutral = new Set([
      'locale',
      'docs.lang',
      'docs.listSep',
      'docs.colon',
      'docs.none',
      'docs.id',
      'docs.parenthesised',
      'chart.listSeparator',
      'diff.listSep',
      'diff.fieldChange',
      'diff.parenthesised',
      'diff.statusKind',
      'diff.personMoved', // "胡军:仓库主管 → 仓储物流副经理": names and an arrow only
    ]);
    for (const [key, text] of en) {
      if (neutral.has(key)) continue;
      const chinese = zh.get(key)!;
      expect(chinese, key).toMatch(HAN);
      expect(chinese, key).not.toBe(text);
    }
  });
});

describe('plural', () => {
  it('one, or the English plural (regular or given)', () => {
    expect(plural(1, 'role')).toBe('1 role');
    expect(plural(0, 'role')).toBe('0 roles');
    expect(plural(2, 'sub-department')).toBe('2 sub-departments');
    expect(plural(3, 'more role', 'more roles')).toBe('3 more roles');
  });

  it('Chinese counts take no plural form', () => {
    expect(CATALOGUES['zh-CN'].diff.steps(1)).toBe('1 个步骤');
    expect(CATALOGUES['zh-CN'].diff.steps(2)).toBe('2 个步骤');
    expect(CATALOGUES.en.diff.steps(1)).toBe('1 step');
    expect(CATALOGUES.en.diff.steps(2)).toBe('2 steps');
  });
});

describe('pickLocale', () => {
  it('--lang, else the org locale, else en', () => {
    expect(pickLocale('en', { locale: 'zh-CN' })).toBe('en');
    expect(pickLocale(undefined, { locale: 'zh-CN' })).toBe('zh-CN');
    expect(pickLocale(undefined, null)).toBe('en');
    expect(pickLocale('zh-CN', undefined)).toBe('zh-CN');
  });
});
