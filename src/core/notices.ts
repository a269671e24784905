/**
 * Notices from below the CLI: something the user may want to know that is no finding (nothing in the
 * org is wrong) and does not stop the command — the loader leaving out a nested git repository. The
 * library layers cannot write to stderr (cli/stderr.ts is its one writer), so they hand the text here;
 * the CLI listens (cli/main.ts) and prints each once as `orgctl: note: …`. A library caller hears
 * nothing unless it listens.
 */
export type NoticeListener = (text: string) => void;

let listener: NoticeListener | undefined;

/** Sends every notice to `next` (undefined: nobody). Returns the listener it replaced. */
export function listenForNotices(next: NoticeListener | undefined): NoticeListener | undefined {
  const before = listener;
  listener = next;
  return before;
}

export function notice(text: string): void {
  listener?.(text);
}
