/**
 * A file's signature (what `validate --cache` compares) leaves out the free text no check reads, and
 * nothing else: every other change of value, type, key, order or document changes it.
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse.js';
import { fileSignature } from '../../src/model/signature.js';

const sign = (text: string) => fileSignature(parseSource(text, 'x.yaml').file);
const BASE = 'kind: Role\nid: 客服\ntitle: 客服专员\nreports_to: 主管\nresponsibilities:\n  - 接待\ndescription: 说明\nx-note: 1\n';

describe('fileSignature', () => {
  it('is the same after edits to duties, descriptions, x- fields, comments and layout', () => {
    const same = [
      BASE.replace('接待', '接待与回访'),
      BASE.replace('description: 说明\n', ''),
      BASE.replace('x-note: 1', 'x-note: {a: [1, 2]}'),
      `# 注释\n${BASE}`,
      BASE.replace('title: 客服专员', 'title:   "客服专员"   # 引号'),
      BASE.replace(
        'kind: Role\nid: 客服\ntitle: 客服专员\nreports_to: 主管\n',
        'kind: Role\nid: 客服\ntitle: 客服专员\nreports_to: 主管\ncompetencies:\n  - {name: 沟通, description: 甲}\n',
      ).replace('description: 说明', 'description: 乙'),
    ];
    const withCompetency = sign(same[5]!.replace('{name: 沟通, description: 甲}', '{name: 沟通, description: 丙}'));
    for (const text of same.slice(0, 5)) expect(sign(text), text).toBe(sign(BASE));
    expect(withCompetency).toBe(sign(same[5]!));
  });

  it('changes with anything else: a value, a type, a key, the order of keys or of documents', () => {
    const other = [
      BASE.replace('客服专员', '客服主管'),
      BASE.replace('reports_to: 主管', 'reports_to: 经理'),
      BASE.replace('reports_to: 主管', 'reports_to: [主管]'),
      BASE.replace('reports_to: 主管', 'reports_to: 主管\nheadcount: 2'),
      BASE.replace('kind: Role\nid: 客服\n', 'id: 客服\nkind: Role\n'),
      `${BASE}---\nkind: KPI\nid: k\nname: K\n`,
      BASE.replace('reports_to: 主管', 'reports_to: null'),
      BASE.replace('reports_to: 主管', 'reports_to: .nan'),
      BASE.replace('reports_to: 主管', "reports_to: ''"),
    ];
    const signatures = new Set([sign(BASE), ...other.map(sign)]);
    expect(signatures.size).toBe(other.length + 1);
  });
});
