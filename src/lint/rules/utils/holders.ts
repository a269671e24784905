/**
 * Who a holder is, for comparing holders: the name (NFC, trimmed) and the
 * email when given. Two entries with the same name and no email are taken as
 * one person; different emails are different people with the same name (a
 * common case with Chinese names).
 */
import type { Holder } from '../../../model/types.js';

export function personKey(h: Holder): string {
  return `${h.name.normalize('NFC').trim()}\u0000${h.email?.trim().toLowerCase() ?? ''}`;
}
