/**
 * The rules' messages in Chinese, by rule id and messageId, with the same `{{placeholders}}` as the English
 * templates in each rule module (tests/i18n/findingMessages.test.ts checks both: every message of every
 * rule is here, with the same placeholders). Used where findings appear in a Chinese document (the
 * handbook with `--findings`); `validate` stays in English, as compilers and linters do, so CI logs and
 * search results match the rule documentation.
 */
export const ZH_CN_FINDING_MESSAGES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'confusable-id': {
    lookalike: "{{kind}} '{{id}}' 与{{otherKind}} '{{other}}'({{otherAt}})看起来相同:{{differences}}:请重命名其中一个",
    lookalikeStep: "业务流程 '{{workflow}}' 的步骤 '{{step}}' 与步骤 '{{other}}'({{otherAt}})看起来相同:{{differences}}:请重命名其中一个",
  },
  'cross-department-reporting': {
    outsideChain:
      "岗位 '{{role}}'(部门 '{{department}}')向 '{{manager}}'{{managerPlace}}汇报,它既不在本部门,也不是上级部门的负责人或最高岗位:请让它在本部门内汇报或向上级部门的负责人汇报,另一条汇报线写成 dotted_line",
  },
  'department-cycle': {
    ownParent: "部门 '{{department}}' 的上级部门是它自己:{{loop}}:请写明它真正的上级部门,或不写 parent",
    inLoop: "部门 '{{department}}' 处在上级部门的循环中:{{loop}}:请修改其中一个部门的 parent",
  },
  'department-unknown': {
    roleDepartment: "岗位 '{{role}}' 所属部门 '{{target}}' 不是一个部门{{hint}}",
    parent: "部门 '{{department}}' 的上级部门 '{{target}}' 不是一个部门{{hint}}",
  },
  'department-without-head': { noHead: '{{department}} 有 {{roles}} 个岗位,但没有负责人(head):请用 head: <岗位 id> 写明负责它的岗位' },
  'dotted-line-redundant': {
    self: "岗位 '{{role}}' 的虚线汇报指向 '{{target}}',即它自己:请把它从 dotted_line 中删除",
    solidLine: "岗位 '{{role}}' 的虚线汇报指向 '{{target}}',与它的实线汇报(reports_to)重复:请把它从 dotted_line 中删除",
    repeated: "岗位 '{{role}}' 的虚线汇报指向 '{{target}}',已经列过:请把它从 dotted_line 中删除",
  },
  'dotted-line-unknown': { notARole: "岗位 '{{role}}' 的虚线汇报指向 '{{target}}',它不是一个岗位{{suggestion}}" },
  'unchecked-references': { unchecked: '{{count}}无法检查,因为 {{file}} 无法解析(请先修正其语法错误)' },
  'duplicate-holder': { twice: "{{role}} 两次列出在岗人员 '{{name}}'(第 {{first}} 和第 {{second}} 项):请删除一项" },
  'holder-multiple-roles': {
    several: "'{{name}}' 担任 {{count}} 个岗位({{roles}});如属兼任,请在岗位 '{{role}}' 上写 `concurrent_holders: [{{name}}]`",
  },
  'empty-department': { empty: '{{department}} 既没有岗位,也没有下级部门:请为它添加岗位或下级部门,或删除它' },
  'head-not-in-department': {
    notARole: "部门 '{{department}}' 的负责人 '{{head}}' 不是一个岗位{{suggestion}}",
    elsewhere:
      "部门 '{{department}}' 的负责人 '{{head}}' 属于部门 '{{headDepartment}}',不属于 '{{department}}':请让 '{{department}}' 的岗位担任负责人,或把岗位 '{{head}}' 移入该部门",
    inNoDepartment:
      "部门 '{{department}}' 的负责人 '{{head}}' 不属于任何部门,不在 '{{department}}' 中:请把岗位 '{{head}}' 放入部门 '{{department}}',或让该部门的岗位担任负责人",
  },
  'headcount-over-budget': {
    overBudget:
      '{{department}} 连同下级部门共有 {{seats}} 个编制,超过其编制预算 {{budget}}:请提高 headcount_budget,或削减其中的编制(headcount)',
  },
  'kpi-owner-unknown': { notAnOwner: "绩效指标 '{{kpi}}' 的负责方 '{{owner}}' 既不是岗位也不是部门{{suggestion}}" },
  'kpi-target-out-of-range': {
    kpiOutsideRange: "绩效指标 '{{kpi}}' 的目标值 {{target}} 超出其范围 [{{min}}, {{max}}]:请修正目标值,或放宽范围(range)",
    kpiBelowUnitMin:
      "绩效指标 '{{kpi}}' 的目标值 {{target}} 低于单位 '{{unit}}' 的下限 {{min}}:请修正目标值,或为该指标声明允许它的范围(range)",
    kpiOutsideUnitRange:
      "绩效指标 '{{kpi}}' 的目标值 {{target}} 超出单位 '{{unit}}' 的默认范围 [{{min}}, {{max}}]:请修正目标值,或为该指标声明允许它的范围(range){{advice}}",
    overrideOutsideRange:
      "{{holderKind}} '{{holder}}' 为绩效指标 '{{kpi}}' 设定的目标值 {{target}} 超出其范围 [{{min}}, {{max}}]:请修正这个目标值,或放宽该指标的范围(range)",
    overrideBelowUnitMin:
      "{{holderKind}} '{{holder}}' 为绩效指标 '{{kpi}}' 设定的目标值 {{target}} 低于单位 '{{unit}}' 的下限 {{min}}:请修正这个目标值,或为该指标声明允许它的范围(range)",
    overrideOutsideUnitRange:
      "{{holderKind}} '{{holder}}' 为绩效指标 '{{kpi}}' 设定的目标值 {{target}} 超出单位 '{{unit}}' 的默认范围 [{{min}}, {{max}}]:请修正这个目标值,或为该指标声明允许它的范围(range){{advice}}",
  },
  'kpi-unknown': { notAKpi: "{{holderKind}} '{{holder}}' 列出的绩效指标 '{{kpi}}' 不是一个绩效指标{{suggestion}}" },
  'kpi-unused': {
    unused: "绩效指标 '{{kpi}}' 没有负责方,也没有岗位或部门使用它:请为它指定负责方(owner),或在负责它的岗位或部门的 kpis 中列出它",
  },
  'max-depth': {
    tooDeep:
      "岗位 '{{role}}' 在最高岗位 '{{top}}' 之下 {{depth}} 层,超过上限 {{max}} 层:请把它挂到更高的位置,或提高上限(rules: {max-depth: [warn, {max: N}]})",
  },
  'multiple-roots': {
    notTheTop: "岗位 '{{role}}' 没有 reports_to,但最高岗位是 '{{top}}'(Organization top):请为 '{{role}}' 指定上级",
    secondRoot:
      "岗位 '{{role}}' 没有 reports_to,'{{first}}' 也没有:一个组织只有一个最高岗位;请为 '{{role}}' 指定上级,或设置 Organization top",
  },
  'overfilled-role': {
    overfilled:
      '{{role}} 有 {{holders}} 名在岗人员,但只有 {{seats}} 个编制(headcount):请把 headcount 提高到 {{holders}},或删除一名在岗人员',
  },
  'previously-id-in-use': {
    stillInUse:
      "{{kind}} '{{id}}' 在 previously 中列出了 '{{old}}',但 '{{old}}' 仍是某个{{otherKind}}的 id;请把它从 previously 中删除,或重命名、删除该{{otherKind}}",
    claimedTwice:
      "{{kind}} '{{id}}' 在 previously 中列出了 '{{old}}',{{otherKind}} '{{other}}' 也列出了它;一个旧 id 只对应接替它的那一个实体:请把它从其中一个的 previously 中删除",
  },
  'reporting-cycle': {
    self: "岗位 '{{role}}' 向自己汇报:{{loop}}:请在 reports_to 中写明它真正的上级",
    inLoop: "岗位 '{{role}}' 处在汇报循环中:{{loop}}:请修改其中一个岗位的 reports_to",
  },
  'reports-to-unknown': {
    notARole: "岗位 '{{role}}' 汇报给 '{{target}}',它不是一个岗位{{suggestion}}",
    topNotARole: "Organization top '{{top}}' 不是一个岗位{{suggestion}}",
  },
  'span-of-control': {
    tooWide:
      "岗位 '{{role}}' 有 {{seats}} 名直接下属(按编制计,分属 {{roles}} 个岗位),超过上限 {{max}}:请把部分下属调到其他上级之下,或提高上限(rules: {span-of-control: [warn, {max: N}]})",
  },
  'team-member-unknown': {
    lead: "项目组 '{{team}}' 的负责人 '{{target}}' 不是一个岗位{{suggestion}}",
    member: "项目组 '{{team}}' 的第 {{n}} 名成员 '{{target}}' 不是一个岗位{{suggestion}}",
  },
  'team-without-lead': { noLead: "项目组 '{{team}}' 没有负责人:用 'lead: <岗位 id>' 写明负责它的岗位" },
  'team-overcommitted': {
    overcommitted:
      "岗位 '{{role}}' 向项目组 {{teams}}{{when}} 投入了 {{committed}}% 个编制,超过其 {{seats}} 个编制所能提供的 {{capacity}}%:请降低投入比例或人数、错开项目时间,或增加编制",
  },
  'team-expired': { expired: "项目组 '{{team}}' 已于 {{end}} 结束,早于今天({{today}}):请删除该项目组,或在项目延期时修改结束日期" },
  'vacant-manager': {
    vacant: '{{role}} 有 {{reports}} 名直接下属,但没有在岗人员:请在 holders 下写明在岗人员,或把其下属调给有人在岗的岗位',
  },
  'workflow-no-end': {
    selfLoop:
      "业务流程 '{{workflow}}' 到达步骤 '{{step}}' 后无法结束:步骤 '{{step}}' 只通向它自己:请为它指定通向后续的下一步,或写 next: [] 在此结束",
    loop: "业务流程 '{{workflow}}' 到达步骤 '{{step}}' 后无法结束:步骤 {{steps}} 构成没有出口的循环:请为其中一步指定跳出循环的下一步,或写 next: [] 在此结束",
    selfLoopCutOff:
      "业务流程 '{{workflow}}' 到达步骤 '{{step}}' 后无法结束:步骤 '{{step}}' 只通向它自己,因此步骤 {{cutOff}} 无法到达:请在它的 next 中加上 '{{exit}}',在它之后继续",
    loopCutOff:
      "业务流程 '{{workflow}}' 到达步骤 '{{step}}' 后无法结束:步骤 {{steps}} 构成没有出口的循环,因此步骤 {{cutOff}} 无法到达:请在步骤 '{{from}}' 的 next 中加上 '{{exit}}',在循环之后继续",
  },
  'workflow-role-unknown': {
    owner: "业务流程 '{{workflow}}' 的负责人 '{{target}}' 不是一个岗位{{suggestion}}",
    stepRole: "业务流程 '{{workflow}}' 的步骤 '{{step}}' 指定的{{raci}} '{{target}}' 不是一个岗位{{suggestion}}",
  },
  'workflow-step-unknown': {
    duplicateStep:
      "业务流程 '{{workflow}}' 有两个 id 为 '{{step}}' 的步骤(第 {{first}} 和第 {{second}} 步):请重命名其中一个(同一流程内步骤 id 必须唯一)",
    notAStep: "业务流程 '{{workflow}}' 的步骤 '{{step}}' 的下一步 '{{target}}' 不是本流程的步骤{{suggestion}}",
  },
  'workflow-unreachable-step': {
    unreachable: "业务流程 '{{workflow}}' 的步骤 '{{step}}' 无法从第一步 '{{entry}}' 到达:请在前面某一步的 next 中指向它,或删除它",
  },
  'workflow-unstaffed-step': {
    unfunded:
      "业务流程 '{{workflow}}' 的步骤 '{{step}}' 由岗位 '{{role}}' 负责,但该岗位编制为 0(没有预算编制):请为该岗位增加编制,或改由其他岗位负责",
  },
};
