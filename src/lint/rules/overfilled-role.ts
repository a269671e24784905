import { defineRule, subjects } from '../types.js';
import { subject } from './utils/subject.js';

export default defineRule({
  id: 'overfilled-role',
  defaultSeverity: 'error',
  description: 'A role has more holders than seats (`headcount`).',
  docs: 'Each holder sits in one seat, so `holders` cannot be longer than `headcount` (default 1). Raise `headcount`, or move the extra people to another role.',
  messages: {
    overfilled: '{{role}} has {{holders}} holders but only {{seats}} seat(s) (headcount)',
  },
  check(ctx) {
    for (const role of subjects(ctx.model.roles.values())) {
      if (!role.holders || role.holders.length <= role.headcount) continue;
      ctx.report({
        entity: role,
        path: ['holders'],
        messageId: 'overfilled',
        data: { role: subject('role', role.id, role.title), holders: role.holders.length, seats: role.headcount },
      });
    }
  },
});
