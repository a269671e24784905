import type { Position } from '../../load/types.js';
import { idPosition } from '../../model/build.js';
import { findNode, nodePosition } from '../../load/positions.js';
import { describeDifferences, skeleton, skeletonHash } from '../../model/confusables.js';
import { forEachAlike } from './utils/firstAlike.js';
import { defineRule, type AnyRule } from '../types.js';
import type { Entity } from '../../model/types.js';

const at = (p: Position) => `${p.file}:${p.line}:${p.column}`;

type Ctx = Parameters<NonNullable<AnyRule['incremental']>['recheck'] & {}>[0];

function checkAll(ctx: Ctx): void {
  // Bucket by skeleton: linear in the number of ids, never all pairs.
  forEachAlike(
    ctx.model.byId.values(),
    (e) => skeletonHash(e.id),
    (e) => skeleton(e.id),
    (e, first) => {
      if (!e.invalid) reportLookalike(ctx, e, first);
    },
  );
  checkSteps(ctx);
}

function reportLookalike(ctx: Ctx, e: Entity, first: Entity): void {
  ctx.report({
    entity: e,
    messageId: 'lookalike',
    data: {
      kind: e.kind,
      id: e.id,
      otherKind: first.kind,
      other: first.id,
      otherAt: at(idPosition(first)),
      differences: describeDifferences(e.id, first.id),
    },
  });
}

/** Step ids within each workflow. */
function checkSteps(ctx: Ctx): void {
  for (const wf of ctx.model.workflows.values()) {
    if (wf.invalid) continue;
    const firstStep = new Map<string, { id: string; index: number }>();
    for (const step of wf.steps) {
      const sk = skeleton(step.id);
      const first = firstStep.get(sk);
      if (!first) {
        firstStep.set(sk, step);
        continue;
      }
      if (first.id === step.id) continue; // the same id twice is workflow-step-unknown's finding
      const p = nodePosition(wf.source, findNode(wf.node, ['steps', first.index, 'id'])) ?? idPosition(wf);
      ctx.report({
        entity: wf,
        path: ['steps', step.index, 'id'],
        messageId: 'lookalikeStep',
        data: { workflow: wf.id, step: step.id, other: first.id, otherAt: at(p), differences: describeDifferences(step.id, first.id) },
      });
    }
  }
}

export default defineRule({
  id: 'confusable-id',
  defaultSeverity: 'warning',
  description: 'Two ids look alike (Unicode TR39 confusables, e.g. `ceo` and `cеo` with a Cyrillic е).',
  docs: 'Ids that render the same but are different text (Latin `ceo` vs Cyrillic `cеo`, `ops-l` vs `ops-1`, fullwidth letters) let a reference silently point at the wrong entity, and a diff shows a change no reviewer can see. Two ids are reported when their Unicode TR39 skeletons (confusables.txt) are equal; ids are compared across all kinds (they share one namespace), step ids within their workflow. The later one is reported, naming the other and the characters that differ. Rename one of them. (Ids that differ only in Unicode composition, like `café` typed composed or decomposed, are the same id: a duplicate-id.)',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cеo\n    title: 财务总监\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
  },
  messages: {
    lookalike: "{{kind}} '{{id}}' looks like {{otherKind}} '{{other}}' ({{otherAt}}): {{differences}}: rename one of them",
    lookalikeStep: "workflow '{{workflow}}' step '{{step}}' looks like step '{{other}}' ({{otherAt}}): {{differences}}: rename one of them",
  },
  check: checkAll,
  incremental: {
    // While no id comes or goes, the ids that look alike stay the same pairs: each is reported again with
    // its places in this model (the other id's place is in the message). A pair with a changed member is
    // checked in full, as is a change that makes an entity valid or invalid (only valid ones are reported).
    recheck(ctx, delta, before) {
      const again = (['Organization', 'Department', 'Role', 'KPI', 'Workflow', 'Team'] as const).some((kind) => delta.idsChanged(kind));
      const paired = new Set<string>();
      for (const args of before) if (args.messageId === 'lookalike') paired.add(args.entity.id).add(String(args.data?.other));
      const touched = [...delta.changed].some((id) => paired.has(id) || delta.before(id)?.invalid !== ctx.model.byId.get(id)?.invalid);
      if (again || touched) {
        checkAll(ctx);
        return;
      }
      for (const args of before) {
        if (args.messageId !== 'lookalike') continue;
        reportLookalike(ctx, ctx.model.byId.get(args.entity.id)!, ctx.model.byId.get(String(args.data?.other))!);
      }
      checkSteps(ctx);
    },
  },
});
