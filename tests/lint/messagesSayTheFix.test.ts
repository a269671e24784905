/**
 * A finding's message says what to change, not only what is wrong, in English
 * (the rule modules) and in Chinese (src/i18n/findings): every message of every
 * rule either ends with the fix, after a colon, or names the fix through its
 * did-you-mean (the id meant, `{{suggestion}}` / `{{hint}}`). A rule added
 * without an entry here fails the last test.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { ZH_CN_FINDING_MESSAGES } from '../../src/i18n/findings/zh-CN.js';

type Fix = { en: string; zh: string };
const removeDotted = { en: ': remove it from dotted_line', zh: ':请把它从 dotted_line 中删除' };
const kpiRange = {
  en: ': correct the target, or give the KPI a range that allows it',
  zh: ':请修正目标值,或为该指标声明允许它的范围(range)',
};
const overrideRange = {
  en: ': correct this target, or give the KPI a range that allows it',
  zh: ':请修正这个目标值,或为该指标声明允许它的范围(range)',
};

/** Rule → message id → the fix its message ends with (a trailing placeholder such as {{advice}} may follow). */
const FIXES: Record<string, Record<string, Fix>> = {
  'unchecked-references': { unchecked: { en: ' (fix its syntax error first)', zh: '(请先修正其语法错误)' } },
  'confusable-id': {
    lookalike: { en: ': rename one of them', zh: ':请重命名其中一个' },
    lookalikeStep: { en: ': rename one of them', zh: ':请重命名其中一个' },
  },
  'previously-id-in-use': {
    stillInUse: {
      en: '; remove it from previously, or rename or delete the {{otherKind}}',
      zh: ';请把它从 previously 中删除,或重命名、删除该{{otherKind}}',
    },
    claimedTwice: { en: ': remove it from one of them', zh: ':请把它从其中一个的 previously 中删除' },
  },
  'reporting-cycle': {
    self: { en: ': give it its real manager in reports_to', zh: ':请在 reports_to 中写明它真正的上级' },
    inLoop: { en: ': change the reports_to of one of them', zh: ':请修改其中一个岗位的 reports_to' },
  },
  'multiple-roots': {
    notTheTop: { en: "; give '{{role}}' a manager", zh: ":请为 '{{role}}' 指定上级" },
    secondRoot: { en: "; give '{{role}}' a manager or set Organization top", zh: ";请为 '{{role}}' 指定上级,或设置 Organization top" },
  },
  'department-cycle': {
    ownParent: { en: ': give it its real parent, or none', zh: ':请写明它真正的上级部门,或不写 parent' },
    inLoop: { en: ': change the parent of one of them', zh: ':请修改其中一个部门的 parent' },
  },
  'head-not-in-department': {
    elsewhere: {
      en: ": make a role of '{{department}}' its head, or move role '{{head}}' into it",
      zh: ":请让 '{{department}}' 的岗位担任负责人,或把岗位 '{{head}}' 移入该部门",
    },
    inNoDepartment: {
      en: ": put role '{{head}}' in department '{{department}}', or make one of its roles the head",
      zh: ":请把岗位 '{{head}}' 放入部门 '{{department}}',或让该部门的岗位担任负责人",
    },
  },
  'department-without-head': {
    noHead: { en: ': name the role that leads it with head: <role id>', zh: ':请用 head: <岗位 id> 写明负责它的岗位' },
  },
  'cross-department-reporting': {
    outsideChain: {
      en: ": make it report within its department or to a parent department's head, and draw the other line as a dotted_line",
      zh: ':请让它在本部门内汇报或向上级部门的负责人汇报,另一条汇报线写成 dotted_line',
    },
  },
  'dotted-line-redundant': { self: removeDotted, solidLine: removeDotted, repeated: removeDotted },
  'span-of-control': {
    tooWide: {
      en: ': move some of them under another manager, or raise max (rules: {span-of-control: [warn, {max: N}]})',
      zh: ':请把部分下属调到其他上级之下,或提高上限(rules: {span-of-control: [warn, {max: N}]})',
    },
  },
  'max-depth': {
    tooDeep: {
      en: ': hang it higher, or raise max (rules: {max-depth: [warn, {max: N}]})',
      zh: ':请把它挂到更高的位置,或提高上限(rules: {max-depth: [warn, {max: N}]})',
    },
  },
  'headcount-over-budget': {
    overBudget: {
      en: ': raise headcount_budget, or cut seats (headcount) in it',
      zh: ':请提高 headcount_budget,或削减其中的编制(headcount)',
    },
  },
  'overfilled-role': {
    overfilled: { en: ': raise headcount to {{holders}}, or remove a holder', zh: ':请把 headcount 提高到 {{holders}},或删除一名在岗人员' },
  },
  'duplicate-holder': { twice: { en: ': remove one', zh: ':请删除一项' } },
  'holder-multiple-roles': {
    several: {
      en: "; if that is intended (兼任), add `concurrent_holders: [{{name}}]` to role '{{role}}'",
      zh: ";如属兼任,请在岗位 '{{role}}' 上写 `concurrent_holders: [{{name}}]`",
    },
  },
  'vacant-manager': {
    vacant: {
      en: ': name who holds it under holders, or move its reports to a role that is filled',
      zh: ':请在 holders 下写明在岗人员,或把其下属调给有人在岗的岗位',
    },
  },
  'empty-department': {
    empty: { en: ': give it roles or sub-departments, or delete it', zh: ':请为它添加岗位或下级部门,或删除它' },
  },
  'kpi-target-out-of-range': {
    kpiOutsideRange: { en: ': correct the target, or widen the range', zh: ':请修正目标值,或放宽范围(range)' },
    kpiBelowUnitMin: kpiRange,
    kpiOutsideUnitRange: kpiRange,
    overrideOutsideRange: {
      en: ": correct this target, or widen the KPI's range",
      zh: ':请修正这个目标值,或放宽该指标的范围(range)',
    },
    overrideBelowUnitMin: overrideRange,
    overrideOutsideUnitRange: overrideRange,
  },
  'kpi-unused': {
    unused: {
      en: ': give it an owner, or list it under the kpis of the role or department that answers for it',
      zh: ':请为它指定负责方(owner),或在负责它的岗位或部门的 kpis 中列出它',
    },
  },
  'workflow-step-unknown': {
    duplicateStep: {
      en: ': rename one of them (step ids must be unique within a workflow)',
      zh: ':请重命名其中一个(同一流程内步骤 id 必须唯一)',
    },
  },
  'workflow-unreachable-step': {
    unreachable: { en: ": name it in an earlier step's next, or remove it", zh: ':请在前面某一步的 next 中指向它,或删除它' },
  },
  'workflow-no-end': {
    selfLoop: {
      en: ': give it a next step that leads on, or next: [] to end there',
      zh: ':请为它指定通向后续的下一步,或写 next: [] 在此结束',
    },
    loop: {
      en: ': give one of them a next step out of the loop, or next: [] to end there',
      zh: ':请为其中一步指定跳出循环的下一步,或写 next: [] 在此结束',
    },
    selfLoopCutOff: { en: ": add '{{exit}}' to its next to go on after it", zh: ":请在它的 next 中加上 '{{exit}}',在它之后继续" },
    loopCutOff: {
      en: ": add '{{exit}}' to the next of step '{{from}}' to go on after the loop",
      zh: ":请在步骤 '{{from}}' 的 next 中加上 '{{exit}}',在循环之后继续",
    },
  },
  'workflow-unstaffed-step': {
    unfunded: { en: ': give the role headcount, or make another role responsible', zh: ':请为该岗位增加编制,或改由其他岗位负责' },
  },
  'team-without-lead': {
    noLead: { en: ": name the role that leads it with 'lead: <role id>'", zh: ":用 'lead: <岗位 id>' 写明负责它的岗位" },
  },
  'team-overcommitted': {
    overcommitted: {
      en: ': lower a share or seats, stagger the teams, or add headcount',
      zh: ':请降低投入比例或人数、错开项目时间,或增加编制',
    },
  },
  'team-expired': {
    expired: {
      en: ': delete the Team, or move its end date if the project runs on',
      zh: ':请删除该项目组,或在项目延期时修改结束日期',
    },
  },
};

/**
 * Messages about a reference to an id that does not exist: the fix is the id
 * meant, which the trailing did-you-mean placeholder names.
 */
const DID_YOU_MEAN: Record<string, readonly string[]> = {
  'reports-to-unknown': ['notARole', 'topNotARole'],
  'department-unknown': ['roleDepartment', 'parent'],
  'head-not-in-department': ['notARole'],
  'dotted-line-unknown': ['notARole'],
  'kpi-unknown': ['notAKpi'],
  'kpi-owner-unknown': ['notAnOwner'],
  'workflow-role-unknown': ['owner', 'stepRole'],
  'workflow-step-unknown': ['notAStep'],
  'team-member-unknown': ['lead', 'member'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const endsWith = (fix: string) => new RegExp(`${escape(fix)}(\\{\\{\\w+\\}\\})?$`);

function templates(ruleId: string, messageId: string): { en: string; zh: string } {
  const rule = RULES.find((r) => r.id === ruleId)!;
  return { en: (rule.messages as Record<string, string>)[messageId]!, zh: ZH_CN_FINDING_MESSAGES[ruleId]![messageId]! };
}

describe('messages say the fix', () => {
  for (const [id, messages] of Object.entries(FIXES))
    for (const [messageId, fix] of Object.entries(messages))
      it(`${id} ${messageId}`, () => {
        const { en, zh } = templates(id, messageId);
        expect(en).toMatch(endsWith(fix.en));
        expect(zh).toMatch(endsWith(fix.zh));
      });

  for (const [id, messageIds] of Object.entries(DID_YOU_MEAN))
    for (const messageId of messageIds)
      it(`${id} ${messageId} ends with its did-you-mean`, () => {
        const { en, zh } = templates(id, messageId);
        expect(en).toMatch(/\{\{(suggestion|hint)\}\}$/);
        expect(zh).toMatch(/\{\{(suggestion|hint)\}\}$/);
      });

  it('covers every message of every rule', () => {
    const declared = RULES.flatMap((r) => Object.keys(r.messages).map((m) => `${r.id} ${m}`)).sort();
    const covered = [
      ...Object.entries(FIXES).flatMap(([id, ms]) => Object.keys(ms).map((m) => `${id} ${m}`)),
      ...Object.entries(DID_YOU_MEAN).flatMap(([id, ms]) => ms.map((m) => `${id} ${m}`)),
    ].sort();
    expect(covered).toEqual(declared);
  });
});
