/**
 * `--format junit`: JUnit XML as CI test reporters (GitLab, Jenkins, Azure)
 * read it — one <testsuite> per file, one <testcase> per finding as a
 * <failure> whose type is the severity (as ESLint's junit formatter does);
 * a file without findings is one passing testcase, so clean runs show up too.
 */
import { visibleControls } from '../core/escape/terminal.js';
import { escapeXml } from '../core/escape/xml.js';
import type { Finding } from '../load/types.js';
import { pushTo } from '../core/multimap.js';
import type { Formatter } from './types.js';

/**
 * User text in an attribute or element. CI reporters show it to people, so
 * controls print visibly as in the terminal (a newline in an attribute would
 * be read back as a space); the shared XML escaper does the rest.
 */
export function xmlEscape(s: string): string {
  return escapeXml(visibleControls(s));
}

export const formatJunit: Formatter = (result) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = f.file ?? '(org)';
    pushTo(byFile, key, f);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  const files = [...new Set([...byFile.keys()])];
  for (const file of files) {
    const list = byFile.get(file) ?? [];
    const cases = list.map((f) => {
      const loc = f.line !== undefined ? `${file}:${f.line}:${f.column ?? 1}` : file;
      return `    <testcase classname="orgctl.${xmlEscape(f.rule)}" name="${xmlEscape(`${loc} ${f.rule}`)}" time="0">\n      <failure type="${f.severity}" message="${xmlEscape(f.message)}">${xmlEscape(`${f.severity}: ${f.message} (${f.rule}) at ${loc}`)}</failure>\n    </testcase>`;
    });
    tests += list.length;
    failures += list.length;
    suites.push(
      `  <testsuite name="${xmlEscape(file)}" tests="${list.length}" failures="${list.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  if (!files.length) {
    tests = 1;
    suites.push(
      `  <testsuite name="orgctl validate" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase classname="orgctl" name="org is valid (${result.summary.roles} roles in ${result.summary.files} files)" time="0"/>\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="orgctl" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
