import type { SourceFile } from '../../load/types.js';
import { references } from './utils/references.js';
import { defineRule, renderMessage } from '../types.js';

const MESSAGES = {
  unchecked: '{{count}} could not be checked because {{file}} does not parse (fix its syntax error first)',
} as const;

export default defineRule({
  id: 'unchecked-references',
  defaultSeverity: 'warning',
  description: 'References to ids that a file which does not parse may define could not be checked.',
  docs: 'When a document has a YAML syntax error, the roles, departments and KPIs it defines are unknown, so references to them elsewhere can be neither confirmed nor reported as unknown. orgctl says so once per file, next to the syntax error; fix that error and the references are checked again.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Role\nid: cfo\ntitle: 财务总监\ntitle: 总会计师\ndepartment: office\nreports_to: ceo\n---\nkind: Role\nid: accountant\ntitle: 会计\ndepartment: office\nreports_to: cfo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n---\nkind: Role\nid: cfo\ntitle: 财务总监\ndepartment: office\nreports_to: ceo\n---\nkind: Role\nid: accountant\ntitle: 会计\ndepartment: office\nreports_to: cfo\n',
  },
  messages: MESSAGES,
  check(ctx) {
    const { model } = ctx;
    if (model.unchecked.size === 0) return;
    const counts = new Map<SourceFile, { count: number; offset: number }>();
    for (const ref of references(model)) {
      if (model.byId.has(ref.target)) continue;
      const where = model.unchecked.get(ref.target);
      if (!where?.unparsed) continue;
      const c = counts.get(where.file);
      if (c) c.count++;
      else counts.set(where.file, { count: 1, offset: where.offset });
    }
    for (const [file, { count, offset }] of counts) {
      const pos = file.lineCounter.linePos(offset);
      const data = { count: count === 1 ? '1 reference' : `${count} references`, file: file.path };
      ctx.reportRaw({
        rule: 'unchecked-references',
        message: renderMessage(MESSAGES.unchecked, data),
        messageId: 'unchecked',
        data,
        file: file.path,
        line: pos.line,
        column: pos.col,
      });
    }
  },
});
