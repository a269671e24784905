/**
 * A finding's message says what to change, not only what is wrong: each of
 * these rules' messages ends with the fix, after a colon.
 */
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/lint/registry.js';

const FIXES: Record<string, Record<string, string>> = {
  'vacant-manager': { vacant: ': name who holds it under holders, or move its reports to a role that is filled' },
  'department-without-head': { noHead: ': name the role that leads it with head: <role id>' },
  'empty-department': { empty: ': give it roles or sub-departments, or delete it' },
  'overfilled-role': { overfilled: ': raise headcount to {{holders}}, or remove a holder' },
  'kpi-unused': { unused: ': give it an owner, or list it under the kpis of the role or department that answers for it' },
  'headcount-over-budget': { overBudget: ': raise headcount_budget, or cut seats (headcount) in it' },
  'reporting-cycle': { self: ': give it its real manager in reports_to', inLoop: ': change the reports_to of one of them' },
  'department-cycle': { ownParent: ': give it its real parent, or none', inLoop: ': change the parent of one of them' },
  'dotted-line-redundant': {
    self: ': remove it from dotted_line',
    solidLine: ': remove it from dotted_line',
    repeated: ': remove it from dotted_line',
  },
  'workflow-unreachable-step': { unreachable: ": name it in an earlier step's next, or remove it" },
  'workflow-unstaffed-step': { unfunded: ': give the role headcount, or make another role responsible' },
  'span-of-control': { tooWide: ': move some of them under another manager, or raise max (rules: {span-of-control: [warn, {max: N}]})' },
  'max-depth': { tooDeep: ': hang it higher, or raise max (rules: {max-depth: [warn, {max: N}]})' },
};

describe('messages say the fix', () => {
  for (const [id, messages] of Object.entries(FIXES))
    for (const [messageId, fix] of Object.entries(messages))
      it(`${id} ${messageId}`, () => {
        const rule = ruleById(id)!;
        expect((rule.messages as Record<string, string>)[messageId]).toMatch(new RegExp(`${fix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      });
});
