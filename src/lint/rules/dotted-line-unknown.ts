import { didYouMeanId, replaceId } from './utils/suggestId.js';
import { defineRule, subjects } from '../types.js';

export default defineRule({
  id: 'dotted-line-unknown',
  defaultSeverity: 'error',
  description: 'A `dotted_line` names no role.',
  docs: 'Dotted (matrix / functional) lines point at role ids like `reports_to` does; an id that names no role draws nothing. Fix the id (the message suggests the nearest role id) or remove the entry.',
  messages: {
    notARole: "role '{{role}}' has a dotted line to '{{target}}', which is not a role{{suggestion}}",
  },
  check(ctx) {
    const { roles } = ctx.model;
    for (const role of subjects(roles.values())) {
      role.dottedLine.forEach((target, i) => {
        if (roles.has(target)) return;
        ctx.report({
          entity: role,
          path: ['dotted_line', i],
          messageId: 'notARole',
          data: { role: role.id, target, suggestion: didYouMeanId(target, roles) },
          replace: replaceId(target, roles),
        });
      });
    }
  },
});
