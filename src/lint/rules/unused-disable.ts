import { defineRule } from '../types.js';

export default defineRule({
  id: 'unused-disable',
  defaultSeverity: 'warning',
  description: 'A suppression comment (`# orgctl-disable…`) silences nothing.',
  docs: 'Suppressions that no longer match a finding hide future problems on that line. Remove the comment, or fix the rule list. Its findings come from the suppression pass (rules/suppress.ts) after all other rules ran; they cannot themselves be suppressed.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    # orgctl-disable-next-line span-of-control\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
  },
  // Made by the suppression pass (lint/suppress.ts), not by a template here.
  messages: {},
  // The engine reports these after suppression; there is nothing to check on the model.
  check() {},
});
