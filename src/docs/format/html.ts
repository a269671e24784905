/**
 * Pages → one self-contained, printable HTML handbook: cover (with the
 * validation notice), table of contents, then the chapters — overview,
 * departments, job descriptions, KPI dictionary, workflows — each entity on
 * its own printed page. Inline CSS, no scripts, no external resources; the
 * SVG chart is embedded as a data: image (so its own styles and ids cannot
 * leak into the page). Every string is escaped; every link is an anchor of
 * this file.
 */
import { escapeHtml as html } from '../../core/escape/html.js';
import { HANDBOOK_CSS } from './htmlStyle.js';
import { link, type Block, type Inline, type ListItem, type Page, type PageHead, type Target } from '../ir.js';
import type { DocsWords } from '../../i18n/index.js';
import { anchorHref, anchorId, type PagePaths } from '../paths.js';

/**
 * A chapter's pages: what the table of contents needs of each (its target and title) up front, each
 * page built only when its article is written, so the pages of 100k roles are never all in memory.
 */
export interface PageList {
  readonly heads: readonly PageHead[];
  page(index: number): Page;
}

export interface HandbookPages {
  overview: Page;
  departments: PageList;
  /** Depth of each department in the tree (parallel to `departments`), for the table of contents. */
  departmentDepths: number[];
  rolesIndex: Page;
  /** Job descriptions, in the order of the roles index (grouped by department, in department order). */
  roles: PageList;
  /** Index into `departments` of each role's department (parallel to `roles`; undefined: none). */
  roleDepartments: (number | undefined)[];
  kpis: Page;
  workflows: PageList;
}

/** The articles of a chapter that has none (the overview, the KPI dictionary). */
const NO_PAGES: PageList = {
  heads: [],
  page: (i) => {
    throw new Error(`internal: a chapter without articles has no page ${i}`);
  },
};

export interface HtmlContext {
  paths: PagePaths;
  msg: DocsWords;
  chartSvg?: string;
}

interface Chapter {
  target: Target;
  title: string;
  /** The chapter's own text (an index page's blocks, unshifted). */
  intro: Block[];
  articles: PageList;
}

export function renderHtmlHandbook(pages: HandbookPages, ctx: HtmlContext): string {
  const parts: string[] = [];
  emitHtmlHandbook(pages, ctx, (chunk) => parts.push(chunk));
  return parts.join('');
}

/** The same text handed to `write` an element or an article at a time: the handbook of 100k roles is never one string. */
export function emitHtmlHandbook(pages: HandbookPages, ctx: HtmlContext, write: (chunk: string) => void): void {
  const w = new HtmlWriter(ctx);
  const { msg } = ctx;
  const cover = pages.overview.blocks.filter((b) => b.type === 'notice');
  const chapters: Chapter[] = [
    {
      target: { page: 'overview' },
      title: msg.overview,
      intro: pages.overview.blocks.filter((b) => b.type !== 'notice'),
      articles: NO_PAGES,
    },
    { target: { page: 'departments' }, title: msg.departments, intro: [], articles: pages.departments },
    { target: pages.rolesIndex.target, title: msg.jobDescriptions, intro: pages.rolesIndex.blocks, articles: pages.roles },
    { target: pages.kpis.target, title: msg.kpiDictionary, intro: pages.kpis.blocks, articles: NO_PAGES },
    { target: { page: 'workflows' }, title: msg.workflows, intro: [], articles: pages.workflows },
  ];
  // Lines joined by newlines, the last one too.
  const line = (text: string) => {
    write(`${text}\n`);
  };

  const title = w.text(pages.overview.title);
  for (const text of [
    '<!DOCTYPE html>',
    `<html lang="${html(msg.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="orgctl">',
    `<title>${html(title)} — ${html(msg.handbook)}</title>`,
    `<style>${HANDBOOK_CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    `<h1>${w.inline(pages.overview.title)}</h1>`,
    `<p class="subtitle">${html(msg.handbook)}</p>`,
    '</header>',
  ])
    line(text);
  for (const b of cover) line(w.block(b, 0));
  line(toc(w, chapters, pages));
  for (const chapter of chapters) {
    line(`<section class="chapter" id="${html(anchorId(ctx.paths, chapter.target))}">`);
    line(`<h1>${html(chapter.title)}</h1>`);
    for (const b of chapter.intro) line(w.block(b, 0));
    for (let i = 0; i < chapter.articles.heads.length; i++) line(w.article(chapter.articles.page(i)));
    line('</section>');
  }
  line(`<footer>${html(msg.generatedNote)}</footer>`);
  line('</body>');
  line('</html>');
}

function toc(w: HtmlWriter, chapters: Chapter[], pages: HandbookPages): string {
  const { msg } = w.ctx;
  const sub = (list: PageList): ListItem[] => list.heads.map((p) => ({ content: [{ link: p.target, content: p.title }] }));
  const deptItems = sub(pages.departments).map((item, i) => ({ ...item, depth: pages.departmentDepths[i] }));
  const children = [[], deptItems, rolesByDepartment(pages, msg), [], sub(pages.workflows)];
  const items = chapters.map((c, i) => {
    const nested = children[i]!.length ? w.list(children[i]!, false) : '';
    return `<li><a href="${html(anchorHref(anchorId(w.ctx.paths, c.target)))}">${html(c.title)}</a>${nested}</li>`;
  });
  return `<nav class="toc" aria-label="${html(msg.contents)}">\n<h2>${html(msg.contents)}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

/** The job descriptions under their departments' names (the roles come grouped, in department order). */
function rolesByDepartment(pages: HandbookPages, msg: DocsWords): ListItem[] {
  const items: ListItem[] = [];
  let group: number | undefined | null = null; // null: before the first role
  pages.roles.heads.forEach((page, i) => {
    const dept = pages.roleDepartments[i];
    if (dept !== group) {
      group = dept;
      const heading = dept === undefined ? undefined : pages.departments.heads[dept];
      items.push({ content: heading ? [link(heading.target, ...heading.title)] : [msg.noDepartment], depth: 0 });
    }
    items.push({ content: [link(page.target, ...page.title)], depth: 1 });
  });
  return items;
}

class HtmlWriter {
  constructor(readonly ctx: HtmlContext) {}

  /** Plain text of inline content (for the document title). */
  text(parts: Inline[]): string {
    return parts
      .map((p) => (typeof p === 'string' ? p : 'code' in p ? p.code : this.text('strong' in p ? p.strong : 'em' in p ? p.em : p.content)))
      .join('');
  }

  inline(parts: Inline[]): string {
    return parts
      .map((p) => {
        if (typeof p === 'string') return html(p).replace(/\r\n?|\n/g, '<br>');
        if ('code' in p) return `<code>${html(p.code)}</code>`;
        if ('strong' in p) return `<strong>${this.inline(p.strong)}</strong>`;
        if ('em' in p) return `<em>${this.inline(p.em)}</em>`;
        return `<a href="${html(anchorHref(anchorId(this.ctx.paths, p.link)))}">${this.inline(p.content)}</a>`;
      })
      .join('');
  }

  /** An entity's page as an article; its headings move one level down under the article title. */
  article(page: Page): string {
    const parts = [`<article class="page" id="${html(anchorId(this.ctx.paths, page.target))}">`, `<h2>${this.inline(page.title)}</h2>`];
    if (page.subtitle) parts.push(`<p class="subtitle">${this.inline(page.subtitle)}</p>`);
    for (const b of page.blocks) parts.push(this.block(b, 1));
    parts.push('</article>');
    return parts.join('\n');
  }

  block(b: Block, shift: number): string {
    switch (b.type) {
      case 'heading': {
        const level = Math.min(6, b.level + shift);
        const id = b.anchor ? ` id="${html(anchorId(this.ctx.paths, b.anchor))}"` : '';
        return `<h${level}${id}>${this.inline(b.content)}</h${level}>`;
      }
      case 'paragraph':
        return `<p>${this.inline(b.content)}</p>`;
      case 'prose':
        return b.text
          .replace(/\r\n?/g, '\n')
          .trim()
          .split(/\n\s*\n/)
          .map((para) => `<p>${para.split('\n').map(html).join('<br>\n')}</p>`)
          .join('\n');
      case 'list':
        return this.list(b.items, b.ordered ?? false);
      case 'fields':
        return `<dl class="fields">\n${b.fields.map((f) => `<div><dt>${html(f.label)}</dt><dd>${this.inline(f.value)}</dd></div>`).join('\n')}\n</dl>`;
      case 'table':
        return this.table(b);
      case 'notice': {
        const items = b.items.length ? `\n<ul>\n${b.items.map((i) => `<li>${this.inline(i)}</li>`).join('\n')}\n</ul>` : '';
        return `<div class="notice" role="note" id="overview-findings">\n<p><strong>${html(b.title)}</strong>${html(this.ctx.msg.colon)}${html(b.text)}</p>${items}\n</div>`;
      }
      case 'mermaid':
        return ''; // Markdown only: a browser without Mermaid would show its source
      case 'chart':
        if (this.ctx.chartSvg === undefined) return '';
        return `<figure class="chart"><img alt="${html(b.alt)}" src="data:image/svg+xml;base64,${Buffer.from(this.ctx.chartSvg, 'utf8').toString('base64')}"></figure>`;
      case 'diagram':
        return `<figure class="diagram"><img alt="${html(b.alt)}" src="data:image/svg+xml;base64,${Buffer.from(b.svg, 'utf8').toString('base64')}"></figure>`;
      case 'note':
        return `<p class="note">${this.inline(b.content)}</p>`;
    }
  }

  /** A flat list with depths → nested lists (iteratively, so a deep tree cannot overflow the stack). */
  list(items: ListItem[], ordered: boolean): string {
    const tag = ordered ? 'ol' : 'ul';
    const out: string[] = [`<${tag}>`];
    let depth = 0;
    items.forEach((item, i) => {
      const d = i === 0 ? 0 : Math.min(item.depth ?? 0, depth + 1);
      if (i === 0) out.push('<li>');
      else if (d > depth) out.push(`<${tag}><li>`);
      else {
        out.push('</li>');
        for (; depth > d; depth--) out.push(`</${tag}></li>`);
        out.push('<li>');
      }
      depth = d;
      out.push(this.inline(item.content));
    });
    if (items.length) {
      out.push('</li>');
      for (; depth > 0; depth--) out.push(`</${tag}></li>`);
    }
    out.push(`</${tag}>`);
    return out.join('');
  }

  private table(b: Extract<Block, { type: 'table' }>): string {
    const cls = (i: number, extra = '') => {
      const names = [b.align?.[i] && b.align[i] !== 'left' ? b.align[i] : '', extra].filter(Boolean);
      return names.length ? ` class="${names.join(' ')}"` : '';
    };
    const head = `<thead><tr>${b.head.map((c, i) => `<th${cls(i)}>${this.inline(c)}</th>`).join('')}</tr></thead>`;
    const rows = b.rows.map((r) => {
      const cells = r.map((c, i) => {
        const letter = b.raci && i > 0 && typeof c[0] === 'string' && /^[RACI]/.test(c[0]) ? `raci-${c[0][0]!}` : '';
        return `<td${cls(i, letter)}>${this.inline(c)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    return `<table${b.raci ? ' class="raci"' : ''}>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  }
}
