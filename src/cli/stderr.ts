/**
 * The one way the CLI writes a message on stderr. Messages quote paths,
 * revisions, file names and YAML values a pull request controls, so each goes
 * through terminalText here: no caller can forget it, and no caller escapes
 * twice. Callers pass plain text. (The progress line has its own writer,
 * which escapes too: core/progress.ts.)
 */
import { terminalText } from '../core/escape/terminal.js';

function line(text: string): void {
  process.stderr.write(`orgctl: ${terminalText(text)}\n`);
}

/** `orgctl: warning: …` — something the user should act on; the command still did its job. */
export function warn(text: string): void {
  line(`warning: ${text}`);
}

/** `orgctl: note: …` — worth knowing, nothing is wrong. */
export function note(text: string): void {
  line(`note: ${text}`);
}

/** `orgctl: …` — an error that ends the command, or the one-line outcome of a command that writes files. */
export function say(text: string): void {
  line(text);
}

/** Extra detail (a stack trace) for ORGCTL_DEBUG, one inert line per line. */
export function debug(text: string): void {
  if (!process.env.ORGCTL_DEBUG) return;
  for (const part of text.split('\n')) process.stderr.write(`${terminalText(part)}\n`);
}
