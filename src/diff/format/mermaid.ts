/**
 * The affected part of the reporting tree as a Mermaid flowchart, for the
 * Markdown format: every added, removed, moved or changed role, with the chain
 * of managers above it for context, grouped by department. Removed roles hang
 * from their old manager on a dotted line; a role with a new manager keeps a
 * dotted "was" line (in the report's language) to its old one.
 */
import type { OrgModel, Role } from '../../model/types.js';
import { mermaidLabel } from '../../core/escape/mermaid.js';
import { compareStrings } from '../fields.js';
import type { DiffResult } from '../types.js';

/** Beyond this many boxes a diagram stops helping (and GitHub stops rendering it). */
export const MAX_DIAGRAM_NODES = 150;

type Status = 'added' | 'removed' | 'moved' | 'changed' | 'context';

export const STATUS_STYLES: Record<Status, string> = {
  added: 'fill:#dafbe1,stroke:#1a7f37,color:#0f5323',
  removed: 'fill:#ffebe9,stroke:#cf222e,stroke-dasharray:4 3,color:#82071e',
  moved: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
  changed: 'fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
  context: 'fill:#f6f8fa,stroke:#d0d7de,color:#57606a',
};

/** Status of each role the change touches. */
export function roleStatuses(result: DiffResult): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const c of result.changes) {
    if (c.kind !== 'role') continue;
    const now = out.get(c.id);
    if (c.change === 'added' || c.change === 'removed') out.set(c.id, c.change);
    else if (c.change === 'department' || c.change === 'reports_to') out.set(c.id, 'moved');
    else if (now === undefined) out.set(c.id, 'changed');
  }
  // A team that moved with its manager moved in the tree, even where its members changed nothing.
  for (const move of result.moves) for (const id of move.members) out.set(id, 'moved');
  return out;
}

export type Diagram = { kind: 'none' } | { kind: 'too-big'; nodes: number } | { kind: 'diagram'; text: string };

export function affectedTree(result: DiffResult, wasLabel = 'was'): Diagram {
  const { before, after } = result.models;
  const status = roleStatuses(result);
  if (!status.size) return { kind: 'none' };

  // The affected roles plus every manager above them (on the side where each still exists).
  const nodes = new Map<string, { role: Role; status: Status }>();
  const addChain = (start: Role | undefined) => {
    for (let r = start; r && !nodes.has(r.id); r = after.hierarchy.manager.get(r.id)) {
      nodes.set(r.id, { role: r, status: status.get(r.id) ?? 'context' });
      if (nodes.size > MAX_DIAGRAM_NODES) return;
    }
  };
  const oldManagerOf = (id: string): Role | undefined => before.hierarchy.manager.get(id);
  for (const id of [...status.keys()].sort(compareStrings)) {
    const s = status.get(id)!;
    if (s === 'removed') {
      nodes.set(id, { role: before.roles.get(id)!, status: s });
      const m = oldManagerOf(id);
      if (m && after.roles.has(m.id)) addChain(after.roles.get(m.id));
    } else {
      addChain(after.roles.get(id));
      const m = oldManagerOf(id);
      if (s === 'moved' && m && after.roles.has(m.id)) addChain(after.roles.get(m.id));
    }
    if (nodes.size > MAX_DIAGRAM_NODES) return { kind: 'too-big', nodes: countAll(result) };
  }

  const ids = [...nodes.keys()].sort(compareStrings);
  const key = new Map(ids.map((id, i) => [id, `r${i}`]));
  const lines = ['flowchart TD'];
  const nodeLine = (id: string) => {
    const { role } = nodes.get(id)!;
    const text = role.title === id ? mermaidLabel(id) : `${mermaidLabel(role.title)}<br/><small>${mermaidLabel(id)}</small>`;
    return `${key.get(id)!}["${text}"]`;
  };

  // Boxes, grouped by department (the side each role is on).
  const byDept = new Map<string, string[]>();
  const loose: string[] = [];
  for (const id of ids) {
    const dept = nodes.get(id)!.role.department;
    if (dept === undefined) loose.push(id);
    else byDept.set(dept, [...(byDept.get(dept) ?? []), id]);
  }
  [...byDept.keys()].sort(compareStrings).forEach((dept, i) => {
    const name = deptName(dept, after, before);
    lines.push(`  subgraph d${i}["${mermaidLabel(name)}"]`);
    for (const id of byDept.get(dept)!) lines.push(`    ${nodeLine(id)}`);
    lines.push('  end');
  });
  for (const id of loose) lines.push(`  ${nodeLine(id)}`);

  for (const id of ids) {
    const s = nodes.get(id)!.status;
    const k = key.get(id)!;
    if (s === 'removed') {
      const m = oldManagerOf(id);
      if (m && key.has(m.id)) lines.push(`  ${key.get(m.id)!} -.-> ${k}`);
      continue;
    }
    const m = after.hierarchy.manager.get(id);
    if (m && key.has(m.id)) lines.push(`  ${key.get(m.id)!} --> ${k}`);
    const was = oldManagerOf(id);
    if (s === 'moved' && was && was.id !== m?.id && key.has(was.id)) lines.push(`  ${key.get(was.id)!} -. ${wasLabel} .-> ${k}`);
  }

  for (const s of Object.keys(STATUS_STYLES) as Status[]) {
    const members = ids.filter((id) => nodes.get(id)!.status === s).map((id) => key.get(id)!);
    if (!members.length) continue;
    lines.push(`  classDef ${s} ${STATUS_STYLES[s]}`);
    lines.push(`  class ${members.join(',')} ${s}`);
  }
  return { kind: 'diagram', text: lines.join('\n') };
}

function deptName(id: string, first: OrgModel, second: OrgModel): string {
  return first.departments.get(id)?.name ?? second.departments.get(id)?.name ?? id;
}

/** How many boxes the whole diagram would need (for the "left out" note): affected roles and their managers. */
function countAll(result: DiffResult): number {
  const { after } = result.models;
  const seen = new Set<string>();
  for (const id of roleStatuses(result).keys()) {
    seen.add(id);
    for (let m = after.hierarchy.manager.get(id); m && !seen.has(m.id); m = after.hierarchy.manager.get(m.id)) seen.add(m.id);
  }
  return seen.size;
}
