/**
 * The Markdown of the sticky comment: the hidden marker first, then the diff
 * report, kept under GitHub's 65,536-character limit. The detail (the change
 * list, the tree) is what gives way; the headline, the figures, the policy
 * gates and the findings introduced and fixed stay — their headings and
 * counts always, their items while room is left — and a note links the full
 * report. Mentions, issue references and commit hashes in the text are
 * defused, so a name like "@octocat", "#12" or "deadbeef1" pings no one and
 * links nothing.
 */

import path from 'node:path';
import { defuseCommitHashes } from '../../core/escape/markdown.js';

/** GitHub's limit on a comment's body, in characters (a JS length counts UTF-16 units, at least as many). */
export const COMMENT_LIMIT = 65_536;

/**
 * The hidden marker that finds the comment again. Keyed by the org's path, so
 * two orgs of one repository keep a comment each; the path is normalised
 * first (`org/`, `./org` and `org` are one org, so a workflow that changes
 * how it spells the path still edits its comment), and only its safe
 * characters are kept as they are.
 */
export function commentMarker(orgPath: string): string {
  const normal = path.posix.normalize(orgPath === '' ? '.' : orgPath).replace(/(.)\/+$/, '$1');
  const key = normal.replace(/[^A-Za-z0-9_./]/g, (c) => `%${c.codePointAt(0)!.toString(16).toUpperCase()}`);
  return `<!-- orgctl-diff-comment path=${key} -->`;
}

/**
 * A word joiner after `@`, `#` and `GH-` where GitHub would read a mention or
 * a reference (@name, #12, owner/repo#12, GH-12 in any case), and inside a word
 * it would link to a commit (`deadbeef1234`): the text reads the same, nobody
 * is notified, no issue gets a back-link and no commit a link. Our own markup
 * has none of them outside code blocks (headings are `#` then a space), and a
 * code block is left as it is: GitHub links nothing in one, and the Mermaid
 * diagram's colours (`stroke:#1a7f37`) and entity codes (`#35;` for a `#` in
 * a title) are no issue reference — a word joiner in one would break it.
 */
export function defuseMentions(markdown: string): string {
  let fence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fence = !fence;
      else if (!fence)
        return defuseCommitHashes(
          line
            .replace(/@(?=[A-Za-z0-9_-])/g, '@\u2060')
            .replace(/#(?=\d)/g, '#\u2060')
            .replace(/\bGH-(?=\d)/gi, (ref) => `${ref}\u2060`),
        );
      return line;
    })
    .join('\n');
}

export interface FitOptions {
  /** The first line (the comment's hidden marker); none for a job summary. */
  marker?: string;
  /** The heading lines where the detail begins (`### Changes`, `### Affected part of the tree`). */
  detailHeadings: readonly string[];
  /** The note put where text was left out; `n` lines left out. */
  truncated(n: number): string;
  limit?: number;
  /** How `limit` counts: UTF-16 units (GitHub's comment limit) by default, or e.g. UTF-8 bytes (the job summary's). */
  measure?: (text: string) => number;
}

/** Closes what a cut may leave open: a fenced block, a <details>. */
function closers(kept: readonly string[]): string[] {
  let fence = false;
  let details = 0;
  for (const line of kept) {
    if (line.startsWith('```')) fence = !fence;
    else if (!fence && line.startsWith('<details>')) details++;
    else if (!fence && line.startsWith('</details>')) details--;
  }
  return [...(fence ? ['```'] : []), ...Array<string>(Math.max(0, details)).fill('</details>')];
}

export function fitComment(markdown: string, options: FitOptions): string {
  return fitMarkdown(defuseMentions(markdown), options);
}

/**
 * `markdown` under `options.limit`, as fitComment keeps it (without defusing
 * mentions: what it writes is not posted as a comment).
 */
export function fitMarkdown(markdown: string, options: FitOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? ((text: string) => text.length);
  const size = (lines: readonly string[]) => lines.reduce((n, l) => n + measure(l) + 1, 0);
  const top = options.marker === undefined ? [] : [options.marker];
  const lines = markdown.split('\n');
  const whole = [...top, ...lines].join('\n');
  if (measure(whole) <= limit) return whole;

  // Room for the marker, a note and its closers.
  const reserve = size(top) + measure(options.truncated(lines.length)) + 64;
  const start = lines.findIndex((l) => options.detailHeadings.includes(l));
  const head = start < 0 ? lines : lines.slice(0, start);
  const detail = start < 0 ? [] : lines.slice(start);

  let kept: string[];
  let left: number;
  if (size(head) + reserve <= limit) {
    // The head whole; detail lines while they fit.
    kept = [...head];
    let room = limit - reserve - size(head);
    let i = 0;
    for (; i < detail.length && measure(detail[i]!) + 1 <= room; i++) {
      room -= measure(detail[i]!) + 1;
      kept.push(detail[i]!);
    }
    left = detail.length - i;
    kept.push(...closers(kept));
  } else {
    // Even the head is too long (thousands of findings): every heading, table row and sentence stays,
    // list items while room is left, and each list says how many it lost.
    const items = (l: string) => l.startsWith('- ');
    // Each heading may get a line saying how many items its list lost.
    const lostNote = measure(`- ${options.truncated(lines.length)}`) + 1;
    let room = limit - reserve - size(head.filter((l) => !items(l))) - lostNote * head.filter((l) => l.startsWith('#')).length;
    kept = [];
    left = detail.length;
    let dropped = 0;
    for (const line of head) {
      if (items(line)) {
        if (measure(line) + 1 <= room) {
          room -= measure(line) + 1;
          kept.push(line);
        } else dropped++;
        continue;
      }
      if (dropped) kept.push(`- ${options.truncated(dropped)}`);
      left += dropped;
      dropped = 0;
      kept.push(line);
    }
    if (dropped) kept.push(`- ${options.truncated(dropped)}`);
    left += dropped;
  }
  return [...top, ...kept, '', options.truncated(left), ''].join('\n');
}
