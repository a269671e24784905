/**
 * The payload's JSON text a node and an edge at a time, the same text as
 * JSON.stringify of the whole payload (which writes an object's fields in
 * order, without spaces): the page of 100k roles is then never one string of
 * a hundred megabytes, nor its payload one array of objects.
 */
import type { Drawing } from '../types.js';
import { nodeIndex, payloadEdge, payloadNode, type Facts, type PayloadHead } from './payload.js';

export function emitPayloadJson(facts: Facts, drawing: Drawing, head: PayloadHead, write: (json: string) => void): void {
  const index = nodeIndex(drawing);
  const fields = JSON.stringify(head);
  write(`${fields.slice(0, -1)},"nodes":[`);
  drawing.nodes.forEach((n, i) => {
    write((i ? ',' : '') + JSON.stringify(payloadNode(facts, n, index)));
  });
  write('],"edges":[');
  let first = true;
  for (const e of drawing.edges) {
    const edge = payloadEdge(e, index);
    if (!edge) continue;
    write((first ? '' : ',') + JSON.stringify(edge));
    first = false;
  }
  write(']}');
}
