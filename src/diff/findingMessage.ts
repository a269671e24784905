/**
 * A finding's message in the diff's language: a policy gate's from the
 * catalogue's words, a rule's from its Chinese template (as the handbook
 * does: src/docs/findingText.ts); English, and anything without a template
 * (YAML syntax and schema errors, which quote the file), as the finding has it.
 */
import type { Locale } from '../core/locale.js';
import { findingText } from '../docs/findingText.js';
import { messagesFor } from '../i18n/index.js';
import type { Finding } from '../load/types.js';
import { POLICY_RULE } from './policy/finding.js';
import { policyMessage } from './policy/message.js';

export function findingMessage(f: Finding, locale: Locale): string {
  if (locale === 'en') return f.message;
  return f.rule === POLICY_RULE ? policyMessage(f, messagesFor(locale).diff) : findingText(f, locale);
}
