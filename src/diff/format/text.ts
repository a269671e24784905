/**
 * `orgctl diff --format text`: a terraform-plan-like listing for the terminal.
 * `+` added, `-` removed, `~` changed, `»` moved with its whole team; then the
 * figures before → after and the findings the change introduces and fixes.
 * Colour follows chalk's detection unless the caller decides (`color`).
 */
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import { terminalText } from '../../core/escape/terminal.js';
import type { Finding } from '../../load/types.js';
import { table } from '../../core/text/columns.js';
import {
  ARROW,
  departmentCarries,
  entityLabel,
  fieldPhrase,
  groupByEntity,
  personPhrase,
  placement,
  renameNotes,
  teamLines,
  type Style,
} from '../describe.js';
import { KIND_ORDER } from '../fields.js';
import { reportOf, type Report, type ReportOptions } from './report.js';
import { summaryRows } from '../summaryRows.js';
import type { DiffResult, SubtreeMove } from '../types.js';

export interface DiffTextOptions extends ReportOptions {
  /** true/false forces colour on/off; undefined follows chalk's detection (NO_COLOR, FORCE_COLOR, TTY). */
  color?: boolean;
}

function findingLine(f: Finding, c: ChalkInstance, report: Report): string[] {
  const words = report.words;
  const sev = f.severity === 'error' ? c.red(words.severity.error) : c.yellow(words.severity.warning);
  return ['    ' + sev, terminalText(f.rule), terminalText(report.message(f)), c.dim(terminalText(report.where(f)))];
}

export function formatDiffText(result: DiffResult, options: DiffTextOptions = {}): string {
  const c: ChalkInstance = options.color === undefined ? chalk : new Chalk({ level: options.color ? 1 : 0 });
  const report = reportOf(result, options);
  const w = report.words;
  const line = (f: Finding) => findingLine(f, c, report);
  // Every name, title, id and free text the listing prints goes through here: controls shown, never obeyed.
  const TERMINAL: Style = { text: terminalText, id: terminalText, words: w };
  const out: string[] = [];
  const labels = { before: terminalText(report.labels.before), after: terminalText(report.labels.after) };
  out.push(c.bold(`orgctl diff: ${labels.before} ${ARROW} ${labels.after}`), '');
  const { absent } = result;
  if (absent) out.push(w.absentSide(absent.side, `'${terminalText(absent.path)}'`, `'${terminalText(absent.revision)}'`), '');

  const notes = renameNotes(result, TERMINAL);
  const moveByRoot = new Map<string, SubtreeMove>(result.moves.map((m) => [m.root, m]));
  const movedMembers = new Set(result.moves.flatMap((m) => m.members));
  const groups = groupByEntity(result.changes);

  if (!groups.length) out.push(w.noChanges, '');
  for (const kind of KIND_ORDER) {
    const ofKind = groups.filter((g) => g[0]!.kind === kind);
    if (!ofKind.length) continue;
    out.push(c.bold(w.sections[kind]));
    for (const group of ofKind) {
      const first = group[0]!;
      const note = notes.get(`${kind}\u0000${first.id}`);
      const noteText = note ? c.dim(`  (${note})`) : '';
      if (first.change === 'added' || first.change === 'removed') {
        const added = first.change === 'added';
        const where = placement(first, result, TERMINAL);
        const name = entityLabel(kind, first.id, result, TERMINAL, added ? 'after' : 'before');
        const line = `  ${added ? '+' : '-'} ${w.kinds[kind]} ${name}`;
        out.push((added ? c.green(line) : c.red(line)) + (where ? c.dim(`  ${where}`) : '') + noteText);
        continue;
      }
      // A team member that only moved along with its manager is told once, under the manager.
      if (kind === 'role' && movedMembers.has(first.id)) continue;
      const name = entityLabel(kind, first.id, result, TERMINAL);
      const move = kind === 'role' ? moveByRoot.get(first.id) : undefined;
      if (move) {
        out.push(c.cyan(`  » ${w.movedWithTeam(`${w.kinds.role} ${name}`, move.members.length, move.seats)}`));
      } else {
        out.push(c.yellow(`  ~ ${w.kinds[kind]} ${name}`));
      }
      for (const change of group) {
        let phrase = fieldPhrase(change, result, TERMINAL);
        if (kind === 'department' && change.change === 'parent') phrase += c.dim(`  (${departmentCarries(result, change.id, w)})`);
        out.push(`      ${phrase}`);
      }
      if (move) for (const line of teamLines(move, result, TERMINAL)) out.push(c.dim(`      ${line}`));
    }
    out.push('');
  }

  if (result.people.length) {
    out.push(c.bold(w.people));
    for (const p of result.people) out.push(`  ${personPhrase(p, result, TERMINAL)}`);
    out.push('');
  }

  out.push(c.bold(w.summary));
  const rows = summaryRows(result, w).map((r) => ['  ' + r.label, r.before, ARROW, r.after, r.delta]);
  out.push(...table([['', labels.before, '', labels.after, ''], ...rows], ['l', 'r', 'l', 'r', 'l']));
  out.push('');

  // The base's gates before the findings: a broken one is what decides the review.
  if (report.policy === 'broken') {
    out.push(c.bold(w.policyBroken(result.policy.length)));
    out.push(...table(result.policy.map((f) => line(f))), '');
  } else if (report.policy === 'passed') {
    out.push(w.policyPassed, '');
  }

  const { introduced, fixed } = result.findings;
  out.push(c.bold(w.introducedByChange(introduced.length)));
  if (introduced.length) out.push(...table(introduced.map((f) => line(f))));
  else out.push(`    ${w.noFindings}`);
  out.push(c.bold(w.fixedByChange(fixed.length)));
  if (fixed.length) out.push(...table(fixed.map((f) => line(f))));
  else out.push(`    ${w.noFindings}`);
  const { changed } = result.findings;
  if (changed.length) {
    out.push(c.bold(w.changedByChange(changed.length)));
    out.push(
      ...table(
        changed.map((ch) => {
          const [sev, rule, message, where] = line(ch.after);
          return [sev!, rule!, `${message!} ${c.dim(w.findingChanged(terminalText(report.changeDetail(ch))))}`, where!];
        }),
      ),
    );
  }
  out.push('');

  const s = result.summary;
  out.push(
    w.plan(c.green(w.toAdd(s.added)), c.yellow(w.toChange(s.changed)), c.red(w.toRemove(s.removed)), introduced.length, fixed.length),
  );
  return out.join('\n') + '\n';
}
