/**
 * The ids of the nodes the layout hands ELK. ELK wants strings; the layout
 * wants to know what a node stands for. An `ElkId` is a string only this
 * module makes (a branded type), and `refOf` reads it back into an `ElkRef`:
 * the one place that knows how the two map. The strings are short prefixes
 * and the id they stand for (the prefix is one letter and a colon, so any
 * id, colons included, reads back whole).
 */

declare const elkIdBrand: unique symbol;
export type ElkId = string & { readonly [elkIdBrand]: true };

export type ElkRef =
  /** The whole chart. */
  | { kind: 'root' }
  /** A department as a compound node, while what it holds is still being laid out. */
  | { kind: 'group'; group: string }
  /** A department once laid out: one node of fixed shape in its parent. */
  | { kind: 'department'; group: string }
  /** A role tree that stays inside its department, under its top role. */
  | { kind: 'tree'; role: string }
  /** A single box. */
  | { kind: 'box'; role: string }
  /** The stacked leaves under a manager. */
  | { kind: 'stack'; manager: string }
  /** Departments hung in columns off spines (numbered in the order they are made). */
  | { kind: 'columns'; index: number };

const PREFIX = { group: 'g', department: 'f', tree: 't', box: 'b', stack: 's', columns: 'd' } as const;
const KIND_OF = new Map<string, Exclude<ElkRef['kind'], 'root'>>(
  Object.entries(PREFIX).map(([kind, p]) => [p, kind as Exclude<ElkRef['kind'], 'root'>]),
);

export function elkId(ref: ElkRef): ElkId {
  switch (ref.kind) {
    case 'root':
      return 'root' as ElkId;
    case 'group':
    case 'department':
      return `${PREFIX[ref.kind]}:${ref.group}` as ElkId;
    case 'tree':
    case 'box':
      return `${PREFIX[ref.kind]}:${ref.role}` as ElkId;
    case 'stack':
      return `${PREFIX.stack}:${ref.manager}` as ElkId;
    case 'columns':
      return `${PREFIX.columns}:${ref.index}` as ElkId;
  }
}

export function refOf(id: ElkId): ElkRef {
  if (id === 'root') return { kind: 'root' };
  const kind = KIND_OF.get(id.slice(0, 1));
  if (kind === undefined || id[1] !== ':') throw new Error(`not an ELK id: '${id}'`);
  const rest = id.slice(2);
  switch (kind) {
    case 'group':
    case 'department':
      return { kind, group: rest };
    case 'tree':
    case 'box':
      return { kind, role: rest };
    case 'stack':
      return { kind, manager: rest };
    case 'columns':
      return { kind, index: Number(rest) };
  }
}

/** The id of a node ELK hands back: one of ours (ELK keeps ids as given). */
export const idOf = (node: { id: string }): ElkId => node.id as ElkId;
