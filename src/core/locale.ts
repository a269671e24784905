/**
 * The languages orgctl writes its own words in (headings, labels, legends,
 * summaries). User content — names, titles, free text — is never translated.
 * Adding a language: add it here, then add its catalogue in src/i18n/.
 */
export const LOCALES = ['en', 'zh-CN'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The language of a command's output: the one asked for (`--lang`, an API
 * option), else the org's `locale:`, else English.
 */
export function pickLocale(requested: Locale | undefined, org: { readonly locale?: Locale } | null | undefined): Locale {
  return requested ?? org?.locale ?? DEFAULT_LOCALE;
}
