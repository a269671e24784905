/** Where a path of a git tree leads once its symbolic links are followed (no checkout: the targets are data). */
import { describe, expect, it } from 'vitest';
import { isBelow, LOOP, TreeLinks } from '../../src/load/gitLinks.js';

describe('TreeLinks.resolve', () => {
  const links = new TreeLinks(
    new Map([
      ['org/shared', '../common'],
      ['org/z.yaml', 'shared/c.yaml'],
      ['org/roles/zz.yaml', '../z.yaml'],
      ['org/abs.yaml', '/etc/passwd'],
      ['org/up.yaml', '../../x.yaml'],
      ['org/p', 'q'],
      ['org/q', 'p'],
      ['org/in.yaml', './sub/../k.yaml'],
    ]),
  );

  it('follows links component by component, as the file system does', () => {
    expect(links.resolve('org/shared')).toBe('common');
    expect(links.resolve('org/z.yaml')).toBe('common/c.yaml');
    expect(links.resolve('org/roles/zz.yaml')).toBe('common/c.yaml');
    expect(links.resolve('org/in.yaml')).toBe('org/k.yaml');
    expect(links.resolve('org/plain.yaml')).toBe('org/plain.yaml');
  });

  it('absolute targets and paths above the repository lead nowhere it knows; a loop is LOOP, as ELOOP on disk', () => {
    expect(links.resolve('org/abs.yaml')).toBeUndefined();
    expect(links.resolve('org/up.yaml')).toBeUndefined();
    expect(links.resolve('org/p')).toBe(LOOP);
  });

  it('a chain of more than 40 links is given up on, as Linux does', () => {
    const chain = new Map(Array.from({ length: 45 }, (_, i) => [`l${i}`, `l${i + 1}`]));
    expect(new TreeLinks(chain).resolve('l5')).toBe('l45');
    expect(new TreeLinks(chain).resolve('l0')).toBe(LOOP);
  });

  it('isBelow: the root itself and what is under it; the whole repository is everything but ..', () => {
    expect(isBelow('org', 'org')).toBe(true);
    expect(isBelow('org/a.yaml', 'org')).toBe(true);
    expect(isBelow('org2/a.yaml', 'org')).toBe(false);
    expect(isBelow('a.yaml', '')).toBe(true);
    expect(isBelow('../a.yaml', '')).toBe(false);
  });
});
