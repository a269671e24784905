/**
 * The shapes the chart pipeline passes along:
 *   OrgModel → (views/) ChartGraph → (draw/boxes.ts) sized boxes → (layout/)
 *   positions → (draw/drawing.ts) Drawing → format/svg.ts, format/json.ts.
 * Mermaid and DOT are written straight from the ChartGraph (they lay
 * themselves out).
 */
import type { Locale } from '../core/locale.js';

export type ChartFormat = 'svg' | 'png' | 'mermaid' | 'dot' | 'json' | 'html';
export const CHART_FORMATS: readonly ChartFormat[] = ['svg', 'png', 'mermaid', 'dot', 'json', 'html'];

export type ChartLevel = 'role' | 'department';
export const CHART_LEVELS: readonly ChartLevel[] = ['role', 'department'];

export interface ChartOptions {
  /** Default `svg`. */
  format?: ChartFormat;
  /** Chart only the reporting subtree under this role. */
  root?: string;
  /** Chart only this department and its sub-departments. */
  department?: string;
  /** Show at most this many levels below the top of the view; deeper boxes collapse into "+N". */
  depth?: number;
  /** `role` (default): roles inside department boxes. `department`: one box per department. */
  level?: ChartLevel;
  /** Chart this project team (Team id): its lead and members inside their home departments. */
  team?: string;
  /** Language of the chart's own words (title, seat counts, legend); default: the org's `locale`, else English. */
  lang?: Locale;
  /** Told about each stage of long work (the CLI shows it as progress). */
  onProgress?: (label: string, done?: number, total?: number) => void;
}

/**
 * What happened to a box or department between two versions of the org,
 * when a chart is decorated with a change (`orgctl diff --format svg`);
 * `removed` ones are ghosts, drawn where they used to be.
 */
export type ChartStatus = 'added' | 'moved' | 'changed' | 'removed';

/** One box of the chart: a role (role level) or a department (department level). */
export interface ChartBox {
  id: string;
  kind: 'role' | 'department';
  title: string;
  /** The department box it is drawn in (role level only). */
  group?: string;
  /** Seats: a role's headcount, or a department's seats in its subtree. */
  seats: number;
  /** People in the seats; undefined = staffing unknown. */
  holders?: string[];
  /** Vacant seats, when staffing is known. */
  vacancies?: number;
  /** Department level: the head's title. */
  head?: string;
  /** Boxes collapsed below this one by --depth (and their seats). */
  hidden: number;
  hiddenSeats: number;
  /** Palette index of the box's department (stable across views). */
  color: number;
  /** Hover text: responsibilities and the rest. */
  tooltip: string[];
  status?: ChartStatus;
}

/** A department drawn as a container around its roles and sub-departments (role level). */
export interface ChartGroup {
  id: string;
  name: string;
  /** The containing group, when it is in the view. */
  parent?: string;
  seats: number;
  color: number;
  tooltip: string[];
  status?: ChartStatus;
}

export interface ChartEdge {
  /** The manager (solid) or the dotted-line manager. */
  from: string;
  /** The report. */
  to: string;
  style: 'solid' | 'dotted';
}

/** What to draw, before any geometry. Boxes and groups are in a stable order (model order, departments parents first). */
export interface ChartGraph {
  level: ChartLevel;
  locale: Locale;
  /** The chart's heading: the organisation, and the view when it is a part. */
  title: string;
  subtitle: string;
  boxes: ChartBox[];
  groups: ChartGroup[];
  edges: ChartEdge[];
}

export interface Palette {
  /** Border and accent. */
  stroke: string;
  /** Department box background. */
  fill: string;
  /** Department header band. */
  band: string;
  /** Department header text. */
  text: string;
}

/** A run of text in one style; a line may mix them ("×5 · 2 vacant"). `title` and `header` are bold. */
export interface TextSpan {
  text: string;
  tone: 'title' | 'header' | 'meta' | 'vacant' | 'more';
}

export interface TextLine {
  spans: TextSpan[];
  size: number;
  /** Measured width of the whole line. */
  width: number;
  /** Height this line takes in the box. */
  height: number;
}

export interface DrawingNode {
  id: string;
  kind: 'role' | 'department';
  label: string;
  parent?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Drawn as a container (role level departments) rather than a box. */
  container: boolean;
  /** A container's seats (a box's are in `box`). */
  seats?: number;
  color: number;
  /** Lines inside the box, top to bottom (for a container: its header). */
  lines: TextLine[];
  /** Padding above the first line (below the accent bar). */
  textTop: number;
  tooltip: string[];
  box: ChartBox | undefined;
  /** The box's or container's status, when the chart is decorated with a change. */
  status?: ChartStatus;
}

export interface DrawingEdge {
  from: string;
  to: string;
  style: 'solid' | 'dotted';
  points: Array<[number, number]>;
}

/** The laid-out chart, in absolute SVG user units. */
export interface Drawing {
  width: number;
  height: number;
  locale: Locale;
  title: string;
  subtitle: string;
  /** Nodes: containers parents first, then boxes. */
  nodes: DrawingNode[];
  edges: DrawingEdge[];
  /** Where the legend goes (bottom left). */
  legendY: number;
  /** Whether to explain the dashed line in the legend. */
  hasDotted: boolean;
}
