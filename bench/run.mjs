#!/usr/bin/env node
/**
 * `npm run bench` (which builds first): every command at 1k, 10k and 100k
 * roles, each against the baseline its issue set, written to one page,
 * bench/RESULTS.md (and the figures behind it to bench/RESULTS.json).
 *
 *   npm run bench                                   # everything (about 20–30 minutes)
 *   npm run bench -- --only chart,diff --sizes 1k,10k
 *   npm run bench -- --sizes 1k --reps 1            # a quick look
 *
 * Options: --only validate,start-up,chart,docs,diff; --sizes (chart also
 * measures 5k, where its second target is set, unless --sizes is given);
 * --reps N (default: 5 at up to 2k roles, 3 up to 20k, then 3 for validate
 * and diff and 1 for the slower commands); --seed N; --dot-timeout SECONDS (300);
 * --out FILE (bench/RESULTS.md).
 *
 * A run of some commands or sizes replaces just those rows: the rest of the
 * page keeps the figures of earlier runs (results.json holds them). Every
 * figure is a fresh process, node start-up included, as a user runs it; the
 * machine should be otherwise idle. The layout alternatives the chart was
 * chosen against are in bench/chart-variants.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { log, machine, ROOT } from './suite/common.mjs';
import { renderResults } from './suite/page.mjs';
import * as chart from './suite/chart.mjs';
import * as diff from './suite/diff.mjs';
import * as docs from './suite/docs.mjs';
import * as validate from './suite/validate.mjs';
import * as importRoster from './suite/import.mjs';
import * as live from './suite/live.mjs';
import { rssSource } from './measure.mjs';

export const DEFAULT_SIZES = [1000, 10000, 100000];
/** In page order. `sized: false` runs once, not per size. */
const COMMANDS = {
  validate: { sized: true, measure: validate.measure },
  'start-up': { sized: false, measure: validate.measureStartup },
  chart: { sized: true, measure: chart.measure, extraSizes: chart.EXTRA_SIZES },
  docs: { sized: true, measure: docs.measure },
  diff: { sized: true, measure: diff.measure },
  import: { sized: true, measure: importRoster.measure, sizesOnly: importRoster.SIZES },
  'chart-html': { sized: true, measure: live.measureHtml },
  serve: { sized: true, measure: live.measureRelayout },
};

function repetitionsFor(command, size) {
  if (size <= 2000) return 5;
  if (size <= 20000) return 3;
  // validate and diff are judged at 100k (a ratio against a baseline): a median of three, not one run.
  return command === 'validate' || command === 'diff' ? 3 : 1;
}

export function parseArgs(argv) {
  const opts = {
    only: Object.keys(COMMANDS),
    sizes: undefined,
    reps: undefined,
    seed: 1,
    dotTimeoutMs: 300000,
    out: path.join(ROOT, 'bench', 'RESULTS.md'),
  };
  const count = (v, flag) => {
    const s = String(v ?? '')
      .trim()
      .replace(/k$/i, '000');
    if (!/^\d+$/.test(s) || Number(s) < 1) throw new Error(`${flag} takes positive whole numbers, got '${v}'`);
    return Number(s);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--only') {
      opts.only = value()
        .split(',')
        .map((s) => s.trim());
      const unknown = opts.only.filter((c) => !(c in COMMANDS));
      if (unknown.length) throw new Error(`unknown command '${unknown[0]}'; one of: ${Object.keys(COMMANDS).join(', ')}`);
    } else if (a === '--sizes')
      opts.sizes = value()
        .split(',')
        .map((s) => count(s, a));
    else if (a === '--reps') opts.reps = count(value(), a);
    else if (a === '--seed') opts.seed = count(value(), a);
    else if (a === '--dot-timeout') opts.dotTimeoutMs = count(value(), a) * 1000;
    else if (a === '--out') opts.out = path.resolve(value());
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

const key = (row) => `${row.command}@${row.size ?? ''}`;

function loadPrevious(jsonFile, seed) {
  try {
    const prev = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    return prev.seed === seed ? prev.rows : [];
  } catch {
    return [];
  }
}

export async function run(opts) {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')))
    throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  const measured = [];
  for (const name of opts.only) {
    const cmd = COMMANDS[name];
    const sizes = cmd.sized
      ? [...new Set([...(opts.sizes ?? cmd.sizesOnly ?? [...DEFAULT_SIZES, ...(cmd.extraSizes ?? [])])])].sort((a, b) => a - b)
      : [undefined];
    for (const size of sizes) {
      const reps = opts.reps ?? (size === undefined ? 20 : repetitionsFor(name, size));
      log(`${name}${size === undefined ? '' : ` at ${size} roles`}: ${reps} run(s) …`);
      const started = Date.now();
      const row = await cmd.measure(size, { seed: opts.seed, reps, dotTimeoutMs: opts.dotTimeoutMs });
      row.reps = reps;
      measured.push(row);
      log(
        `  ${(row.subject.ms / 1000).toFixed(2)} s${row.ratio !== undefined ? `, ${row.ratio.toFixed(2)}× ${row.baseline.label}` : ''} (took ${Math.round((Date.now() - started) / 1000)} s)`,
      );
    }
  }
  const jsonFile = opts.out.replace(/\.md$/i, '') + '.json';
  const fresh = new Set(measured.map(key));
  const order = Object.keys(COMMANDS);
  const rows = [...loadPrevious(jsonFile, opts.seed).filter((r) => !fresh.has(key(r)) && r.command in COMMANDS), ...measured].sort(
    (a, b) => order.indexOf(a.command) - order.indexOf(b.command) || (a.size ?? 0) - (b.size ?? 0),
  );
  const results = { seed: opts.seed, machine: machine(), rss: rssSource(), rows };
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  const page = renderResults(results);
  fs.writeFileSync(opts.out, page);
  process.stdout.write(page);
  log(`wrote ${path.relative(process.cwd(), opts.out)} and ${path.relative(process.cwd(), jsonFile)}`);
  const failed = rows.flatMap((r) => r.targets).filter((t) => t.measured > t.limit);
  if (failed.length) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  Promise.resolve()
    .then(() => run(parseArgs(process.argv.slice(2))))
    .catch((err) => {
      process.stderr.write(`bench: ${err.message}\n`);
      process.exitCode = 2;
    });
}
