/**
 * orgctl's own words in each language: `messagesFor(locale)` is the one door.
 * Adding a language: its code in core/locale.ts, one file here with a
 * `Catalogue`, one line in CATALOGUES (which does not compile until both exist).
 */
import type { Locale } from '../core/locale.js';
import type { Catalogue, ChartWords } from './catalogue.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

export type {
  Catalogue,
  ChangeStatus,
  ChartWords,
  DiffField,
  DiffWords,
  DocsWords,
  InteractiveWords,
  RaciLetter,
  Severity,
  SlaUnit,
  StatsWords,
  StylishWords,
  SummaryRowKey,
} from './catalogue.js';
export { DIFF_FIELDS } from './catalogue.js';

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, 'zh-CN': zhCN };

export function messagesFor(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/** The chart's words: what every chart file needs of the catalogue. */
export function chartWords(locale: Locale): ChartWords {
  return CATALOGUES[locale].chart;
}
