/**
 * README as a new user reads it: `--help` must not promise a default the code does not apply.
 */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { decideJobs } from '../src/load/pool.js';

const program = buildProgram();
const commands = program.commands.filter((c) => c.name() !== 'help');

describe('--help', () => {
  it("validate --jobs says the default the loader applies (one thread, or ORGCTL_JOBS), not 'all cores'", () => {
    const validate = commands.find((c) => c.name() === 'validate')!;
    const jobs = validate.options.find((o) => o.long === '--jobs')!;
    expect(decideJobs(undefined, 100 * 1024 * 1024, {})).toBe(1);
    expect(jobs.description).not.toMatch(/all cores/);
    expect(jobs.description).toMatch(/default: 1\b/);
    expect(jobs.description).toContain('ORGCTL_JOBS');
  });
});
