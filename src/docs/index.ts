/**
 * `orgctl docs`: the org handbook, written from the model.
 *
 *   renderDocs(model, {format, lang, chartSvg, findings}) → Map<relative path, content>
 *   renderHandbook(model, {format, lang?, findings?})     → the same, with the chart
 *       the chart policy picks (chartPolicy.ts); findings only when given
 *   handbookFiles / planHandbook                          → the same files, each
 *       rendered when asked (what `orgctl docs` writes: a page at a time)
 *   writeDocs(dir, files)                                 → into DIR, as `orgctl docs` writes
 *
 * renderDocs is pure: no I/O, no clock; the same model and options give
 * byte-identical files. Markdown is a set of cross-linked pages (README.md
 * overview, one page per department, a job description per role, the KPI
 * dictionary, one page per workflow, chart.svg when given); HTML is one
 * self-contained handbook.
 */
import type { Finding } from '../load/types.js';
import type { OrgModel } from '../model/types.js';
import { drawWorkflowDiagrams } from './workflowDiagram.js';
import { collectFacts, nestingShown, type DocFacts } from './facts.js';
import { emitHtmlHandbook, renderHtmlHandbook, type HandbookPages, type PageList } from './format/html.js';
import type { Page, PageHead, Target } from './ir.js';
import { markdownPath, renderMarkdownPage } from './format/markdown.js';
import { pickLocale, type Locale } from '../core/locale.js';
import { messagesFor } from '../i18n/index.js';
import type { DocsFormat } from './formats.js';
import { drawHandbookChart, type HandbookChartHooks } from './chartPolicy.js';
import type { PageContext } from './pages/context.js';
import { departmentPage, departmentPageHead } from './pages/department.js';
import { kpiDictionaryPage } from './pages/kpis.js';
import { overviewPage } from './pages/overview.js';
import { rolePage, rolePageHead } from './pages/role.js';
import { rolesIndexPage } from './pages/rolesIndex.js';
import { workflowPage, workflowPageHead } from './pages/workflow.js';
import { CHART_SVG, HANDBOOK_HTML, markdownLocation, PagePaths } from './paths.js';

export { DOCS_FORMATS, type DocsFormat } from './formats.js';
export { raciMatrix, type RaciMatrix } from './raci.js';
export {
  CHART_DEPARTMENTS_MAX,
  CHART_ROLE_LEVEL_MAX,
  departmentChartDepth,
  drawHandbookChart,
  handbookChartOptions,
  type HandbookChartHooks,
} from './chartPolicy.js';
export { MANIFEST } from './writer/manifest.js';
export { drawWorkflowDiagram, drawWorkflowDiagrams } from './workflowDiagram.js';
export { assertDocsDir, writeDocs, type WriteResult } from './writer/writeDocs.js';

export interface RenderDocsOptions {
  format: DocsFormat;
  /** Language of headings and labels; default: the org's `locale` (else en). */
  lang?: Locale;
  /** The SVG org chart (from `orgctl chart`), when available: written as chart.svg / inlined. */
  chartSvg?: string;
  /** Findings to list at the front of the handbook (none by default: a handbook is for employees). */
  findings?: Finding[];
  /** The HTML handbook's workflow flowcharts by workflow id (renderHandbook draws them with drawWorkflowDiagrams). */
  workflowSvgs?: ReadonlyMap<string, string>;
}

/** For each role in roleOrder, the index of its department in departmentOrder (undefined: no known department). */
function roleDepartmentIndexes(facts: DocFacts): (number | undefined)[] {
  const index = new Map(facts.departmentOrder.map(({ dept }, i) => [dept.id, i]));
  return facts.roleOrder.map((role) => (role.department === undefined ? undefined : index.get(role.department)));
}

/** The pages of `entities` for the HTML handbook: heads now, each page when its article is written. */
function pageList<T>(entities: readonly T[], head: (entity: T) => PageHead, build: (entity: T) => Page): PageList {
  return { heads: entities.map(head), page: (i) => build(entities[i]!) };
}

/**
 * One file of the handbook, rendered only when asked: the writer renders a
 * page, writes it and lets it go, so a handbook of 100k pages is never held
 * in memory at once. `render` gives the same text every time.
 */
export interface HandbookFile {
  /** Relative path in the handbook folder (`/`-separated). */
  path: string;
  render(): string;
  /** The same text in pieces, for a file too large to be one string (the one-file HTML handbook). */
  renderTo?(write: (chunk: string) => void): void;
}

/**
 * The handbook's files, sorted by path (so whoever writes them does it in
 * the same order every time), each rendered on demand: what renderDocs
 * renders at once. Pure like renderDocs.
 */
export function handbookFiles(model: OrgModel, options: RenderDocsOptions): HandbookFile[] {
  const locale = pickLocale(options.lang, model.organization);
  const msg = messagesFor(locale).docs;
  const facts = collectFacts(model, options.findings ?? []);
  const paths = new PagePaths(model);
  const ctx: PageContext = {
    model,
    msg,
    locale,
    facts,
    format: options.format,
    hasChart: options.chartSvg !== undefined,
    ...(options.workflowSvgs ? { workflowSvgs: options.workflowSvgs } : {}),
  };
  const { chartSvg } = options;
  if (options.format === 'html') {
    // One self-contained file: its pages are only ever built together.
    const pagesOf = (): HandbookPages => ({
      overview: overviewPage(ctx),
      departments: pageList(
        facts.departmentOrder.map(({ dept }) => dept),
        departmentPageHead,
        (dept) => departmentPage(ctx, dept),
      ),
      departmentDepths: facts.departmentOrder.map(({ depth }) => nestingShown(depth).indent),
      rolesIndex: rolesIndexPage(ctx),
      roles: pageList(facts.roleOrder, rolePageHead, (role) => rolePage(ctx, role)),
      roleDepartments: roleDepartmentIndexes(facts),
      kpis: kpiDictionaryPage(ctx),
      workflows: pageList([...model.workflows.values()], workflowPageHead, (wf) => workflowPage(ctx, wf)),
    });
    return [
      {
        path: HANDBOOK_HTML,
        render: () => renderHtmlHandbook(pagesOf(), { paths, msg, chartSvg }),
        renderTo: (write) => {
          emitHtmlHandbook(pagesOf(), { paths, msg, chartSvg }, write);
        },
      },
    ];
  }
  const mdCtx = { paths, msg, hasWorkflows: model.workflows.size > 0 };
  // Each page's file follows from its target alone, so the list is known before any page is built.
  const page = (target: Target, build: () => Page): HandbookFile => {
    const path = markdownLocation(paths, target).file;
    return {
      path,
      render: () => {
        const built = build();
        if (markdownPath(paths, built) !== path) throw new Error(`internal: page ${path} was built as ${markdownPath(paths, built)}`);
        return renderMarkdownPage(built, mdCtx);
      },
    };
  };
  const out: HandbookFile[] = [
    page({ page: 'overview' }, () => overviewPage(ctx)),
    page({ page: 'roles' }, () => rolesIndexPage(ctx)),
    page({ page: 'kpis' }, () => kpiDictionaryPage(ctx)),
    ...facts.departmentOrder.map(({ dept }) => page({ kind: 'department', id: dept.id }, () => departmentPage(ctx, dept))),
    ...facts.roleOrder.map((role) => page({ kind: 'role', id: role.id }, () => rolePage(ctx, role))),
    ...[...model.workflows.values()].map((wf) => page({ kind: 'workflow', id: wf.id }, () => workflowPage(ctx, wf))),
  ];
  if (chartSvg !== undefined) out.push({ path: CHART_SVG, render: () => chartSvg });
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // One file per path (the sort is stable: the last one given wins, as in a Map).
  return out.filter((f, i) => out[i + 1]?.path !== f.path);
}

export function renderDocs(model: OrgModel, options: RenderDocsOptions): Map<string, string> {
  return new Map(handbookFiles(model, options).map((f) => [f.path, f.render()]));
}

export interface RenderHandbookOptions extends Omit<RenderDocsOptions, 'chartSvg'> {
  /** `auto` (default): the SVG chart chosen by the chart policy (chartPolicy.ts); `none`: the handbook's own Mermaid chart only. */
  chart?: 'auto' | 'none';
  /** Told about each stage of long work: the chart's layout, then the pages (the CLI shows it as progress). */
  onProgress?: (label: string, done?: number, total?: number) => void;
  /** Told why the SVG chart could not be drawn; the handbook then has its own Mermaid chart. */
  onChartError?: (err: unknown) => void;
}

/**
 * The handbook `orgctl docs` writes: the chart the policy picks (chart.svg, or
 * inlined in the HTML), and the `findings` given, if any (a handbook is for
 * employees: findings are shown only when asked for). Async because the
 * chart's layout is. Its files are rendered when written (handbookFiles);
 * renderHandbook renders them all.
 */
export async function planHandbook(model: OrgModel, options: RenderHandbookOptions): Promise<HandbookFile[]> {
  const { chart = 'auto', onProgress, onChartError, findings, ...rest } = options;
  const hooks: HandbookChartHooks = { ...(onProgress ? { onProgress } : {}), ...(onChartError ? { onError: onChartError } : {}) };
  const chartSvg = chart === 'auto' ? await drawHandbookChart(model, hooks, rest.lang) : undefined;
  onProgress?.('rendering the handbook');
  const workflowSvgs =
    rest.format === 'html' ? await drawWorkflowDiagrams(model, messagesFor(pickLocale(rest.lang, model.organization)).docs) : undefined;
  return handbookFiles(model, {
    ...rest,
    findings: findings ?? [],
    ...(chartSvg !== undefined ? { chartSvg } : {}),
    ...(workflowSvgs ? { workflowSvgs } : {}),
  });
}

/** planHandbook with every file rendered: relative path → content. */
export async function renderHandbook(model: OrgModel, options: RenderHandbookOptions): Promise<Map<string, string>> {
  return new Map((await planHandbook(model, options)).map((f) => [f.path, f.render()]));
}
