/**
 * `chart --format dot`: the chart for Graphviz users (`dot -Tsvg`).
 * Departments are clusters with their colour, dotted lines are dashed and do
 * not pull ranks. Ids are kept as they are, in quoted strings. No layout is
 * needed, so ELK is never loaded for this.
 */
import { plainGroupLabel, plainLabel } from '../draw/boxes.js';
import { paletteFor } from '../draw/palette.js';
import { FONT_FAMILY } from './svg.js';
import { nestBoxes, writeNested } from './nesting.js';
import { dotEscape, dotString } from '../../core/escape/dot.js';
import type { ChartGraph } from '../types.js';

/** Several label lines as one DOT label (centred lines). */
function dotLabel(lines: string[]): string {
  return `"${lines.map(dotEscape).join('\\n')}"`;
}

export function writeDot(graph: ChartGraph): string {
  const font = FONT_FAMILY.split(',')[0]!.replace(/'/g, '');
  const out: string[] = [
    'digraph org {',
    `  graph [rankdir=TB, label=${dotLabel([graph.title, graph.subtitle].filter(Boolean))}, labelloc=t, fontsize=18, fontname=${dotString(font)}];`,
    `  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname=${dotString(font)}, fontsize=12];`,
    '  edge [arrowhead=none, color="#6e7781"];',
  ];
  const nesting = nestBoxes(graph, (b) => {
    const p = paletteFor(b.color);
    const attrs =
      graph.level === 'department' ? `color=${dotString(p.stroke)}, fillcolor=${dotString(p.fill)}` : `color=${dotString(p.stroke)}`;
    return `${dotString(b.id)} [label=${dotLabel(plainLabel(b, graph.locale))}, ${attrs}];`;
  });
  writeNested(
    nesting,
    out,
    (g, indent) => {
      const p = paletteFor(g.color);
      return [
        `${indent}subgraph ${dotString(`cluster_${g.id}`)} {`,
        `${indent}  label=${dotString(plainGroupLabel(g, graph.locale))}; style="rounded,filled"; color=${dotString(p.stroke)}; fillcolor=${dotString(p.fill)};`,
      ];
    },
    (_, indent) => [`${indent}}`],
  );
  for (const e of graph.edges) {
    out.push(
      `  ${dotString(e.from)} -> ${dotString(e.to)}${e.style === 'dotted' ? ' [style=dashed, constraint=false, color="#8a5cc2"]' : ''};`,
    );
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
