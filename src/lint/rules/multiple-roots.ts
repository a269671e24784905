import { defineRule } from '../types.js';

export default defineRule({
  id: 'multiple-roots',
  defaultSeverity: 'error',
  description: 'More than one role has no `reports_to` (or a role other than Organization `top` has none).',
  docs:
    'An org chart has one top. Which root is "the" top: Organization `top` when it names a role — then every other role without `reports_to` is reported; ' +
    'otherwise the first role without `reports_to` in path order — then each later one is reported, naming the first. ' +
    'A role whose `reports_to` names an unknown role is not a root (that is `reports-to-unknown`), nor is a role with a schema error. ' +
    'Fix it by giving each reported role a `reports_to`, or by setting Organization `top` to the intended top role.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
  },
  messages: {
    notTheTop: "role '{{role}}' has no reports_to, but the top is '{{top}}' (Organization top); give '{{role}}' a manager",
    secondRoot:
      "role '{{role}}' has no reports_to, and neither has '{{first}}': an org has one top role; give '{{role}}' a manager or set Organization top",
  },
  check(ctx) {
    const { organization, roles, hierarchy } = ctx.model;
    // hierarchy.roots leaves out the declared top, schema-invalid roles and roles with an unknown manager.
    const declaredTop = organization?.top !== undefined ? roles.get(organization.top) : undefined;
    const [first, ...rest] = hierarchy.roots;
    const extras = declaredTop ? hierarchy.roots : rest;
    for (const role of extras) {
      if (declaredTop) ctx.report({ entity: role, messageId: 'notTheTop', data: { role: role.id, top: declaredTop.id } });
      else ctx.report({ entity: role, messageId: 'secondRoot', data: { role: role.id, first: first!.id } });
    }
  },
});
