import type { Entity } from '../../model/types.js';
import { defineRule } from '../types.js';

/** How a message names an entity's kind. */
const KIND_WORD = {
  Organization: 'organization',
  Department: 'department',
  Role: 'role',
  KPI: 'KPI',
  Workflow: 'workflow',
  Team: 'team',
} as const;

export default defineRule({
  id: 'previously-id-in-use',
  defaultSeverity: 'error',
  description: "An id listed under an entity's `previously` is still the id of an entity, or is listed by another entity too.",
  docs: "`previously: [old-id]` says the entity used to be called `old-id`, so `orgctl diff` shows a rename instead of a removal and an addition. If `old-id` is still some entity's id, the rename is not one: either the old entity was meant to go (delete it, or give it its new id), or the id was listed by mistake (remove it from `previously`). If two entities list the same former id, the diff cannot tell which one the old entity became (a split is shown as a removal and additions): keep it on the one that took over, and remove it from the other. The second one listed (in file order, departments before roles) gets the finding.",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    previously: [finance-head]\n  - id: finance-head\n    title: 财务经理\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    previously: [finance-head]\n',
  },
  messages: {
    stillInUse:
      "{{kind}} '{{id}}' lists '{{old}}' under previously, but '{{old}}' is still the id of a {{otherKind}}; remove it from previously, or rename or delete the {{otherKind}}",
    claimedTwice:
      "{{kind}} '{{id}}' lists '{{old}}' under previously, and so does {{otherKind}} '{{other}}'; an old id names the one entity that took over from it: remove it from one of them",
  },
  check(ctx) {
    const { model } = ctx;
    const kinds = [
      model.organization ? [model.organization] : [],
      model.departments.values(),
      model.roles.values(),
      model.kpis.values(),
      model.workflows.values(),
    ];
    // The first entity to list each former id that no entity has any more.
    const claimedBy = new Map<string, Entity>();
    // In place, kind by kind: only entities that name earlier ids (few) are looked at further.
    for (const entities of kinds)
      for (const entity of entities) {
        if (entity.invalid || entity.previously.length === 0) continue;
        const listed = new Set<string>();
        entity.previously.forEach((old, i) => {
          // A former id listed twice by one entity is one claim (and, still in use, one finding).
          if (listed.has(old)) return;
          listed.add(old);
          const other = model.byId.get(old);
          if (other !== undefined) {
            ctx.report({
              entity,
              path: ['previously', i],
              messageId: 'stillInUse',
              data: { kind: KIND_WORD[entity.kind], id: entity.id, old, otherKind: KIND_WORD[other.kind] },
            });
            return;
          }
          const first = claimedBy.get(old);
          if (first === undefined) claimedBy.set(old, entity);
          else
            ctx.report({
              entity,
              path: ['previously', i],
              messageId: 'claimedTwice',
              data: { kind: KIND_WORD[entity.kind], id: entity.id, old, otherKind: KIND_WORD[first.kind], other: first.id },
            });
        });
      }
  },
});
