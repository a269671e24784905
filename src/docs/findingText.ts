/**
 * A finding's message in the handbook's language. Rules keep their English templates (what `validate`
 * prints); the handbook re-renders a finding from its rule, messageId and data with the template of its
 * language (src/i18n/findings/), and turns the English fragments rules pass as data (a subject such as
 * "department 'cs'", " (did you mean 'x'?)") into that language too. Findings without a template (syntax
 * and schema errors, which quote the YAML) keep their English message.
 */
import type { Locale } from '../core/locale.js';
import { ZH_CN_FINDING_MESSAGES } from '../i18n/findings/zh-CN.js';
import type { Finding } from '../load/types.js';
import { renderMessage } from '../lint/types.js';

const TEMPLATES: Readonly<Record<Locale, Readonly<Record<string, Readonly<Record<string, string>>>> | undefined>> = {
  en: undefined,
  'zh-CN': ZH_CN_FINDING_MESSAGES,
};

const ZH_KINDS: Readonly<Record<string, string>> = {
  role: '岗位',
  department: '部门',
  KPI: '绩效指标',
  kpi: '绩效指标',
  workflow: '业务流程',
  Role: '岗位',
  Department: '部门',
  Workflow: '业务流程',
  team: '项目组',
  Team: '项目组',
};

/** The English fragments rules put in their data, in Chinese; anything else (ids, names, numbers) as it is. */
function zhFragment(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const kind = ZH_KINDS[value];
  if (kind !== undefined) return kind;
  const didYouMean = /^ \(did you mean (.+)\?\)$/.exec(value);
  if (didYouMean) return `(是否想写 ${didYouMean[1]!}?)`;
  if (value === 'in no department') return '(不属于任何部门)';
  const references = /^(\d+) references?$/.exec(value); // unchecked-references' count
  if (references) return `${references[1]!} 处引用`;
  const ofDepartment = /^of department ('.*)$/.exec(value);
  if (ofDepartment) return `(部门 ${ofDepartment[1]!})`;
  const subject = /^(role|department) ('.*)$/.exec(value);
  if (subject) return `${ZH_KINDS[subject[1]!]!} ${subject[2]!}`;
  return value;
}

const AS_OF = / \(as of (\d{4}-\d{2}-\d{2})\)$/;

export function findingText(f: Finding, locale: Locale): string {
  const template = f.messageId === undefined ? undefined : TEMPLATES[locale]?.[f.rule]?.[f.messageId];
  if (template === undefined) return f.message;
  const data = Object.fromEntries(Object.entries(f.data ?? {}).map(([k, v]) => [k, zhFragment(v)])) as Record<string, string | number>;
  const asOf = AS_OF.exec(f.message);
  return renderMessage(template, data) + (asOf ? `(截至 ${asOf[1]!})` : '');
}
