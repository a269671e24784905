/**
 * Orgs for the handbook tests: the bundled examples (read from disk, paths
 * relative to the repository so findings and goldens do not depend on where
 * the tests run), and a small in-memory org with Chinese ids, dotted lines,
 * holders, KPI overrides and a branching workflow.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrg, validateOrg } from '../../src/api.js';
import type { Finding } from '../../src/load/types.js';
import type { OrgModel } from '../../src/model/types.js';
import { modelOf } from '../helpers.js';

export const REPO = path.resolve(__dirname, '../..');

export function example(name: string): { model: OrgModel; findings: Finding[] } {
  const model = loadOrg([`examples/${name}`], REPO);
  return { model, findings: validateOrg(model).findings };
}

/** 曼曼电商: Chinese ids for departments and roles, two workflows' worth of RACI. */
export const SHOP_FILES: Record<string, string> = {
  'org.yaml': `kind: Organization
id: manman
name: 曼曼电商
locale: zh-CN
description: 一家小型淘宝店。
`,
  'departments.yaml': `kind: Department
id: 运营部
name: 运营部
head: 运营主管
headcount_budget: 10
responsibilities: [店铺日常运营, 活动策划]
kpis: [{id: 转化率, target: 4}]
roles:
  - id: 运营主管
    title: 运营主管
    holders: [王五]
    kpis: [转化率]
  - id: 运营专员
    title: 运营专员
    reports_to: 运营主管
    headcount: 3
    holders: [张三, {name: 李四, email: lisi@example.com}]
    dotted_line: [客服主管]
    kpis: [{id: 转化率, target: 5}]
---
kind: Department
id: 客服部
name: 客服部
parent: 运营部
head: 客服主管
roles:
  - id: 客服主管
    title: 客服主管
    reports_to: 运营主管
  - id: 售前客服
    title: 售前客服
    reports_to: 客服主管
    headcount: 2
`,
  'kpis.yaml': `kind: KPI
id: 转化率
name: 询单转化率
formula: 下单人数 / 询单人数
unit: percent
direction: higher_is_better
target: 3
frequency: weekly
owner: 运营部
`,
  'workflows.yaml': `kind: Workflow
id: 售前接待
name: 售前接待流程
owner: 客服主管
trigger: 买家咨询
steps:
  - id: 接待
    role: 售前客服
    sla: 1m
    output: 首次响应
  - id: 推荐
    name: 推荐商品
    role: 售前客服
    accountable: 客服主管
    consulted: [运营专员]
    next: [下单, 结束]
  - id: 下单
    name: 催付下单
    role: 售前客服
    informed: [运营主管, 客服主管]
  - id: 结束
    name: 结束接待
    role: 客服主管
    next: []
`,
};

export function shop(overrides: Record<string, string> = {}): OrgModel {
  return modelOf({ ...SHOP_FILES, ...overrides });
}

/** Write an org's files (relative path → text) into `dir` (a new temp directory by default); returns the directory. */
export function writeOrg(
  files: Record<string, string> | Map<string, string>,
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgctl-docs-')),
): string {
  for (const [name, text] of files instanceof Map ? files : Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
