/**
 * A workflow's page (工作流程): owner and trigger, the steps table (who does
 * it, who signs it off, time allowed, output, what comes next), the flowchart
 * (Markdown), and the RACI matrix of roles × steps.
 */
import type { Workflow } from '../../model/types.js';
import { formatSla } from '../facts.js';
import { code, em, joinInline, type Block, type Inline, type Page, type PageHead } from '../ir.js';
import { workflowFlowchart } from '../format/mermaid.js';
import { raciMatrix } from '../raci.js';
import { stepGraph } from '../../lint/rules/utils/workflowGraph.js';
import { roleRef, type PageContext } from './context.js';

export function workflowPage(ctx: PageContext, wf: Workflow): Page {
  const { msg } = ctx;
  const blocks: Block[] = [];
  if (wf.description) blocks.push({ type: 'prose', text: wf.description });
  const fields: { label: string; value: Inline[] }[] = [{ label: msg.id, value: [code(wf.id)] }];
  fields.push({ label: msg.workflowOwner, value: wf.owner === undefined ? [msg.none] : roleRef(ctx, wf.owner) });
  if (wf.trigger !== undefined) fields.push({ label: msg.trigger, value: [wf.trigger] });
  blocks.push({ type: 'fields', fields });

  blocks.push({ type: 'heading', level: 2, content: [msg.steps] }, stepsTable(ctx, wf));
  if (ctx.format === 'markdown') {
    blocks.push({ type: 'heading', level: 2, content: [msg.flowchart] }, { type: 'mermaid', code: workflowFlowchart(ctx.model, wf, msg) });
  } else {
    const svg = ctx.workflowSvgs?.get(wf.id);
    if (svg !== undefined)
      blocks.push({ type: 'heading', level: 2, content: [msg.flowchart] }, { type: 'diagram', alt: `${msg.flowchart}: ${wf.name}`, svg });
  }
  blocks.push({ type: 'heading', level: 2, content: [msg.raciMatrix] }, raciTable(ctx, wf), { type: 'note', content: [msg.raciLegend] });
  return { ...workflowPageHead(wf), subtitle: [msg.workflow], blocks };
}

/** What links to a workflow's page and lists it: its target and title. */
export function workflowPageHead(wf: Workflow): PageHead {
  return { target: { kind: 'workflow', id: wf.id }, title: [wf.name] };
}

function stepsTable(ctx: PageContext, wf: Workflow): Block {
  const { msg } = ctx;
  const graph = stepGraph(wf);
  const nextCell = (i: number): Inline[] => {
    const next = graph.successors[i]!;
    if (!next.length) return [em(msg.end)];
    return joinInline(
      next.map(({ id, at }) => (at === undefined ? [id, msg.unknownSuffix] : [`${at + 1}. ${wf.steps[at]!.name}`])),
      msg.listSep,
    );
  };
  return {
    type: 'table',
    head: [[msg.stepNumber], [msg.step], [`${msg.responsible} (R)`], [`${msg.accountable} (A)`], [msg.sla], [msg.output], [msg.next]],
    rows: wf.steps.map((step, i) => [
      [String(i + 1)],
      step.description ? [step.name, ' — ', em(step.description)] : [step.name],
      roleRef(ctx, step.role),
      roleRef(ctx, step.accountable),
      [formatSla(step.sla, msg)],
      [step.output ?? msg.none],
      nextCell(i),
    ]),
    align: ['right', 'left', 'left', 'left', 'left', 'left', 'left'],
  };
}

function raciTable(ctx: PageContext, wf: Workflow): Block {
  const { msg } = ctx;
  const matrix = raciMatrix(wf);
  return {
    type: 'table',
    head: [[msg.role], ...matrix.steps.map((s, i): Inline[] => [`${i + 1}. ${s.name}`])],
    rows: matrix.roles.map((role, r) => [roleRef(ctx, role), ...matrix.cells[r]!.map((letters): Inline[] => [letters.join('/')])]),
    align: ['left', ...matrix.steps.map((): 'center' => 'center')],
    raci: true,
  };
}
