/**
 * `orgctl diff --format markdown`: a pull-request comment or
 * `$GITHUB_STEP_SUMMARY`. The figures first, then what a reviewer must decide
 * on — the findings the change introduces and fixes — then the changes grouped
 * by department, and a Mermaid diagram of the affected part of the tree.
 * Every user string is escaped.
 */
import type { Finding } from '../../load/types.js';
import {
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
import { mdCode, mdLine } from '../../core/escape/markdown.js';
import { departmentOrder as treeOrder } from '../../model/hierarchy.js';
import { affectedTree, MAX_DIAGRAM_NODES } from './mermaid.js';
import { summaryRows } from '../summaryRows.js';
import { reportOf, type Report, type ReportOptions } from './report.js';
import type { Change, DiffResult, SubtreeMove } from '../types.js';

export type DiffMarkdownOptions = ReportOptions;

/** More list lines than this and the change list is folded into a <details>. */
const FOLD_AFTER = 60;

const ICON = { added: '➕', removed: '➖', changed: '✏️', moved: '🔀' } as const;

function findingItem(f: Finding, report: Report): string {
  const at = report.where(f);
  return `- **${report.words.severity[f.severity]}** ${mdCode(f.rule)}: ${mdLine(report.message(f))}${at ? ` — ${mdLine(at)}` : ''}`;
}

interface Group {
  title: string;
  items: string[];
}

/**
 * The heading a change is listed under: a role's department (after the change,
 * or before it for a removed role), a department's own, or its kind.
 */
function groupKey(group: Change[], result: DiffResult): string {
  const first = group[0]!;
  const { before, after } = result.models;
  switch (first.kind) {
    case 'role': {
      const dept = first.change === 'removed' ? before.roles.get(first.id)?.department : after.roles.get(first.id)?.department;
      return dept === undefined ? '\u0001none' : `dept\u0000${dept}`;
    }
    case 'department':
      return `dept\u0000${first.id}`;
    default:
      return first.kind;
  }
}

/** Department groups in the department tree order of the after side, then removed departments, in the before order. */
function departmentOrder(result: DiffResult): string[] {
  const { before, after } = result.models;
  const ids = treeOrder(after).map((v) => v.dept.id);
  const seen = new Set(ids);
  for (const { dept } of treeOrder(before)) if (!seen.has(dept.id)) ids.push(dept.id);
  return ids;
}

function entityItems(
  group: Change[],
  result: DiffResult,
  notes: Map<string, string>,
  moves: Map<string, SubtreeMove>,
  MD: Style,
): string[] {
  const w = MD.words;
  const first = group[0]!;
  const kind = first.kind;
  const note = notes.get(`${kind}\u0000${first.id}`);
  const noteText = note ? w.parenthesised(note) : '';
  if (first.change === 'added' || first.change === 'removed') {
    const where = placement(first, result, MD);
    const name = entityLabel(kind, first.id, result, MD, first.change === 'added' ? 'after' : 'before');
    return [
      `- ${ICON[first.change]} ${w.statusKind(w.status[first.change], w.kinds[kind])} **${name}**${where ? ` — ${where}` : ''}${noteText}`,
    ];
  }
  // A department's own changes open its section: the heading already names it.
  const name = kind === 'department' ? '' : entityLabel(kind, first.id, result, MD);
  const move = kind === 'role' ? moves.get(first.id) : undefined;
  const phrases = group.map(
    (c) =>
      fieldPhrase(c, result, MD) +
      (kind === 'department' && c.change === 'parent' ? w.parenthesised(departmentCarries(result, c.id, w)) : ''),
  );
  if (move) {
    const head = `- ${ICON.moved} ${w.movedWithTeam(`${w.kinds[kind]} **${name}**`, move.members.length, move.seats)}`;
    return [head, ...phrases.map((p) => `  - ${p}`), ...teamLines(move, result, MD).map((l) => `  - ${l}`)];
  }
  const moved = kind === 'role' && group.some((c) => c.change === 'department' || c.change === 'reports_to');
  const icon = moved ? ICON.moved : ICON.changed;
  const subject = kind === 'department' ? `**${w.theDepartment}**` : `${w.kinds[kind]} **${name}**`;
  if (phrases.length === 1) return [`- ${icon} ${subject} — ${phrases[0]!}`];
  return [`- ${icon} ${subject}`, ...phrases.map((p) => `  - ${p}`)];
}

function changeGroups(result: DiffResult, MD: Style): Group[] {
  const w = MD.words;
  const notes = renameNotes(result, MD);
  const moves = new Map(result.moves.map((m) => [m.root, m]));
  const movedMembers = new Set(result.moves.flatMap((m) => m.members));
  const byKey = new Map<string, string[]>();
  for (const group of groupByEntity(result.changes)) {
    const first = group[0]!;
    // Told once, under the manager the team moved with.
    if (first.kind === 'role' && movedMembers.has(first.id) && first.change !== 'added' && first.change !== 'removed') continue;
    const key = groupKey(group, result);
    const items = entityItems(group, result, notes, moves, MD);
    // A department's own changes come before its roles' changes.
    if (first.kind === 'department') byKey.set(key, [...items, ...(byKey.get(key) ?? [])]);
    else byKey.set(key, [...(byKey.get(key) ?? []), ...items]);
  }
  const { before, after } = result.models;
  const out: Group[] = [];
  const taken = new Set<string>();
  const take = (key: string, title: string) => {
    const items = byKey.get(key);
    if (!items?.length || taken.has(key)) return;
    taken.add(key);
    out.push({ title, items });
  };
  take('organization', w.groupOrganization);
  for (const id of departmentOrder(result)) {
    const name = after.departments.get(id)?.name ?? before.departments.get(id)?.name;
    take(`dept\u0000${id}`, name === undefined || name === id ? mdLine(id) : `${mdLine(name)} (${mdCode(id)})`);
  }
  // Roles whose department is unknown on both sides still get listed.
  for (const key of [...byKey.keys()].sort()) if (key.startsWith('dept\u0000')) take(key, mdCode(key.slice('dept\u0000'.length)));
  take('\u0001none', w.groupNoDepartment);
  take('kpi', w.groupKpis);
  take('workflow', w.groupWorkflows);
  take('team', w.groupTeams);
  return out;
}

export function formatDiffMarkdown(result: DiffResult, options: DiffMarkdownOptions = {}): string {
  const report = reportOf(result, options);
  const w = report.words;
  const item = (f: Finding) => findingItem(f, report);
  const MD: Style = { text: mdLine, id: mdCode, words: w };
  const labels = report.labels;
  const s = result.summary;
  const { introduced, fixed } = result.findings;
  const out: string[] = [];
  out.push(`## orgctl diff: ${mdCode(labels.before)} → ${mdCode(labels.after)}`, '');
  out.push(
    result.changes.length
      ? w.headline(s.added, s.changed, s.removed, introduced.length, fixed.length)
      : w.headlineNoChanges(introduced.length, fixed.length),
    '',
  );
  if (result.absent) out.push(w.absentSide(result.absent.side, mdCode(result.absent.path), mdCode(result.absent.revision)), '');

  out.push(`| | ${mdLine(labels.before)} | ${mdLine(labels.after)} | Δ |`, '|---|--:|--:|--:|');
  for (const r of summaryRows(result, w)) out.push(`| ${r.label} | ${r.before} | ${r.after} | ${r.delta} |`);
  out.push('');

  // The base's gates before the findings: a broken one is what decides the review.
  if (report.policy === 'broken') out.push(`### ${w.policyBroken(result.policy.length)}`, '', ...result.policy.map(item), '');
  else if (report.policy === 'passed') out.push(w.policyPassed, '');

  out.push(`### ${w.findingsIntroduced(introduced.length)}`, '');
  out.push(...(introduced.length ? introduced.map(item) : [w.noFindingsSentence]), '');
  out.push(`### ${w.findingsFixed(fixed.length)}`, '');
  out.push(...(fixed.length ? fixed.map(item) : [w.noFindingsSentence]), '');
  const { changed } = result.findings;
  if (changed.length) {
    out.push(`### ${w.findingsChanged(changed.length)}`, '');
    for (const ch of changed) out.push(`${item(ch.after)} — ${mdLine(w.findingChanged(report.changeDetail(ch)))}`);
    out.push('');
  }

  if (result.people.length) {
    out.push(`### ${w.people}`, '');
    for (const p of result.people) out.push(`- ${personPhrase(p, result, MD)}`);
    out.push('');
  }

  const groups = changeGroups(result, MD);
  if (groups.length) {
    out.push(`### ${w.changes}`, '');
    // A long list is folded, so the figures and findings stay on the first screen of a PR comment.
    const lines = groups.reduce((n, g) => n + g.items.length, 0);
    const entries = groups.reduce((n, g) => n + g.items.filter((i) => i.startsWith('- ')).length, 0);
    const fold = lines > FOLD_AFTER;
    if (fold) out.push(`<details><summary>${w.showAll(entries)}</summary>`, '');
    for (const g of groups) out.push(`#### ${g.title}`, '', ...g.items, '');
    if (fold) out.push('</details>', '');
  }

  const diagram = affectedTree(result, w.diagramWas);
  if (diagram.kind === 'diagram') {
    out.push(`### ${w.affectedTree}`, '');
    out.push('```mermaid', diagram.text, '```', '');
    out.push(w.diagramLegend, '');
  } else if (diagram.kind === 'too-big') {
    out.push(`### ${w.affectedTree}`, '');
    out.push(w.diagramTooBig(diagram.nodes, MAX_DIAGRAM_NODES), '');
  }
  return out.join('\n');
}
