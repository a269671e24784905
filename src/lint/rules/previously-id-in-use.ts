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
  description: "An id listed under an entity's `previously` is still the id of an entity.",
  docs: "`previously: [old-id]` says the entity used to be called `old-id`, so `orgctl diff` shows a rename instead of a removal and an addition. If `old-id` is still some entity's id, the rename is not one: either the old entity was meant to go (delete it, or give it its new id), or the id was listed by mistake (remove it from `previously`).",
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    previously: [finance-head]\n  - id: finance-head\n    title: 财务经理\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n    previously: [finance-head]\n',
  },
  messages: {
    stillInUse:
      "{{kind}} '{{id}}' lists '{{old}}' under previously, but '{{old}}' is still the id of a {{otherKind}}; remove it from previously, or rename or delete the {{otherKind}}",
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
    // In place, kind by kind: only entities that name earlier ids (few) are looked at further.
    for (const entities of kinds)
      for (const entity of entities) {
        if (entity.invalid || entity.previously.length === 0) continue;
        entity.previously.forEach((old, i) => {
          const other = model.byId.get(old);
          if (other === undefined) return;
          ctx.report({
            entity,
            path: ['previously', i],
            messageId: 'stillInUse',
            data: { kind: KIND_WORD[entity.kind], id: entity.id, old, otherKind: KIND_WORD[other.kind] },
          });
        });
      }
  },
});
