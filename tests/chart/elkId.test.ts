/** The layout's ELK node ids: made and read back in one place, whatever the org's ids contain. */
import { describe, expect, it } from 'vitest';
import { elkId, refOf, type ElkRef } from '../../src/chart/layout/elkId.js';

describe('ElkId', () => {
  it('reads back every kind of node, ids with colons and prefixes of their own included', () => {
    const refs: ElkRef[] = [
      { kind: 'root' },
      { kind: 'group', group: 'g:运营中心' },
      { kind: 'department', group: 'f:x:y' },
      { kind: 'tree', role: 'b:root' },
      { kind: 'box', role: 'root' },
      { kind: 'stack', manager: 's:' },
      { kind: 'columns', index: 12 },
    ];
    for (const ref of refs) expect(refOf(elkId(ref))).toEqual(ref);
  });

  it('gives each kind its own id for the same name, so a department and a role of one id never meet', () => {
    const ids = new Set((['group', 'department'] as const).map((kind) => elkId({ kind, group: 'ops' })));
    for (const kind of ['tree', 'box'] as const) ids.add(elkId({ kind, role: 'ops' }));
    ids.add(elkId({ kind: 'stack', manager: 'ops' }));
    expect(ids.size).toBe(5);
  });

  it('refuses a string it did not make', () => {
    expect(() => refOf('x:1' as never)).toThrow(/not an ELK id/);
    expect(() => refOf('g-1' as never)).toThrow(/not an ELK id/);
  });
});
