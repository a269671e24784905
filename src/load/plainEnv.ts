/**
 * The `yaml` package's parser reads `process.env.LOG_TOKENS` once per token. In Node, `process.env` is an
 * exotic object whose every read is a call into C++ that copies the variable out of the environment: about
 * 30% of the parse time on a large org (1.5 s → 1.05 s for the tokens of 20,000 roles). While we parse, a
 * plain-object copy stands in for it, so each read is an ordinary property lookup; the values (LOG_TOKENS
 * included) are the same, and the real object is put back even when parsing throws.
 */
export function withPlainEnv<T>(work: () => T): T {
  const real = process.env;
  process.env = { ...real };
  try {
    return work();
  } finally {
    process.env = real;
  }
}
