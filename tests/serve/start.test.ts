/**
 * `orgctl serve` on a path that is not there: a mistyped path is exit 2 with
 * the load's one line, as for every other command, not a server that waits
 * for a folder that will never appear.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { serve } from '../../src/serve/index.js';
import { temporaryDirs, writeTree } from '../support/tmp.js';

const tmp = temporaryDirs('orgctl-serve-start-');

describe('serve: start', () => {
  it('refuses a path that does not exist, before listening', async () => {
    const dir = writeTree(tmp(), { 'org.yaml': 'kind: Organization\nid: acme\nname: Acme\n' });
    const missing = path.join(dir, 'orgg');
    const started = serve({ path: missing, port: 0 });
    await expect(started).rejects.toThrow(UsageError);
    await expect(started).rejects.toThrow(`path not found: ${missing}`);
  });
});
