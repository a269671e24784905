/**
 * Each workflow's flowchart as an SVG picture, for the HTML handbook (the
 * Markdown pages have Mermaid, which GitHub draws; a browser opening the HTML
 * file would show Mermaid's source). The same graph as the Mermaid flowchart —
 * a start pill with the trigger, one box per step (name and the role that does
 * it), an end pill — laid out top-down by ELK with orthogonal edges, so lines
 * run between the boxes, not through them.
 *
 * Every label is user text: escaped as XML text, never markup. The picture is
 * embedded in the handbook as a data: image, so nothing in it can reach the page.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { escapeXml } from '../core/escape/xml.js';
import { textWidth, wrapText } from '../chart/draw/text.js';
import { num } from '../chart/draw/num.js';
import { stepGraph } from '../lint/rules/utils/workflowGraph.js';
import type { DocsWords } from '../i18n/index.js';
import type { OrgModel, Workflow } from '../model/types.js';

/** A workflow with more steps than this gets its steps table only: a taller picture is not read. */
export const WORKFLOW_DIAGRAM_MAX_STEPS = 120;

const FONT = 13;
const LINE = 18;
const PAD_X = 12;
const PAD_Y = 8;
const MAX_TEXT = 200;
const MARGIN = 12;

interface NodeText {
  lines: string[];
  /** Lines drawn bold (the step's name), the rest regular (its role). */
  bold: number;
  pill: boolean;
}

/** The flowchart of `workflow`, or undefined when it has no steps or too many to draw. */
export async function drawWorkflowDiagram(model: OrgModel, workflow: Workflow, msg: DocsWords): Promise<string | undefined> {
  if (!workflow.steps.length || workflow.steps.length > WORKFLOW_DIAGRAM_MAX_STEPS) return undefined;
  const texts = new Map<string, NodeText>();
  texts.set('start', { lines: wrapText(workflow.trigger ?? msg.start, MAX_TEXT, FONT), bold: 0, pill: true });
  workflow.steps.forEach((step, i) => {
    const role = model.roles.get(step.role);
    const name = wrapText(`${i + 1}. ${step.name}`, MAX_TEXT, FONT, true);
    texts.set(`s${i}`, { lines: [...name, ...wrapText(role ? role.title : step.role, MAX_TEXT, FONT)], bold: name.length, pill: false });
  });
  texts.set('stop', { lines: [msg.end], bold: 0, pill: true });

  const children: ElkNode[] = [...texts].map(([id, t]) => ({
    id,
    width: Math.ceil(Math.max(...t.lines.map((l, i) => textWidth(l, FONT, i < t.bold))) + 2 * PAD_X + (t.pill ? 2 * PAD_Y : 0)),
    height: t.lines.length * LINE + 2 * PAD_Y,
  }));
  const edges: ElkExtendedEdge[] = [];
  const edge = (from: string, to: string) => edges.push({ id: `e${edges.length}`, sources: [from], targets: [to] });
  edge('start', 's0');
  const graph = stepGraph(workflow);
  workflow.steps.forEach((_, i) => {
    for (const j of graph.next[i]!) edge(`s${i}`, `s${j}`);
    if (graph.isEnd[i]) edge(`s${i}`, 'stop');
  });

  const { runElk } = await import('../chart/layout/elk.js');
  const laid = await runElk(
    { id: 'workflow', children, edges },
    {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '28',
      'elk.spacing.nodeNode': '24',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
  );
  return toSvg(laid, texts, workflow.name);
}

function toSvg(laid: ElkNode, texts: Map<string, NodeText>, title: string): string {
  const width = Math.ceil((laid.width ?? 0) + 2 * MARGIN);
  const height = Math.ceil((laid.height ?? 0) + 2 * MARGIN);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="${FONT}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>',
    `<g transform="translate(${MARGIN},${MARGIN})">`,
  ];
  for (const e of laid.edges ?? []) {
    for (const s of e.sections ?? []) {
      const points = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
      out.push(`<polyline points="${points}" fill="none" stroke="#57606a" stroke-width="1.4" marker-end="url(#arrow)"/>`);
    }
  }
  for (const n of laid.children ?? []) {
    const t = texts.get(n.id)!;
    const [x, y, w, h] = [n.x ?? 0, n.y ?? 0, n.width ?? 0, n.height ?? 0];
    const rx = t.pill ? h / 2 : 6;
    const fill = t.pill ? '#eef3f9' : '#ffffff';
    out.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(rx)}" fill="${fill}" stroke="#2f6fb0" stroke-width="1.2"/>`,
    );
    t.lines.forEach((line, i) => {
      const weight = i < t.bold ? ' font-weight="bold"' : '';
      const ty = y + PAD_Y + (i + 1) * LINE - 5;
      out.push(`<text x="${num(x + w / 2)}" y="${num(ty)}" text-anchor="middle"${weight}>${escapeXml(line)}</text>`);
    });
  }
  out.push('</g>', '</svg>');
  return `${out.join('\n')}\n`;
}

/** The flowcharts of every workflow that has one, by workflow id (in model order, one layout at a time). */
export async function drawWorkflowDiagrams(model: OrgModel, msg: DocsWords): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  for (const wf of model.workflows.values()) {
    const svg = await drawWorkflowDiagram(model, wf, msg);
    if (svg !== undefined) svgs.set(wf.id, svg);
  }
  return svgs;
}
