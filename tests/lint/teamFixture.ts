/**
 * An org for the team rules: department ops (lines 4–18) with roles lead (1 seat),
 * planner (2 seats) and analyst (1 seat). Team documents start on line 20.
 */
import { ORG } from '../helpers.js';

export const teamOrg = (...teams: string[]) => `${ORG}---
kind: Department
id: ops
name: 运营部
head: lead
roles:
  - id: lead
    title: 运营经理
  - id: planner
    title: 活动策划
    reports_to: lead
    headcount: 2
  - id: analyst
    title: 数据分析师
    reports_to: lead
${teams.map((t) => `---\n${t}`).join('')}`;

/** A team document (lines counted from its `kind`, which is line 20 for the first team). */
export const team = (id: string, body: string) => `kind: Team
id: ${id}
name: ${id}
${body}`;
