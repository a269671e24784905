/**
 * Where the build leaves V8's compiled code for elkjs (scripts/elk-cache.mjs writes it, layout/elk.ts
 * reads it). This module sits two folders below the package root, as deep as the bundle's chunks
 * (dist/bundle/*.js), so the same relative URL finds the file from the plain and the bundled build.
 */
import { fileURLToPath } from 'node:url';

export function elkCodeCacheFile(): string {
  return fileURLToPath(new URL('../../dist/elk.codecache', import.meta.url));
}
