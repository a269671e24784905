/**
 * Text produced piece by piece (a handbook of 100k roles, the live chart's
 * payload) kept as UTF-8 buffers, never as one string: the pieces are gathered
 * into batches of about `batchChars` characters, each made a buffer, which
 * lives outside the JavaScript heap and is what gets written or sent anyway.
 */
export function utf8Pieces(produce: (write: (chunk: string) => void) => void, batchChars = 1 << 20): Buffer[] {
  const pieces: Buffer[] = [];
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    pieces.push(Buffer.from(batch.join(''), 'utf8'));
    batch = [];
    size = 0;
  };
  produce((chunk) => {
    batch.push(chunk);
    size += chunk.length;
    if (size >= batchChars) flush();
  });
  flush();
  return pieces;
}
