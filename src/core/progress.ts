/**
 * Progress for long work, on stderr only, and only when stderr is a terminal
 * (never in CI logs, never on stdout). Nothing is shown for work that ends
 * within `delayMs` (default one second).
 */
import { terminalText } from './escape/terminal.js';

export interface Progress {
  /** Update the current step, e.g. ("laying out", 3, 10). */
  update(label: string, done?: number, total?: number): void;
  done(): void;
}

/**
 * The default delay: one second, or ORGCTL_PROGRESS_DELAY_MS (a whole number of
 * milliseconds). The variable is for tests: with 0, a CLI test sees progress on
 * a small org instead of needing a run that lasts over a second on whatever
 * machine runs it. Anything else in it is ignored.
 */
function defaultDelayMs(): number {
  const given = process.env.ORGCTL_PROGRESS_DELAY_MS;
  return given !== undefined && /^\d{1,7}$/.test(given) ? Number(given) : 1000;
}

export function createProgress(delayMs = defaultDelayMs(), stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return { update() {}, done() {} };
  const start = Date.now();
  let shown = false;
  let last = '';
  return {
    update(label, done, total) {
      if (Date.now() - start < delayMs) return;
      // Labels may name a path or revision given on the command line.
      const text = terminalText(total ? `${label} ${done ?? 0}/${total}` : label);
      if (text === last) return;
      last = text;
      shown = true;
      stream.write(`\r\x1b[2K${text}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
