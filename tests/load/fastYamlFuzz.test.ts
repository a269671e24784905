/**
 * The fast YAML path against `yaml` on volume: every file of generated orgs
 * (bench/generate, two seeds and a restructure variant) and thousands of
 * seeded mutations of real files. For each text the fast path must either
 * decline (undefined) or give exactly `yaml`'s ParsedFile.
 */
import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM scripts without type declarations
import { generateOrgFiles } from '../../bench/generate.mjs';
import { fastParse } from '../../src/load/fastYaml/index.js';
import { parseSource, parseSourceSlow } from '../../src/load/parse.js';
import { withSkeletons } from '../support/skeletons.js';
import { mutatedTexts } from '../support/yamlMutations.js';
import { SLOWDOWN_HANG_GUARD, slowdown } from '../support/slowdown.js';

/** Whether the fast path read `text`; fails when it did and differs from yaml. */
function agrees(text: string): boolean {
  if (fastParse(text) === undefined) return false;
  const slow = parseSourceSlow(text, 'f.yaml');
  // With its skeletons built at once, and as it reads by default (each built on first use).
  for (const lazy of [false, true]) {
    const fast = withSkeletons(parseSource(text, 'f.yaml', { fast: true, lazy }));
    if (JSON.stringify(fast) !== JSON.stringify(slow)) expect({ text, fast }).toStrictEqual({ text, fast: slow });
    expect(fast).toStrictEqual(slow);
  }
  return true;
}

describe('fast YAML path on generated orgs', () => {
  it.each([
    { roles: 1000, seed: 1, variant: 0 },
    { roles: 1000, seed: 7, variant: 2 },
  ])('reads every file of %j exactly like yaml', (params) => {
    const { files } = generateOrgFiles(params) as { files: Map<string, string> };
    let fast = 0;
    for (const text of files.values()) if (agrees(text)) fast++;
    expect(fast).toBe(files.size); // the bench's files are all in the fast subset: a silent decline would show here
  });
});

describe('fast YAML path on mutated files', () => {
  it('declines or agrees with yaml on 3,000 seeded mutations (one to three edits each)', async () => {
    let read = 0;
    let done = 0;
    for (const text of mutatedTexts(3000)) {
      if (agrees(text)) read++;
      // The event loop turns now and then: a worker that holds its thread for a minute (this loop on a busy
      // machine) misses vitest's answers and fails the run with "Timeout calling onTaskUpdate".
      if (++done % 100 === 0) await turn();
    }
    // Most single edits leave valid YAML in the subset (a changed word, a moved line): the fast path must read many.
    expect(read).toBeGreaterThan(300);
  });
});

describe('fast YAML path: linear time', () => {
  it(
    '100,000 list items with no `:` or `#` until the end of the file cost about as much as a mapping of as many lines',
    { timeout: SLOWDOWN_HANG_GUARD },
    async () => {
      // A search for the next `:` or `#` that restarted on every line would scan to the end of the file each time.
      const n = 100_000;
      const hostile = `a:\n${Array.from({ length: n }, (_, i) => `  - item number ${i}`).join('\n')}\nb: 1 # end\n`;
      const benign = `${Array.from({ length: n }, (_, i) => `key-${i}: item ${i} # c`).join('\n')}\n`;
      expect(fastParse(hostile)).toBeDefined();
      expect(fastParse(benign)).toBeDefined();
      expect(
        await slowdown(
          () => fastParse(benign),
          () => fastParse(hostile),
        ),
      ).toBeLessThan(5);
    },
  );
});
