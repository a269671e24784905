/**
 * `chart --format mermaid`: a `flowchart TB` that GitHub renders inside a
 * ```mermaid block. Departments are subgraphs (with their colour), dotted
 * lines are `-.->`. Mermaid ids allow only plain ASCII, so ids are sanitised
 * (deterministically, colliding ones numbered) and every label is quoted and
 * escaped by the one Mermaid escaper (src/core/escape/mermaid.ts). No layout is needed, so ELK is never loaded for this.
 */
import { plainGroupLabel, plainLabel } from '../draw/boxes.js';
import { paletteFor } from '../draw/palette.js';
import { nestBoxes, writeNested } from './nesting.js';
import { mermaidLabel, mermaidTitle } from '../../core/escape/mermaid.js';
import type { ChartGraph } from '../types.js';

/**
 * What Mermaid draws with its default settings (`maxEdges`, `maxTextSize`), which GitHub keeps: past
 * either, the reader sees "Too many edges" or "Maximum text size in diagram exceeded" instead of the chart.
 */
export const MERMAID_DEFAULT_LIMITS = { edges: 500, characters: 50_000 } as const;

/** An edge line as writeMermaid writes it (labels cannot hold `>`: the escaper writes it as `#62;`). */
const EDGE_LINE = /^ {2}\S+ (?:-->|-\.->) \S+$/gm;

/** The chart's lines and characters (as Mermaid counts them: UTF-16 units) when it is past a default limit. */
export function pastMermaidLimits(text: string): { edges: number; characters: number } | undefined {
  const edges = text.match(EDGE_LINE)?.length ?? 0;
  const characters = text.length;
  return edges > MERMAID_DEFAULT_LIMITS.edges || characters > MERMAID_DEFAULT_LIMITS.characters ? { edges, characters } : undefined;
}

/** Mermaid-safe ids: ASCII letters and digits, `_` for punctuation, `u<hex>` for other characters. */
export function mermaidIds(prefix: string, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    let base = prefix;
    for (const ch of id) {
      if (/[A-Za-z0-9]/.test(ch)) base += ch;
      else if (ch === '-' || ch === '_' || ch === '.') base += '_';
      else base += `u${ch.codePointAt(0)!.toString(16)}`;
    }
    let safe = base;
    for (let n = 2; used.has(safe); n++) safe = `${base}_${n}`;
    used.add(safe);
    out.set(id, safe);
  }
  return out;
}

export function writeMermaid(graph: ChartGraph): string {
  const boxIds = mermaidIds(
    graph.level === 'role' ? 'r_' : 'd_',
    graph.boxes.map((b) => b.id),
  );
  const groupIds = mermaidIds(
    'g_',
    graph.groups.map((g) => g.id),
  );
  // The subtitle says which part of the org is in view (a team, a subtree, a depth), as the SVG's and DOT's do.
  const title = graph.subtitle ? `${graph.title} — ${graph.subtitle}` : graph.title;
  const lines: string[] = ['---', `title: ${mermaidTitle(title)}`, '---', 'flowchart TB'];
  const nesting = nestBoxes(graph, (b) => {
    const label = plainLabel(b, graph.locale).map(mermaidLabel).join('<br/>');
    return `${boxIds.get(b.id)!}["${label}"]`;
  });
  writeNested(
    nesting,
    lines,
    (g, indent) => [
      `${indent}subgraph ${groupIds.get(g.id)!}["${mermaidLabel(plainGroupLabel(g, graph.locale))}"]`,
      `${indent}  direction TB`,
    ],
    (_, indent) => [`${indent}end`],
  );
  for (const e of graph.edges) lines.push(`  ${boxIds.get(e.from)!} ${e.style === 'solid' ? '-->' : '-.->'} ${boxIds.get(e.to)!}`);
  const colorOf = (color: number) => {
    const p = paletteFor(color);
    return `fill:${p.fill},stroke:${p.stroke},color:#1f2328`;
  };
  for (const g of graph.groups) lines.push(`  style ${groupIds.get(g.id)!} ${colorOf(g.color)}`);
  if (graph.level === 'department') for (const b of graph.boxes) lines.push(`  style ${boxIds.get(b.id)!} ${colorOf(b.color)}`);
  return `${lines.join('\n')}\n`;
}
