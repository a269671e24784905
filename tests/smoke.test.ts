import { describe, expect, it } from 'vitest';
import { lint, where, ORG } from './helpers.js';

describe('pipeline', () => {
  it('reports unknown manager with did-you-mean at the value', () => {
    const f = lint(
      ORG +
        `---
kind: Department
id: cs
name: 客服部
head: cs-lead
roles:
  - id: cs-lead
    title: 客服主管
  - id: cs-presales
    title: 售前客服
    reports_to: cs-leed
`,
    );
    expect(where(f)).toContain('reports-to-unknown@14:17');
    expect(f.find((x) => x.rule === 'reports-to-unknown')!.message).toContain("did you mean 'cs-lead'");
  });
});
