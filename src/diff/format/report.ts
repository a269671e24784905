/**
 * What the text and Markdown reports share before they write a line: the
 * language (--lang, else the HEAD org's locale), its words, the sides' names,
 * each finding's message in that language with where it is, what changed in
 * a finding present on both sides, and how the base's policy came out. Each
 * format escapes what it takes from here.
 */
import { pickLocale, type Locale } from '../../core/locale.js';
import { messagesFor, type DiffWords } from '../../i18n/index.js';
import type { Finding } from '../../load/types.js';
import { findingChangeDetail } from '../findingChange.js';
import { findingMessage } from '../findingMessage.js';
import type { ChangedFinding, DiffResult } from '../types.js';

export interface ReportOptions {
  /** How the two sides were named on the command line. */
  labels?: { before: string; after: string };
  /** Language of orgctl's own words; default: the HEAD org's `locale` (else en). */
  locale?: Locale;
}

export interface Report {
  words: DiffWords;
  /** Unescaped. */
  labels: { before: string; after: string };
  message(f: Finding): string;
  /** `file:line:col`, or '' for a finding without a file (unescaped). */
  where(f: Finding): string;
  /** "11 → 9 direct reports", in the report's language (unescaped). */
  changeDetail(ch: ChangedFinding): string;
  /** The base's gates: broken (list them), passed (say so), or none set. */
  policy: 'broken' | 'passed' | 'none';
}

export function reportOf(result: DiffResult, options: ReportOptions): Report {
  const locale = pickLocale(options.locale, result.models.after.organization);
  const words = messagesFor(locale).diff;
  const message = (f: Finding) => findingMessage(f, locale);
  return {
    words,
    labels: options.labels ?? words.sides,
    message,
    where: (f) => (f.file ? `${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}` : ''),
    changeDetail: (ch) => findingChangeDetail(ch, message),
    policy: result.policy.length ? 'broken' : result.models.before.organization?.diffPolicy ? 'passed' : 'none',
  };
}
