import { describe, expect, it } from 'vitest';
import { lint, only, ORG, where } from '../../helpers.js';
import previouslyIdInUse from '../../../src/lint/rules/previously-id-in-use.js';
import { ruleTester } from '../ruleTester.js';

/** Lines 1–3 are ORG, line 4 is the `---` before the first document of `body`. */
const org = (body: string) => lint(ORG + '---\n' + body);

describe('previously-id-in-use', () => {
  it('fires at the former id that another entity still uses, whatever its kind', () => {
    const f = only(
      org(`kind: KPI
id: response-time
name: 首次响应时间
previously: [gone, cs-lead]
owner: cs-lead
---
kind: Role
id: cs-lead
title: 客服主管
department: x
`),
      'previously-id-in-use',
    );
    expect(where(f)).toEqual(['previously-id-in-use@8:20']);
    expect(f[0]!.message).toBe(
      "KPI 'response-time' lists 'cs-lead' under previously, but 'cs-lead' is still the id of a role; remove it from previously, or rename or delete the role",
    );
  });

  it('fires once at the second entity that lists a former id another lists too (diff could not tell which took over)', () => {
    const f = only(
      org(`kind: Role
id: cs-manager
title: 客服经理
department: x
previously: [cs-lead]
---
kind: Role
id: cs-supervisor
title: 客服主管
department: x
previously: [cs-lead, cs-lead]
`),
      'previously-id-in-use',
    );
    expect(where(f)).toEqual(['previously-id-in-use@15:14']);
    expect(f[0]!.message).toBe(
      "role 'cs-supervisor' lists 'cs-lead' under previously, and so does role 'cs-manager'; an old id names the one entity that took over from it: remove it from one of them",
    );
  });

  it('is quiet for former ids nobody uses any more', () => {
    expect(only(org('kind: KPI\nid: gmv\nname: GMV\nowner: x\npreviously: [sales-amount]\n'), 'previously-id-in-use')).toEqual([]);
  });
});

ruleTester(previouslyIdInUse, {
  valid: [ORG + '---\nkind: KPI\nid: gmv\nname: GMV\nowner: x\npreviously: [old-gmv]\n'],
  invalid: [
    {
      code: ORG + '---\nkind: KPI\nid: gmv\nname: GMV\nowner: x\n---\nkind: KPI\nid: gmv2\nname: GMV\nowner: x\npreviously: [gmv]\n',
      errors: [
        {
          messageId: 'stillInUse',
          data: { kind: 'KPI', id: 'gmv2', old: 'gmv', otherKind: 'KPI' },
          line: 14,
          column: 14,
          endLine: 14,
          endColumn: 17,
          path: ['previously', 0],
        },
      ],
    },
    {
      code:
        ORG +
        '---\nkind: KPI\nid: gmv\nname: GMV\nowner: x\npreviously: [sales]\n---\nkind: KPI\nid: gmv2\nname: GMV\nowner: x\npreviously: [sales]\n',
      errors: [
        {
          messageId: 'claimedTwice',
          data: { kind: 'KPI', id: 'gmv2', old: 'sales', otherKind: 'KPI', other: 'gmv' },
          line: 15,
          column: 14,
          endLine: 15,
          endColumn: 19,
          path: ['previously', 0],
        },
      ],
    },
  ],
});
