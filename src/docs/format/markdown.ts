/**
 * Pages → Markdown files (GitHub / GitLab flavoured). Every string of the
 * page tree is escaped here; links are relative paths to files this renderer
 * writes, with explicit anchors for in-page targets.
 */
import { escapeHtml as html } from '../../core/escape/html.js';
import { md, mdBlock } from '../../core/escape/markdown.js';
import type { Block, Inline, ListItem, Page, Target } from '../ir.js';
import type { DocsWords } from '../../i18n/index.js';
import { anchorHref, anchorId, CHART_SVG, markdownLocation, relativeHref, type PagePaths } from '../paths.js';

export interface MarkdownContext {
  paths: PagePaths;
  msg: DocsWords;
  /** Whether the org has workflows (for the navigation line). */
  hasWorkflows: boolean;
}

/** The file a page is written to. */
export function markdownPath(paths: PagePaths, page: Page): string {
  return markdownLocation(paths, page.target).file;
}

export function renderMarkdownPage(page: Page, ctx: MarkdownContext): string {
  const file = markdownPath(ctx.paths, page);
  const w = new MarkdownWriter(file, ctx);
  const parts: string[] = [`<!-- ${ctx.msg.generatedNote} -->`];
  if (!('page' in page.target && page.target.page === 'overview')) parts.push(w.navigation());
  parts.push(`# ${protectLineStart(w.inline(page.title))}`);
  if (page.subtitle) parts.push(protectLineStart(w.inline(page.subtitle)));
  for (const block of page.blocks) parts.push(w.block(block));
  if ('page' in page.target && page.target.page === 'overview') parts.push('---', `<sub>${html(ctx.msg.generatedNote)}</sub>`);
  return `${parts.join('\n\n')}\n`;
}

/** Escape what would open a block (list, heading, quote) at the start of a line. */
function protectLineStart(text: string): string {
  return text
    .replace(/^\s+/, '')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Text that can stand in a code span without escapes (ids, rule names, file positions). */
const CODE_SAFE = /^[\p{L}\p{N}\p{M}_.:/ -]+$/u;
/** Emphasis with `*` is only reliable when it starts and ends on a letter or digit (CommonMark flanking rules, CJK punctuation). */
const EMPHASIS_SAFE = /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su;

class MarkdownWriter {
  constructor(
    private readonly file: string,
    private readonly ctx: MarkdownContext,
  ) {}

  href(target: Target): string {
    const { file, anchor } = markdownLocation(this.ctx.paths, target);
    if (file === this.file && anchor !== undefined) return anchorHref(anchor);
    return relativeHref(this.file, file, anchor);
  }

  navigation(): string {
    const { msg } = this.ctx;
    const links: [Target, string][] = [
      [{ page: 'overview' }, msg.overview],
      [{ page: 'roles' }, msg.jobDescriptions],
      [{ page: 'kpis' }, msg.kpiDictionary],
    ];
    if (this.ctx.hasWorkflows) links.push([{ page: 'workflows' }, msg.workflows]);
    return links.map(([t, label]) => `[${md(label)}](${this.href(t)})`).join(' · ');
  }

  inline(parts: Inline[]): string {
    return parts.map((p) => this.inlineOne(p)).join('');
  }

  private inlineOne(p: Inline): string {
    if (typeof p === 'string') return md(p);
    if ('code' in p) return CODE_SAFE.test(p.code) ? `\`${p.code}\`` : md(p.code);
    if ('strong' in p) return this.emphasis(p.strong, '**', 'strong');
    if ('em' in p) return this.emphasis(p.em, '*', 'em');
    return `[${this.inline(p.content)}](${this.href(p.link)})`;
  }

  private emphasis(content: Inline[], marker: string, tag: string): string {
    const inner = this.inline(content);
    const plain = content.every((c) => typeof c === 'string') ? content.join('') : '';
    return plain && EMPHASIS_SAFE.test(plain) ? `${marker}${inner}${marker}` : `<${tag}>${inner}</${tag}>`;
  }

  block(b: Block): string {
    switch (b.type) {
      case 'heading': {
        const anchor = b.anchor ? `<a id="${html(anchorId(this.ctx.paths, b.anchor))}"></a>` : '';
        return `${'#'.repeat(b.level)} ${anchor}${protectLineStart(this.inline(b.content))}`;
      }
      case 'paragraph':
        return protectLineStart(this.inline(b.content));
      case 'prose':
        return mdBlock(b.text);
      case 'list':
        return this.list(b.items, b.ordered ?? false);
      case 'fields':
        return b.fields.map((f) => `- **${md(f.label)}**${md(this.ctx.msg.colon)}${this.inline(f.value)}`).join('\n');
      case 'table':
        return this.table(b);
      case 'notice': {
        const lines = [`> [!WARNING]`, `> **${md(b.title)}**${md(this.ctx.msg.colon)}${md(b.text)}`];
        if (b.items.length) lines.push('>', ...b.items.map((item) => `> - ${protectLineStart(this.inline(item))}`));
        return lines.join('\n');
      }
      case 'mermaid':
        return `\`\`\`mermaid\n${b.code}\n\`\`\``;
      case 'diagram':
        return ''; // HTML only: the Markdown page has the same graph in Mermaid
      case 'chart':
        return `![${md(b.alt)}](${relativeHref(this.file, CHART_SVG)})`;
      case 'note':
        return `> ${protectLineStart(this.inline(b.content))}`;
    }
  }

  private list(items: ListItem[], ordered: boolean): string {
    return items
      .map((item, i) => {
        const marker = ordered ? `${i + 1}. ` : '- ';
        return `${'  '.repeat(item.depth ?? 0)}${marker}${protectLineStart(this.inline(item.content))}`;
      })
      .join('\n');
  }

  private table(b: Extract<Block, { type: 'table' }>): string {
    const row = (cells: Inline[][]) => `| ${cells.map((c) => this.inline(c) || ' ').join(' | ')} |`;
    const rule = b.head.map((_, i) => ({ left: '---', right: '---:', center: ':---:' })[b.align?.[i] ?? 'left']);
    return [row(b.head), `| ${rule.join(' | ')} |`, ...b.rows.map(row)].join('\n');
  }
}
