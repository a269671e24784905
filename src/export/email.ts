/**
 * A holder's e-mail address as both exports identify and write it (one person per address).
 * The domain is case-insensitive (RFC 5321 §2.4), so `zw@Example.COM` and `zw@example.com` are one
 * mailbox and are written with the domain lower-cased. The local part is the mailbox's own and may be
 * case-sensitive, so it is kept as the user wrote it: `ZW@example.com` stays another address, as any
 * mail system other than the receiving one must treat it. Nothing else is changed: the text is the
 * user's.
 */
export function exportedEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at + 1) + email.slice(at + 1).toLowerCase();
}
