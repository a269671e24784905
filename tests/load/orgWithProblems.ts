/**
 * A generated org (bench/generate.mjs) made awkward on purpose: a file with a
 * YAML syntax error, a file with suppression directives (one used, one not),
 * a document with an alias, a quoted typo with a fix, and CRLF line ends — so
 * a cache or a worker that lost any of it would change the report.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/cli.js';
import { writeTree } from '../support/tmp.js';

/** The first department file of a generated org (departments/<unit>/<dept>.yaml). */
export function firstDepartmentFile(dir: string): string {
  const [unit] = fs.readdirSync(path.join(dir, 'departments')).sort();
  const [file] = fs.readdirSync(path.join(dir, 'departments', unit!)).sort();
  return path.join(dir, 'departments', unit!, file!);
}

export function orgWithProblems(dir: string, roles = 300): string {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'bench/generate.mjs'), dir, String(roles)], { stdio: 'ignore' });
  const deptId = fs
    .readFileSync(firstDepartmentFile(dir), 'utf8')
    .match(/^id: (.+)$/m)![1]!
    .trim();
  writeTree(dir, {
    'zz-syntax.yaml': 'kind: Role\nid: night-agent\ntitle: 夜班客服\ntitle: 夜间客服\n---\nkind: Role\nid: [unclosed\n',
    'zz-directives.yaml':
      `# orgctl-disable-next-line unknown-reference -- kept on purpose\nkind: Role\nid: 'floater'\ntitle: &t 流动岗\ndepartment: ${deptId}\nreports_to: 'nobody-here'\n` +
      `description: *t\n---\n# orgctl-disable span-of-control\nkind: Role\nid: "typo-kind"\ntitle: 拼写\ndepartment: ${deptId}\n`,
    'zz-crlf.yaml': `kind: rOle\r\nid: crlf-role\r\ntitle: 回车换行\r\ndepartment: ${deptId}\r\n`,
  });
  return dir;
}
