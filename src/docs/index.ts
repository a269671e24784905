/**
 * `orgctl docs`: the org handbook, written from the model.
 *
 *   renderDocs(model, {format, lang, chartSvg, findings}) → Map<relative path, content>
 *   renderHandbook(model, {format, lang?, findings?})     → the same, with the chart
 *       the chart policy picks (chartPolicy.ts); findings only when given
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
import { renderHtmlHandbook, type HandbookPages } from './format/html.js';
import type { Page } from './ir.js';
import { markdownPath, renderMarkdownPage } from './format/markdown.js';
import { pickLocale, type Locale } from '../core/locale.js';
import { messagesFor } from '../i18n/index.js';
import type { DocsFormat } from './formats.js';
import { drawHandbookChart, type HandbookChartHooks } from './chartPolicy.js';
import type { PageContext } from './pages/context.js';
import { departmentPage } from './pages/department.js';
import { kpiDictionaryPage } from './pages/kpis.js';
import { overviewPage } from './pages/overview.js';
import { rolePage } from './pages/role.js';
import { rolesIndexPage } from './pages/rolesIndex.js';
import { workflowPage } from './pages/workflow.js';
import { CHART_SVG, HANDBOOK_HTML, PagePaths } from './paths.js';

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

export function renderDocs(model: OrgModel, options: RenderDocsOptions): Map<string, string> {
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
  const pages: HandbookPages = {
    overview: overviewPage(ctx),
    departments: facts.departmentOrder.map(({ dept }) => departmentPage(ctx, dept)),
    departmentDepths: facts.departmentOrder.map(({ depth }) => nestingShown(depth).indent),
    rolesIndex: rolesIndexPage(ctx),
    roles: facts.roleOrder.map((role) => rolePage(ctx, role)),
    roleDepartments: roleDepartmentIndexes(facts),
    kpis: kpiDictionaryPage(ctx),
    workflows: [...model.workflows.values()].map((wf) => workflowPage(ctx, wf)),
  };

  const files = new Map<string, string>();
  if (options.format === 'html') {
    files.set(HANDBOOK_HTML, renderHtmlHandbook(pages, { paths, msg, chartSvg: options.chartSvg }));
    return files;
  }
  const mdCtx = { paths, msg, hasWorkflows: model.workflows.size > 0 };
  const all: Page[] = [pages.overview, pages.rolesIndex, pages.kpis, ...pages.departments, ...pages.roles, ...pages.workflows];
  const out: [string, string][] = all.map((page) => [markdownPath(paths, page), renderMarkdownPage(page, mdCtx)]);
  if (options.chartSvg !== undefined) out.push([CHART_SVG, options.chartSvg]);
  // Sorted by path, so whoever writes the files does it in the same order every time.
  out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, content] of out) files.set(path, content);
  return files;
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
 * chart's layout is.
 */
export async function renderHandbook(model: OrgModel, options: RenderHandbookOptions): Promise<Map<string, string>> {
  const { chart = 'auto', onProgress, onChartError, findings, ...rest } = options;
  const hooks: HandbookChartHooks = { ...(onProgress ? { onProgress } : {}), ...(onChartError ? { onError: onChartError } : {}) };
  const chartSvg = chart === 'auto' ? await drawHandbookChart(model, hooks) : undefined;
  onProgress?.('rendering the handbook');
  const workflowSvgs =
    rest.format === 'html' ? await drawWorkflowDiagrams(model, messagesFor(pickLocale(rest.lang, model.organization)).docs) : undefined;
  return renderDocs(model, {
    ...rest,
    findings: findings ?? [],
    ...(chartSvg !== undefined ? { chartSvg } : {}),
    ...(workflowSvgs ? { workflowSvgs } : {}),
  });
}
