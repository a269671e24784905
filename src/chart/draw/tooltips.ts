/** What a box says on hover (its `<title>`): who, where, seats, people, responsibilities. */
import type { Department, OrgModel, Role } from '../../model/types.js';
import type { ChartBox } from '../types.js';
import type { ChartWords } from '../../i18n/index.js';

export function roleTooltip(model: OrgModel, role: Role, words: ChartWords): string[] {
  const lines = [role.title === role.id ? role.title : `${role.title} (${role.id})`];
  const dept = role.department !== undefined ? model.departments.get(role.department) : undefined;
  if (dept) lines.push(dept.name);
  lines.push(role.headcount === 0 ? `${words.seats(0)} (${words.unfunded})` : words.seats(role.headcount));
  if (role.holders?.length) lines.push(`${words.holders}: ${role.holders.map((h) => h.name).join(words.listSeparator)}`);
  if (role.description) lines.push(role.description);
  for (const r of role.responsibilities) lines.push(`• ${r}`);
  if (role.qualifications.length) lines.push(`${words.qualifications}: ${role.qualifications.join(words.listSeparator)}`);
  if (role.competencies.length) {
    const named = role.competencies.map((c) => (c.level === undefined ? c.name : `${c.name} (${c.level})`));
    lines.push(`${words.competencies}: ${named.join(words.listSeparator)}`);
  }
  return lines;
}

export function departmentTooltip(model: OrgModel, dept: Department, seats: number, words: ChartWords): string[] {
  const lines = [dept.name === dept.id ? dept.name : `${dept.name} (${dept.id})`, words.seats(seats)];
  const head = dept.head !== undefined ? model.roles.get(dept.head) : undefined;
  if (head) lines.push(`${words.head}: ${head.title}`);
  if (dept.description) lines.push(dept.description);
  for (const r of dept.responsibilities) lines.push(`• ${r}`);
  return lines;
}

export function staffing(role: Role): Pick<ChartBox, 'holders' | 'vacancies'> {
  if (!role.holders) return {};
  return { holders: role.holders.map((h) => h.name), vacancies: Math.max(0, role.headcount - role.holders.length) };
}
