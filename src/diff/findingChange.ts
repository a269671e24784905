/**
 * What changed in a finding present on both sides, in a few words taken from
 * its two messages: "11 → 9 direct reports, 5 → 4 roles". Messages of one
 * template differ only in their values, so when both have the same number of
 * words, each differing word is shown old → new with the words that follow it
 * up to the end of the phrase (at most two, stopping at punctuation). Other
 * messages are shown whole, as they were before. Chinese messages are
 * spaced around their values too, and a word ends at the first full-width
 * punctuation ("9 名直接下属(按编制计" → "9 名直接下属").
 */
import type { Finding } from '../load/types.js';
import type { ChangedFinding } from './types.js';

const FOLLOWING_WORDS = 2;
/** A word ending a phrase: a comma, a closing bracket, a full stop. */
const PHRASE_END = /[,;:.)\]]+$/;
/** Full-width punctuation: what follows it in a word is the next phrase. */
const FULL_WIDTH_STOP = /[,;:。、()]/;

function words(message: string): string[] {
  return message.split(/\s+/).filter(Boolean);
}

/** `message` words a finding in the report's language (default: as the finding has it). */
export function findingChangeDetail(change: ChangedFinding, message: (f: Finding) => string = (f) => f.message): string {
  const before = message(change.before);
  const b = words(before);
  const a = words(message(change.after));
  if (a.length !== b.length) return before;
  const parts: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const tail: string[] = [];
    const ended = (w: string) => PHRASE_END.test(w) || FULL_WIDTH_STOP.test(w);
    const strip = (w: string) => w.split(FULL_WIDTH_STOP)[0]!.replace(PHRASE_END, '');
    let end = ended(a[i]!);
    for (let j = i + 1; !end && j < a.length && tail.length < FOLLOWING_WORDS && a[j] === b[j] && !/^[([(]/.test(a[j]!); j++) {
      tail.push(strip(a[j]!));
      end = ended(a[j]!);
    }
    parts.push([`${strip(b[i]!)} → ${strip(a[i]!)}`, ...tail].join(' '));
  }
  return parts.length ? parts.join(', ') : before;
}
