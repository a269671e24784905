/**
 * Type-level test: each `@ts-expect-error` below must meet an error, or
 * TypeScript reports the directive as unused. tests/i18n/catalogue-types.test.ts
 * compiles this file (with and without the directives), so the type that
 * makes a missing message a compile error cannot quietly stop doing so.
 */
import type { Locale } from '../../../src/core/locale.js';
import type { Catalogue } from '../../../src/i18n/catalogue.js';
import { en } from '../../../src/i18n/en.js';

const { noChanges: _dropped, ...diffWithoutNoChanges } = en.diff;

// A catalogue whose diff part lacks one message does not compile.
// @ts-expect-error -- missing diff.noChanges
export const missingMessage: Catalogue = { ...en, diff: diffWithoutNoChanges };

// The table of catalogues must name every locale.
// @ts-expect-error -- missing 'zh-CN'
export const missingLocale: Record<Locale, Catalogue> = { en };
