/**
 * What changed in a finding present on both sides, in a few words taken from
 * its two messages: "11 → 9 direct reports, 5 → 4 roles". Messages of one
 * template differ only in their values, so when both have the same number of
 * words, each differing word is shown old → new with the words that follow it
 * up to the end of the phrase (at most two, stopping at punctuation). Other
 * messages are shown whole, as they were before.
 */
import type { ChangedFinding } from './types.js';

const FOLLOWING_WORDS = 2;
/** A word ending a phrase: a comma, a closing bracket, a full stop. */
const PHRASE_END = /[,;:.)\]]+$/;

function words(message: string): string[] {
  return message.split(/\s+/).filter(Boolean);
}

export function findingChangeDetail(change: ChangedFinding): string {
  const b = words(change.before.message);
  const a = words(change.after.message);
  if (a.length !== b.length) return change.before.message;
  const parts: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const tail: string[] = [];
    const ended = (w: string) => PHRASE_END.test(w);
    let end = ended(a[i]!);
    for (let j = i + 1; !end && j < a.length && tail.length < FOLLOWING_WORDS && a[j] === b[j] && !/^[([]/.test(a[j]!); j++) {
      tail.push(a[j]!.replace(PHRASE_END, ''));
      end = ended(a[j]!);
    }
    const strip = (w: string) => w.replace(PHRASE_END, '');
    parts.push([`${strip(b[i]!)} → ${strip(a[i]!)}`, ...tail].join(' '));
  }
  return parts.length ? parts.join(', ') : change.before.message;
}
