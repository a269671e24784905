/**
 * The handbook as a small document tree, built once per page (pages/*.ts) and
 * written out by two serializers (markdown.ts, html.ts). Page builders never
 * write markup: every string in the tree is plain text (user content or the
 * message catalogue), and only the serializers escape it — so nothing user
 * provided can reach a page unescaped, and both formats say the same thing.
 * Links name what they point at (an entity or a page), never a URL; each
 * serializer turns that into a relative file link or an in-page anchor.
 */

/**
 * What a link points at. `departments` and `workflows` are chapters of the
 * HTML handbook; in Markdown they are the overview's lists of them.
 */
export type Target =
  | { page: 'overview' | 'roles' | 'kpis' | 'departments' | 'workflows'; section?: OverviewSection }
  | { kind: 'department' | 'role' | 'kpi' | 'workflow'; id: string };

/** Sections of the overview other pages link to. */
export type OverviewSection = 'chart' | 'tree' | 'headcount' | 'workflows' | 'teams' | 'findings' | 'planned';

export type Inline = string | { code: string } | { strong: Inline[] } | { em: Inline[] } | LinkInline;

/**
 * Named so that a link is built against this type alone: against the whole
 * union, its `link` key would be taken for the deprecated `String.prototype.link`.
 */
export interface LinkInline {
  link: Target;
  content: Inline[];
}

export interface ListItem {
  content: Inline[];
  /** Nesting level (0 = top); lists are flat with depths so a deep tree needs no recursion. */
  depth?: number;
}

export type Align = 'left' | 'right' | 'center';

export type Block =
  | { type: 'heading'; level: 2 | 3; content: Inline[]; anchor?: Target }
  | { type: 'paragraph'; content: Inline[] }
  /** User prose (a description): paragraphs and line breaks kept, nothing interpreted. */
  | { type: 'prose'; text: string }
  | { type: 'list'; ordered?: boolean; items: ListItem[] }
  /** Label: value lines (the facts at the top of a department or role page). */
  | { type: 'fields'; fields: { label: string; value: Inline[] }[] }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][]; align?: Align[]; raci?: boolean }
  /** The validation notice: a count line and the findings. */
  | { type: 'notice'; title: string; text: string; items: Inline[][] }
  /** A diagram that only Markdown can show (GitHub/GitLab draw Mermaid). */
  | { type: 'mermaid'; code: string }
  /** The SVG org chart from `chart` (a file link in Markdown, inline in HTML). */
  | { type: 'chart'; alt: string }
  /** A picture only HTML shows (Markdown has the Mermaid version): an SVG embedded as an image. */
  | { type: 'diagram'; alt: string; svg: string }
  | { type: 'note'; content: Inline[] };

/** What a table of contents needs of a page: what links to it and its title. */
export type PageHead = Pick<Page, 'target' | 'title'>;

export interface Page {
  /** The page's identity (what links to it name). */
  target: Target;
  title: Inline[];
  /** A line under the title: the kind of page, the department path. */
  subtitle?: Inline[];
  blocks: Block[];
}

export const link = (target: Target, ...content: Inline[]): LinkInline => ({ link: target, content });
export const strong = (...content: Inline[]): Inline => ({ strong: content });
export const em = (...content: Inline[]): Inline => ({ em: content });
export const code = (text: string): Inline => ({ code: text });

/** Join inline pieces with a separator (for "A、B、C"). */
export function joinInline(parts: Inline[][], sep: string): Inline[] {
  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (i) out.push(sep);
    out.push(...p);
  });
  return out;
}
