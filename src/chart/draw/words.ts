/** The few words a chart shows, in the org's locale (Organization.locale). */
export interface ChartWords {
  chartTitle(org: string): string;
  departmentChartTitle(org: string): string;
  roles(n: number): string;
  departments(n: number): string;
  seats(n: number): string;
  vacant: string;
  vacantN(n: number): string;
  unfunded: string;
  moreNames(n: number): string;
  head: string;
  holders: string;
  reportsOf(title: string): string;
  depth(n: number): string;
  more(n: number, what: 'roles' | 'departments', seats: number): string;
  dottedTo(role: string, manager: string): string;
  reportsTo(role: string, manager: string): string;
  partOf(child: string, parent: string): string;
  legendSolid: string;
  legendDotted: string;
  legendSeats: string;
  legendMore: string;
  listSeparator: string;
}

const ZH: ChartWords = {
  chartTitle: (org) => (org ? `${org} 组织架构图` : '组织架构图'),
  departmentChartTitle: (org) => (org ? `${org} 部门架构图` : '部门架构图'),
  roles: (n) => `${n} 个岗位`,
  departments: (n) => `${n} 个部门`,
  seats: (n) => `编制 ${n}`,
  vacant: '空缺',
  vacantN: (n) => `空缺 ${n}`,
  unfunded: '暂无编制',
  moreNames: (n) => `等 ${n} 人`,
  head: '负责人',
  holders: '在岗',
  reportsOf: (t) => `${t} 及其下属`,
  depth: (n) => `向下 ${n} 层`,
  more: (n, what, seats) => `已折叠 ${n} 个${what === 'roles' ? '岗位' : '部门'}(编制 ${seats})`,
  dottedTo: (r, m) => `${r} 虚线汇报给 ${m}`,
  reportsTo: (r, m) => `${r} 汇报给 ${m}`,
  partOf: (c, p) => `${c} 隶属于 ${p}`,
  legendSolid: '汇报关系',
  legendDotted: '虚线汇报',
  legendSeats: '×N 编制人数',
  legendMore: '+N 已折叠',
  listSeparator: '、',
};

const EN: ChartWords = {
  chartTitle: (org) => (org ? `${org} — organisation chart` : 'Organisation chart'),
  departmentChartTitle: (org) => (org ? `${org} — departments` : 'Departments'),
  roles: (n) => `${n} role${n === 1 ? '' : 's'}`,
  departments: (n) => `${n} department${n === 1 ? '' : 's'}`,
  seats: (n) => `${n} seat${n === 1 ? '' : 's'}`,
  vacant: 'vacant',
  vacantN: (n) => `${n} vacant`,
  unfunded: 'unfunded',
  moreNames: (n) => `+${n} more`,
  head: 'Head',
  holders: 'Holders',
  reportsOf: (t) => `${t} and reports`,
  depth: (n) => `${n} level${n === 1 ? '' : 's'} below the top`,
  more: (n, what, seats) => `${n} more ${what === 'roles' ? (n === 1 ? 'role' : 'roles') : n === 1 ? 'department' : 'departments'} collapsed (${seats} seat${seats === 1 ? '' : 's'})`,
  dottedTo: (r, m) => `${r} has a dotted line to ${m}`,
  reportsTo: (r, m) => `${r} reports to ${m}`,
  partOf: (c, p) => `${c} is part of ${p}`,
  legendSolid: 'reports to',
  legendDotted: 'dotted line',
  legendSeats: '×N seats',
  legendMore: '+N collapsed',
  listSeparator: ', ',
};

export function wordsFor(locale: 'en' | 'zh-CN'): ChartWords {
  return locale === 'zh-CN' ? ZH : EN;
}
