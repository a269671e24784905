import { describe, expect, it } from 'vitest';
import { renderDocs } from '../../src/docs/index.js';
import { modelOf, ORG } from '../helpers.js';

/** Steps a, b, a (a repeated id, its own finding): the second `b` goes on to the third step, as the rules read it. */
const ORG_FILES = {
  'org.yaml': ORG,
  'd.yaml': 'kind: Department\nid: d\nname: D\nroles:\n  - {id: r, title: R}\n',
  'w.yaml': `kind: Workflow
id: w
name: W
steps:
  - {id: a, name: First, role: r, next: [b]}
  - {id: b, name: Second, role: r}
  - {id: a, name: Third, role: r, next: []}
`,
};

describe("the handbook reads a step's successors as the rules do", () => {
  it('without `next`, a step leads to the following step even when its id repeats an earlier one', () => {
    const page = renderDocs(modelOf(ORG_FILES), { format: 'markdown' }).get('workflows/w.md')!;
    // Steps table: Second → 3. Third (not 1. First, the first step with id `a`).
    expect(page).toMatch(/\| 2 \| Second \|.*\| 3\. Third \|/);
    // Flowchart: s2 --> s3, and no arrow back to s1 from s2.
    expect(page).toContain('  s2 --> s3');
    expect(page).not.toContain('  s2 --> s1');
  });
});
