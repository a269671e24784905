/**
 * The layout worker compiles elkjs from the code cache `npm run build` made (scripts/elk-cache.mjs,
 * dist/elk.codecache), and lays out the same as ever. (A cache that does not fit is ignored:
 * tests/core/codeCache.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runElk, saveElkCodeCache } from '../../src/chart/layout/elk.js';
import { temporaryDirs } from '../support/tmp.js';

const tmpDir = temporaryDirs('orgctl-elk-cache-');

describe('the ELK code cache', () => {
  it('was made by the build for this node and elkjs, and the worker starts from it', { timeout: 60_000 }, async () => {
    const laid = await runElk(
      {
        id: 'root',
        children: [
          { id: 'a', width: 100, height: 40 },
          { id: 'b', width: 100, height: 40 },
        ],
        edges: [{ id: 'e', sources: ['a'], targets: ['b'] }],
      },
      { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN' },
    );
    const [a, b] = laid.children!;
    expect(b!.y!).toBeGreaterThan(a!.y! + 40); // b below a: a real layout ran
    const saved = path.join(tmpDir(), 'elk.codecache');
    expect(await saveElkCodeCache(saved)).toBe(true);
    expect(fs.readFileSync(saved, 'latin1').split('\n')[0]).toContain(`orgctl-elk-cache 1 node ${process.version} `);
  });
});
