import { describe, expect, it } from 'vitest';
import { assignNames, baseName, relativeHref } from '../../src/docs/paths.js';
import { renderDocs } from '../../src/docs/index.js';
import { shop } from './fixtures.js';

describe('page file names', () => {
  it('keeps ids readable, Chinese included', () => {
    expect(baseName('运营主管')).toBe('运营主管');
    expect(baseName('cs-lead')).toBe('cs-lead');
    expect(baseName('v1.2_beta')).toBe('v1.2_beta');
  });

  it('avoids Windows device names and trailing dots, whatever the case', () => {
    expect(baseName('con')).toBe('con~');
    expect(baseName('NUL')).toBe('NUL~');
    expect(baseName('com1')).toBe('com1~');
    expect(baseName('console')).toBe('console');
    expect(baseName('ops.')).toBe('ops.~');
  });

  it('shortens very long ids under the 255-byte limit, keeping them distinct', () => {
    const a = '运'.repeat(200);
    const b = `${'运'.repeat(199)}营`;
    expect(new TextEncoder().encode(`${baseName(a)}.md`).length).toBeLessThan(255);
    expect(baseName(a)).not.toBe(baseName(b));
    expect(baseName(a).startsWith('运'.repeat(60))).toBe(true);
  });

  it('never gives two ids names that collide on a case-insensitive or normalising file system', () => {
    const nfd = 'cafe\u0301';
    const nfc = 'caf\u00e9';
    const names = assignNames(['Ops', 'ops', 'OPS', nfd, nfc]);
    const folded = [...names.values()].map((n) => n.normalize('NFC').toLowerCase());
    expect(new Set(folded).size).toBe(5);
    // Code-point order decides who keeps the plain name, not the order ids came in.
    expect(assignNames(['ops', 'Ops']).get('Ops')).toBe('Ops');
    expect(assignNames(['ops', 'Ops']).get('ops')).toBe('ops~2');
  });
});

describe('links', () => {
  it('are relative, keep names readable and percent-encode anything else', () => {
    expect(relativeHref('README.md', 'roles/运营主管.md')).toBe('roles/运营主管.md');
    expect(relativeHref('README.md', 'roles/a b(c).md')).toBe('roles/a%20b%28c%29.md');
    expect(relativeHref('README.md', 'README.md', 'x y')).toBe('README.md#x%20y');
    expect(relativeHref('roles/a.md', 'roles/b.md')).toBe('b.md');
    expect(relativeHref('roles/a.md', 'departments/运营部.md')).toBe('../departments/运营部.md');
    expect(relativeHref('departments/x.md', 'kpis.md', 'kpi-转化率')).toBe('../kpis.md#kpi-转化率');
  });

  it('a handbook with Chinese ids writes readable file names', () => {
    const files = [...renderDocs(shop(), { format: 'markdown' }).keys()];
    expect(files).toEqual([
      'README.md',
      'departments/客服部.md',
      'departments/运营部.md',
      'kpis.md',
      'roles.md',
      'roles/售前客服.md',
      'roles/客服主管.md',
      'roles/运营专员.md',
      'roles/运营主管.md',
      'workflows/售前接待.md',
    ]);
  });
});
