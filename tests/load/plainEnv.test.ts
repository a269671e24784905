import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse.js';
import { withPlainEnv } from '../../src/load/plainEnv.js';

const YAML = Array.from({ length: 200 }, (_, i) => `- id: r${i}\n  title: 岗位${i}\n`).join('');

describe('the parser does not read the real process.env once per token', () => {
  const real = process.env;
  afterEach(() => {
    process.env = real;
  });

  it('reads LOG_TOKENS from the environment at most once per file', () => {
    let reads = 0;
    process.env = new Proxy(real, {
      get(target, key, receiver) {
        if (key === 'LOG_TOKENS') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const { file, findings } = parseSource(YAML, 'roles.yaml');
    expect(findings).toEqual([]);
    expect(file.docs).toHaveLength(1);
    expect(reads).toBeLessThanOrEqual(1); // the old code: one read per token, over a thousand here
  });

  it('puts the real environment back, even when the work throws', () => {
    const before = process.env;
    expect(() =>
      withPlainEnv(() => {
        expect(process.env).not.toBe(before);
        expect(process.env.PATH).toBe(before.PATH);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(process.env).toBe(before);
  });
});
