/**
 * The live chart behind `orgctl serve`: reload the org, lint it, lay it out
 * and keep the result as the page's chart.json. The ELK worker (layout/elk.ts)
 * stays up between rebuilds, so a rebuild pays for loading and layout only,
 * not for starting Node and ELK. A version whose YAML does not parse (or
 * whose path is gone) keeps the last good chart and says why.
 */
import { modelFacts, payloadHead } from '../chart/interactive/payload.js';
import { emitPayloadJson } from '../chart/interactive/payloadStream.js';
import { drawChart, type LayoutMemo } from '../chart/draw/drawing.js';
import { ElkMemo, useElkMemo } from '../chart/layout/elk.js';
import { selectView } from '../chart/views/select.js';
import type { ChartOptions, Drawing } from '../chart/types.js';
import { lintOrg } from '../lint/result.js';
import { loadSide } from '../model/load.js';
import { createRollingDocMemo } from '../model/build/docMemo.js';
import { parseBytes, type ParsedFile } from '../load/parse.js';
import type { ParseFn } from '../load/sharedParse.js';
import { createHash } from 'node:crypto';
import type { OrgModel } from '../model/types.js';
import type { Finding } from '../load/types.js';
import { scriptSafeJson } from '../core/escape/scriptJson.js';
import { utf8Pieces } from '../core/text/utf8Pieces.js';
import type { InteractiveWords } from '../i18n/index.js';
import { messagesFor } from '../i18n/index.js';
import { collectSoonerWhenLarge } from '../core/heapGrowth.js';

/** A finding as the page lists it. */
export interface LiveFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

/** What the page is told on every change (server-sent event `state`). */
export interface LiveState {
  /** Version of the chart in chart.json; -1 before the first good one. */
  version: number;
  /** Why the latest files gave no chart (the last good chart stays), or null. */
  error: string | null;
  findings: LiveFinding[];
}

/** How long each part of the latest rebuild took, in ms (for the console and the bench). */
export interface RebuildTimes {
  load: number;
  lint: number;
  layout: number;
  total: number;
}

export interface LiveOptions {
  path: string;
  cwd: string;
  chart: Pick<ChartOptions, 'level' | 'root' | 'department' | 'depth'>;
  /** The date an effective-dated org is read at (default today). */
  asOf?: string;
  /** Milliseconds since some origin (performance.now): injected so tests do not depend on the clock. */
  now?: () => number;
}

const MAX_FINDINGS = 1000;

/**
 * Parses kept from one rebuild to the next, by path and content: after a
 * one-line edit only the edited file is parsed again. Entries not used by a
 * rebuild are dropped after it, so memory stays that of one org.
 */
class ParseCache {
  private previous = new Map<string, ParsedFile>();
  private current = new Map<string, ParsedFile>();
  constructor(private readonly collectSooner: () => void) {}
  readonly parse: ParseFn = (bytes, path) => {
    this.collectSooner();
    const key = `${path}\0${createHash('sha256').update(bytes).digest('base64')}`;
    const parsed = this.current.get(key) ?? this.previous.get(key) ?? parseBytes(bytes, path);
    this.current.set(key, parsed);
    return parsed;
  };
  /** A rebuild is done: what it did not use is forgotten. */
  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** The payload the page embeds (what a cold `chart --format html` embeds), written a node at a time as UTF-8. */
function payloadBytes(model: OrgModel, drawing: Drawing, depth: number | undefined): Buffer {
  return Buffer.concat(
    utf8Pieces((write) => {
      emitPayloadJson(modelFacts(model), drawing, payloadHead(drawing, depth), (json) => {
        write(scriptSafeJson(json));
      });
    }),
  );
}

function liveFinding(f: Finding): LiveFinding {
  return {
    file: f.file ?? '',
    line: f.line ?? 0,
    column: f.column ?? 0,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
  };
}

export class LiveChart {
  state: LiveState = { version: -1, error: null, findings: [] };
  /** chart.json of the last good version, as UTF-8 (at 100k roles tens of megabytes: never one string, nor its payload one array of objects). */
  chartJson: Buffer | undefined;
  /** The model of the last good version (the handbook is rendered from it on request). */
  model: OrgModel | undefined;
  words: InteractiveWords = messagesFor('en').interactive;
  times: RebuildTimes | undefined;
  /** ELK layouts the latest good rebuild ran (0 when it kept the whole layout): one per department it changed, and the root. */
  elkRuns = 0;
  private readonly now: () => number;
  /**
   * Checked as each file is read, as `orgctl chart` does (core/heapGrowth.ts), and once the model is
   * built: the files of 100k roles parse in under 200 MB, the model takes it past before the next collection.
   */
  private readonly collectSooner = collectSoonerWhenLarge();
  private readonly parses = new ParseCache(this.collectSooner);
  /** Entities of the documents the last rebuild built, copied into the next model rather than built again (model/build/docMemo.ts). */
  private readonly docs = createRollingDocMemo();
  /** The last layout: an edit that resizes no box (most one-line edits) keeps it (drawing.ts). */
  private readonly layout: LayoutMemo = {};
  /** Each department's last ELK layout: an edit that resizes a box lays out again only the departments it changed. */
  private readonly elk = new ElkMemo();

  constructor(private readonly options: LiveOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /** Reload everything; resolves with the new state (never rejects: failures become `error`). */
  async rebuild(): Promise<LiveState> {
    const t0 = this.now();
    let model: OrgModel;
    try {
      model = loadSide({ kind: 'path', path: this.options.path }, this.options.path, this.options.cwd, this.parses.parse, {
        asOf: this.options.asOf,
        docMemo: this.docs,
      });
      this.parses.turn();
      this.collectSooner();
    } catch (err) {
      this.state = { ...this.state, error: err instanceof Error ? err.message : String(err) };
      return this.state;
    }
    const t1 = this.now();
    const findings = lintOrg(model).findings;
    const t2 = this.now();
    this.words = messagesFor(model.organization?.locale ?? 'en').interactive;
    const syntax = findings.filter((f) => f.rule === 'yaml-syntax');
    if (syntax.length) {
      // Half-written or broken YAML: the page keeps the last good chart and shows why.
      const error = syntax
        .slice(0, 20)
        .map((f) => `${f.file ?? ''}:${f.line ?? 0}:${f.column ?? 0} ${f.message}`)
        .join('\n');
      this.state = { version: this.state.version, error, findings: findings.slice(0, MAX_FINDINGS).map(liveFinding) };
      return this.state;
    }
    try {
      const { depth, ...unfolded } = this.options.chart;
      const graph = selectView(model, unfolded);
      useElkMemo(this.elk);
      let drawing;
      try {
        drawing = await drawChart(graph, undefined, this.layout);
      } finally {
        useElkMemo(undefined);
      }
      this.elkRuns = this.elk.ran;
      this.elk.turn();
      this.chartJson = payloadBytes(model, drawing, depth);
    } catch (err) {
      this.state = { ...this.state, error: err instanceof Error ? err.message : String(err) };
      return this.state;
    }
    const t3 = this.now();
    this.model = model;
    this.times = { load: t1 - t0, lint: t2 - t1, layout: t3 - t2, total: t3 - t0 };
    this.state = { version: this.state.version + 1, error: null, findings: findings.slice(0, MAX_FINDINGS).map(liveFinding) };
    return this.state;
  }
}
