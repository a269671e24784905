/**
 * `chart -o org.png` without `--format png` wrote an SVG into org.png, which
 * no image viewer opens. A file named for another chart format than the one
 * asked for is exit 2 saying which --format to add, before any work.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../support/main.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-output-ext-'));
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe('chart -o named for another format', () => {
  it('is exit 2 naming the --format to add, and writes nothing', async () => {
    const cases: [string[], string, string][] = [
      [[], 'org.png', 'png'],
      [[], 'org.HTML', 'html'],
      [['--format', 'png'], 'org.svg', 'svg'],
      [['--format', 'mermaid'], 'org.dot', 'dot'],
      [['--format', 'dot'], 'org.mmd', 'mermaid'],
      [['--format', 'svg'], 'org.json', 'json'],
    ];
    for (const [args, name, wanted] of cases) {
      const out = path.join(work, name);
      const run = await runMain(['chart', 'examples/minimal-en', ...args, '-o', out]);
      const given = args[1] ?? 'svg';
      expect(run.code, name).toBe(2);
      expect(run.stderr).toBe(
        `orgctl: ${out} is named for a ${wanted} chart, but the format is ${given}: add --format ${wanted} (or name the file for ${given})\n`,
      );
    }
    expect(fs.readdirSync(work)).toEqual([]);
  });

  it('a matching or unknown extension is written as asked', async () => {
    for (const [args, name] of [
      [['--format', 'png'], 'org.png'],
      [['--format', 'mermaid'], 'org.mermaid'],
      [['--format', 'dot'], 'org.gv'],
      [[], 'org.svg'],
      [['--format', 'mermaid'], 'org.md'],
      [[], 'chart'],
    ] as [string[], string][]) {
      const run = await runMain(['chart', 'examples/minimal-en', ...args, '-o', path.join(work, name)]);
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
    }
  }, 60_000);
});
