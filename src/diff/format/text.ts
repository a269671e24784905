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
import { ARROW, departmentCarries, entityLabel, fieldPhrase, groupByEntity, KIND_WORD, placement, plural, renameNotes, teamLines, type Style } from '../describe.js';
import { KIND_ORDER } from '../fields.js';
import { summaryRows } from '../summaryRows.js';
import type { ChangeKind, DiffResult, SubtreeMove } from '../types.js';

export interface DiffTextOptions {
  /** true/false forces colour on/off; undefined follows chalk's detection (NO_COLOR, FORCE_COLOR, TTY). */
  color?: boolean;
  /** How the two sides were named on the command line. */
  labels?: { before: string; after: string };
}

const SECTION: Record<ChangeKind, string> = {
  organization: 'Organization',
  department: 'Departments',
  role: 'Roles',
  kpi: 'KPIs',
  workflow: 'Workflows',
};

/** Every name, title, id and free text the listing prints goes through here: controls shown, never obeyed. */
const TERMINAL: Style = { text: terminalText, id: terminalText };

function findingLine(f: Finding, c: ChalkInstance): string[] {
  const where = f.file ? `${terminalText(f.file)}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}` : '';
  const sev = f.severity === 'error' ? c.red('error') : c.yellow('warning');
  return ['    ' + sev, terminalText(f.rule), terminalText(f.message), c.dim(where)];
}

export function formatDiffText(result: DiffResult, options: DiffTextOptions = {}): string {
  const c: ChalkInstance = options.color === undefined ? chalk : new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const given = options.labels ?? { before: 'before', after: 'after' };
  const labels = { before: terminalText(given.before), after: terminalText(given.after) };
  out.push(c.bold(`orgctl diff: ${labels.before} ${ARROW} ${labels.after}`), '');

  const notes = renameNotes(result, TERMINAL);
  const moveByRoot = new Map<string, SubtreeMove>(result.moves.map((m) => [m.root, m]));
  const movedMembers = new Set(result.moves.flatMap((m) => m.members));
  const groups = groupByEntity(result.changes);

  if (!groups.length) out.push('No changes: both sides describe the same org.', '');
  for (const kind of KIND_ORDER) {
    const ofKind = groups.filter((g) => g[0]!.kind === kind);
    if (!ofKind.length) continue;
    out.push(c.bold(SECTION[kind]));
    for (const group of ofKind) {
      const first = group[0]!;
      const note = notes.get(`${kind}\u0000${first.id}`);
      const noteText = note ? c.dim(`  (${note})`) : '';
      if (first.change === 'added' || first.change === 'removed') {
        const added = first.change === 'added';
        const where = placement(first, result, TERMINAL);
        const name = entityLabel(kind, first.id, result, TERMINAL, added ? 'after' : 'before');
        const line = `  ${added ? '+' : '-'} ${KIND_WORD[kind]} ${name}`;
        out.push((added ? c.green(line) : c.red(line)) + (where ? c.dim(`  ${where}`) : '') + noteText);
        continue;
      }
      // A team member that only moved along with its manager is told once, under the manager.
      if (kind === 'role' && movedMembers.has(first.id)) continue;
      const name = entityLabel(kind, first.id, result, TERMINAL);
      const move = kind === 'role' ? moveByRoot.get(first.id) : undefined;
      if (move) {
        out.push(c.cyan(`  » role ${name} moved with its team of ${plural(move.members.length, 'role')} (${plural(move.seats, 'seat')} in all)`));
      } else {
        out.push(c.yellow(`  ~ ${KIND_WORD[kind]} ${name}`));
      }
      for (const change of group) {
        let phrase = fieldPhrase(change, result, TERMINAL);
        if (kind === 'department' && change.change === 'parent') phrase += c.dim(`  (${departmentCarries(result, change.id)})`);
        out.push(`      ${phrase}`);
      }
      if (move) for (const line of teamLines(move, result, TERMINAL)) out.push(c.dim(`      ${line}`));
    }
    out.push('');
  }

  out.push(c.bold('Summary'));
  const rows = summaryRows(result).map((r) => ['  ' + r.label, r.before, ARROW, r.after, r.delta]);
  out.push(...table([['', labels.before, '', labels.after, ''], ...rows], ['l', 'r', 'l', 'r', 'l']));
  out.push('');

  const { introduced, fixed } = result.findings;
  out.push(c.bold(`Findings introduced by this change (${introduced.length})`));
  if (introduced.length) out.push(...table(introduced.map((f) => findingLine(f, c))));
  else out.push('    none');
  out.push(c.bold(`Findings fixed by this change (${fixed.length})`));
  if (fixed.length) out.push(...table(fixed.map((f) => findingLine(f, c))));
  else out.push('    none');
  out.push('');

  const s = result.summary;
  out.push(
    `Plan: ${c.green(`${s.added} to add`)}, ${c.yellow(`${s.changed} to change`)}, ${c.red(`${s.removed} to remove`)}; ` +
      `findings: ${introduced.length} introduced, ${fixed.length} fixed.`,
  );
  return out.join('\n') + '\n';
}
