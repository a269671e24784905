/**
 * Which org chart the handbook embeds. The picture must stay a readable page
 * and quick to lay out whatever the size of the org, so the policy scales the
 * chart down as the org grows:
 *
 * - up to CHART_ROLE_LEVEL_MAX roles: the role chart (roles in department boxes);
 * - above: one box per department, and when there are more than
 *   CHART_DEPARTMENTS_MAX departments only the top levels that fit (the
 *   collapsed departments are marked +N; their pages have the rest).
 *
 * The CLI and the library both go through `drawHandbookChart`, so `orgctl docs`
 * and `renderHandbook` embed the same chart.
 */
import type { ChartOptions } from '../chart/types.js';
import type { Locale } from '../core/locale.js';
import { departmentOrder, isTopDepartment } from '../model/hierarchy.js';
import type { OrgModel } from '../model/types.js';

/** Above this many roles the embedded chart is drawn per department (a role-level chart of a huge org is unreadable and slow to lay out). */
export const CHART_ROLE_LEVEL_MAX = 400;

/**
 * At most this many department boxes on the overview chart: a larger org
 * shows its top levels (collapsed departments marked +N), and each
 * department's page has the rest. The 3,811 departments of the generated
 * 100k-role org make a 13,000 × 10,000 px picture; its top two levels are a
 * readable page.
 */
export const CHART_DEPARTMENTS_MAX = 150;

/**
 * The deepest department level (0 = the top departments) that keeps the chart
 * within `max` boxes, at least 1; undefined when every department fits.
 * Levels are those of THE department order (model/hierarchy.ts), so a
 * department that only a parent loop reaches counts where the chart draws it.
 */
export function departmentChartDepth(model: OrgModel, max = CHART_DEPARTMENTS_MAX): number | undefined {
  if (model.departments.size <= max) return undefined;
  // Departments per level of the tree under the top departments (what a loop alone reaches is not drawn).
  const perLevel: number[] = [];
  let underTop = false;
  for (const { dept, depth } of departmentOrder(model)) {
    if (depth === 0) underTop = isTopDepartment(model, dept);
    if (underTop) perLevel[depth] = (perLevel[depth] ?? 0) + 1;
  }
  let shown = 0;
  let level = 0;
  for (; level < perLevel.length; level++) {
    shown += perLevel[level] ?? 0;
    if (shown > max) break;
  }
  return Math.max(1, level - 1);
}

/**
 * The options of the handbook's chart for this org, or undefined when there is nothing to draw (no roles).
 * `lang` is the handbook's language (`docs --lang`): the chart's words are in it too.
 */
export function handbookChartOptions(model: OrgModel, lang?: Locale): ChartOptions | undefined {
  if (model.roles.size === 0) return undefined;
  const language = lang !== undefined ? { lang } : {};
  if (model.roles.size <= CHART_ROLE_LEVEL_MAX) return { format: 'svg', level: 'role', ...language };
  const depth = departmentChartDepth(model);
  return { format: 'svg', level: 'department', ...(depth !== undefined ? { depth } : {}), ...language };
}

export interface HandbookChartHooks {
  /** Told about each stage of the layout (the CLI shows it as progress). */
  onProgress?: ChartOptions['onProgress'];
  /** Told why the chart could not be drawn (the handbook then uses its own Mermaid chart). */
  onError?: (err: unknown) => void;
}

/**
 * The SVG chart the handbook embeds, or undefined when there is none or it
 * cannot be drawn: the handbook then falls back to its own Mermaid chart
 * rather than fail, since the chart is one picture in a long document. The
 * chart modules (and the layout engine) are loaded only here.
 */
export async function drawHandbookChart(model: OrgModel, hooks: HandbookChartHooks = {}, lang?: Locale): Promise<string | undefined> {
  const options = handbookChartOptions(model, lang);
  if (!options) return undefined;
  try {
    const { renderChart } = await import('../chart/index.js');
    const svg = await renderChart(model, { ...options, ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}) });
    return svg.includes('<svg') ? svg : undefined;
  } catch (err) {
    hooks.onError?.(err);
    return undefined;
  }
}
