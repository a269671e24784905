/**
 * An error meaning "the command could not do its job" (exit code 2): bad usage,
 * a missing path or revision, an output that could not be written. The CLI
 * prints its message as one line on stderr, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  // Narrows Error's signature: the message is required, since it is all the user sees.
  // eslint-disable-next-line @typescript-eslint/no-useless-constructor -- makes `message` required
  constructor(message: string) {
    super(message);
  }
}
