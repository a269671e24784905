import { ORG } from '../helpers.js';

/** One person written with the domain in two cases (roles a, b), and an address whose local part differs in case (c). */
export const EMAIL_CASES = `${ORG}---
kind: Department
id: d
name: D
roles:
  - {id: a, title: A, holders: [{name: 张伟, email: zw@Example.COM}]}
  - {id: b, title: B, reports_to: a, holders: [{name: 张伟, email: zw@example.com}]}
  - {id: c, title: C, reports_to: a, holders: [{name: 张伟, email: ZW@example.com}]}
`;
