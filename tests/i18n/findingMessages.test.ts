/**
 * Findings in a Chinese handbook are in Chinese: every message of every rule has a zh-CN template with
 * the same placeholders, and `docs --findings` of a zh-CN org words them with it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint as lintModel, loadOrg, loadOrgFromText, validateOrg } from '../../src/api.js';
import { renderDocs } from '../../src/docs/index.js';
import { findingText } from '../../src/docs/findingText.js';
import { ZH_CN_FINDING_MESSAGES } from '../../src/i18n/findings/zh-CN.js';
import { RULES } from '../../src/lint/registry.js';
import { lint, ORG } from '../helpers.js';

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

describe('zh-CN finding messages', () => {
  for (const rule of RULES)
    for (const [messageId, template] of Object.entries(rule.messages as Record<string, string>))
      it(`${rule.id}/${messageId} has a Chinese template with the same placeholders`, () => {
        const zh = ZH_CN_FINDING_MESSAGES[rule.id]?.[messageId];
        expect(zh, `add ${rule.id}.${messageId} to src/i18n/findings/zh-CN.ts`).toBeDefined();
        expect(placeholders(zh!)).toEqual(placeholders(template));
      });

  it('re-words a finding, its did-you-mean and its subject in Chinese', () => {
    const [f] = lint(
      `${ORG}locale: zh-CN\n---\nkind: Department\nid: cs\nname: 客服部\nhead: cs-lead\nroles:\n  - id: cs-lead\n    title: 客服主管\n  - id: cs-presales\n    title: 售前客服\n    reports_to: cs-leed\n`,
    ).filter((x) => x.rule === 'reports-to-unknown');
    expect(f!.message).toBe("role 'cs-presales' reports to 'cs-leed', which is not a role (did you mean 'cs-lead'?)");
    expect(findingText(f!, 'zh-CN')).toBe("岗位 'cs-presales' 汇报给 'cs-leed',它不是一个岗位(是否想写 'cs-lead'?)");
    expect(findingText(f!, 'en')).toBe(f!.message);
  });

  it('counts the references a file that does not parse hides in Chinese too, not "1 reference"', () => {
    const model = loadOrgFromText({
      'org.yaml': `${ORG}locale: zh-CN\n---\nkind: Role\nid: a\ntitle: A\ndepartment: 坏部门\n---\nkind: Role\nid: b\ntitle: B\nreports_to: a\ndepartment: 坏部门\n`,
      'zz.yaml': 'kind: Department\nid: 坏部门\nname: 坏部门\nname: 又一个\n',
    });
    const f = lintModel(model).findings.find((x) => x.rule === 'unchecked-references')!;
    expect(f.message).toBe('2 references could not be checked because zz.yaml does not parse (fix its syntax error first)');
    expect(findingText(f, 'zh-CN')).toBe('2 处引用无法检查,因为 zz.yaml 无法解析(请先修正其语法错误)');
  });

  it('a zh-CN handbook with --findings shows rule findings in Chinese', () => {
    const model = loadOrg([path.resolve(__dirname, '../../examples/broken')]);
    const findings = validateOrg(model).findings;
    const readme = renderDocs(model, { format: 'markdown', lang: 'zh-CN', findings }).get('README.md')!;
    expect(readme).toMatch(/`reports-to-unknown` [^\n]* — 岗位 '[^']+' 汇报给/);
    expect(readme).not.toMatch(/`reports-to-unknown` [^\n]* — role '/);
  });
});
