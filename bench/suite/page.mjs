/**
 * bench/RESULTS.md from the figures in bench/RESULTS.json: one table of
 * every command at every size against its baseline, the targets the issues
 * set with pass/fail, then each command's own details. No dates, so the page
 * changes only when the figures do.
 */
import { fmtMB, fmtMiB, fmtRatio, fmtS, fmtSize } from './common.mjs';

const ms = (x) => `${Math.round(x)} ms`;
const time = (row, m) => (m === undefined ? '–' : row.command === 'start-up' ? ms(m.ms) : `${m.timedOut ? '> ' : ''}${fmtS(m.ms)}`);

const SUBJECT = {
  validate: '`orgctl validate`',
  'start-up': '`orgctl --version`',
  chart: '`orgctl chart` (SVG)',
  docs: '`orgctl docs` (Markdown)',
  diff: '`orgctl diff` (1% of roles changed)',
  import: '`orgctl import` (CSV roster, rows)',
  'chart-html': '`orgctl chart --format html`',
  serve: '`orgctl serve` relayout after a one-line edit',
};

function summaryTable(rows) {
  const out = ['| command | roles | time | peak RSS | compared with | its time | ratio | runs |', '|:--|--:|--:|--:|:--|--:|--:|--:|'];
  for (const r of rows) {
    const bound = r.baseline?.timedOut ? '< ' : '';
    out.push(
      `| ${SUBJECT[r.command]} | ${r.size === undefined ? '–' : fmtSize(r.size)} | ${time(r, r.subject)} | ${fmtMiB(r.subject.rssKB)} | ${r.baseline?.label ?? '–'} | ${time(r, r.baseline)} | ${bound}${fmtRatio(r.ratio)} | ${r.reps} |`,
    );
  }
  return out;
}

function targetsTable(rows) {
  const out = ['| target | roles | measured | limit | result |', '|:--|--:|--:|--:|:--|'];
  for (const r of rows) {
    for (const t of r.targets) {
      const value = t.unit === '×' ? fmtRatio(t.measured) : `${Math.round(t.measured)} ${t.unit}`;
      const limit = t.unit === '×' ? `${t.limit}×` : `${t.limit} ${t.unit}`;
      out.push(
        `| ${t.what} | ${r.size === undefined ? '–' : fmtSize(r.size)} | ${t.bound === 'at most' ? '≤ ' : ''}${value} | ${limit} | ${t.measured <= t.limit ? 'pass' : '**FAIL**'} |`,
      );
    }
  }
  return out;
}

function details(rows) {
  const of = (c) => rows.filter((r) => r.command === c);
  const out = [];
  if (of('validate').length) {
    out.push(
      '### validate',
      '',
      'The baseline is bench/parse-only.mjs: the `yaml` package alone reading the same files (`parseAllDocuments` with a `LineCounter`, then `toJS`). CPU ratio is the same ratio for user + system CPU time, which a busy machine disturbs less.',
      '',
    );
    out.push(
      '| roles | files | YAML | validate | yaml parse | ratio | CPU ratio | validate speed | RSS validate | RSS parse |',
      '|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const r of of('validate')) {
      const cpu = r.subject.cpuMs !== undefined && r.baseline.cpuMs ? r.subject.cpuMs / r.baseline.cpuMs : undefined;
      out.push(
        `| ${fmtSize(r.size)} | ${r.input.files} | ${fmtMB(r.input.bytes)} | ${fmtS(r.subject.ms)} | ${fmtS(r.baseline.ms)} | ${fmtRatio(r.ratio)} | ${fmtRatio(cpu)} | ${(r.input.bytes / 1e6 / (r.subject.ms / 1000)).toFixed(2)} MB/s | ${fmtMiB(r.subject.rssKB)} | ${fmtMiB(r.baseline.rssKB)} |`,
      );
    }
    out.push('');
    const cached = of('validate').filter((r) => r.extra?.cache);
    if (cached.length) {
      out.push(
        '`validate --cache` after one file changed (the cache filled by a run before), against a cold `validate`: a comment line appended and a duty reworded (text no check reads: the kept result is taken), and a title changed (every check runs again; only the parses are cached). Then `validate --jobs 2` (a pool of two parse threads; the default is one thread) beside the default.',
        '',
        '| roles | cold | warm, comment | ratio | warm, duty | ratio | warm, title | ratio | default (one thread) | --jobs 2 | --jobs 2 / yaml parse | RSS --jobs 2 |',
        '|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
      );
      for (const r of cached) {
        const { cache, pool, poolRatio } = r.extra;
        if (!pool) continue; // a row from a run before the pool became opt-in
        out.push(
          `| ${fmtSize(r.size)} | ${fmtS(cache.cold.ms)} | ${fmtS(cache.warm.ms)} | ${fmtRatio(cache.ratio)} | ${fmtS(cache.duty?.ms)} | ${fmtRatio(cache.dutyRatio)} | ${fmtS(cache.title?.ms)} | ${fmtRatio(cache.titleRatio)} | ${fmtS(r.subject.ms)} | ${fmtS(pool.ms)} | ${fmtRatio(poolRatio)} | ${fmtMiB(pool.rssKB)} |`,
        );
      }
      out.push('');
    }
  }
  if (of('chart').length) {
    out.push(
      '### chart',
      '',
      '`dot` lays out the DOT that `orgctl chart --format dot` writes for the same org: plain (the same boxes and lines; the baseline the issue set) and with the departments as clusters (the same picture as ours). A `dot` run stopped at the time limit shows as "> limit", and the ratio against it is then an upper bound.',
      '',
      '| roles | orgctl chart | dot, plain | dot, clusters | chart / dot plain | chart / dot clusters | RSS chart | RSS dot plain | SVG | drawing (px) |',
      '|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const r of of('chart')) {
      const c = r.extra.dotClusters;
      const lt = (m) => (m?.timedOut ? '< ' : '');
      out.push(
        `| ${fmtSize(r.size)} | ${fmtS(r.subject.ms)} | ${time(r, r.baseline)} | ${time(r, c)} | ${lt(r.baseline)}${fmtRatio(r.ratio)} | ${lt(c)}${fmtRatio(r.extra.ratioClusters)} | ${fmtMiB(r.subject.rssKB)} | ${fmtMiB(r.baseline?.rssKB)} | ${fmtMB(r.extra.svgBytes)} | ${r.extra.width} × ${r.extra.height} |`,
      );
    }
    out.push('');
    for (const r of of('chart'))
      if (r.extra.png)
        out.push(
          `\`chart --format png\` at ${fmtSize(r.size)} roles (resvg, system fonts): ${fmtS(r.extra.png.ms)}, ${fmtMB(r.extra.png.bytes)}, RSS ${fmtMiB(r.extra.png.rssKB)}.`,
          '',
        );
  }
  if (of('docs').length) {
    out.push(
      '### docs',
      '',
      'The handbook as Markdown written into an empty directory, beside `orgctl validate` of the same org (docs reads and checks the org first; the ratio is what rendering and writing every page adds). Orgs above 400 roles get the department-level chart on the overview page, and orgs above 150 departments only its top levels (as many as fit in 150 boxes).',
      '',
    );
    out.push(
      '| roles | docs | validate | ratio | files written | bytes written | RSS docs | docs --format html | RSS html |',
      '|:--|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const r of of('docs'))
      out.push(
        `| ${fmtSize(r.size)} | ${fmtS(r.subject.ms)} | ${fmtS(r.baseline.ms)} | ${fmtRatio(r.ratio)} | ${r.extra.files.toLocaleString('en-US')} | ${fmtMB(r.extra.bytes)} | ${fmtMiB(r.subject.rssKB)} | ${r.extra.html ? fmtS(r.extra.html.ms) : '–'} | ${r.extra.html ? fmtMiB(r.extra.html.rssKB) : '–'} |`,
      );
    out.push('');
  }
  if (of('diff').length) {
    out.push(
      '### diff',
      '',
      "The base org against variant 1 of bench/generate.mjs (about 1% of roles retitled, re-counted, re-reported or moved); the baseline is `orgctl validate` of the variant. The diff's change list is checked against the generator's record of what it changed.",
      '',
    );
    out.push('| roles | diff | validate one side | ratio | roles changed | changes reported | RSS diff |', '|:--|--:|--:|--:|--:|--:|--:|');
    for (const r of of('diff'))
      out.push(
        `| ${fmtSize(r.size)} | ${fmtS(r.subject.ms)} | ${fmtS(r.baseline.ms)} | ${fmtRatio(r.ratio)} | ${r.extra.rolesChanged} | ${r.extra.changes} | ${fmtMiB(r.subject.rssKB)} |`,
      );
    out.push('');
  }
  if (of('chart-html').length) {
    out.push(
      '### chart --format html',
      '',
      'Time to first frame: from navigation to the first canvas frame in headless Chromium (1400 × 900); frame time: the median frame zoomed in (what panning costs).',
      '',
      '| roles | orgctl chart --format html | HTML | time to first frame | frame time |',
      '|:--|--:|--:|--:|--:|',
    );
    const msOr = (x) => (x === undefined ? '–' : `${Math.round(x)} ms`);
    for (const r of of('chart-html'))
      out.push(
        `| ${fmtSize(r.size)} | ${fmtS(r.subject.ms)} | ${fmtMB(r.extra.htmlBytes)} | ${msOr(r.extra.firstFrameMs)} | ${msOr(r.extra.frameMs)} |`,
      );
    out.push('');
  }
  const startup = of('start-up')[0];
  if (startup)
    out.push(
      '### start-up',
      '',
      `Median of ${startup.reps} runs each: \`orgctl --version\` ${ms(startup.subject.ms)}, \`node -e 0\` ${ms(startup.baseline.ms)}. The launcher answers \`--version\` before loading any module.`,
      ...(startup.extra?.validate
        ? [
            '',
            `\`orgctl validate\` of a ${startup.extra.validate.roles}-role org (the pre-commit case): ${ms(startup.extra.validate.ms)}, ${fmtRatio(startup.extra.validateRatio)} of \`node -e 0\` (CPU ${fmtRatio(startup.extra.validateCpuRatio)}). It runs the one-file bundle from the code cache the build made (dist/bundle/main.codecache), so nothing is compiled at start.`,
          ]
        : []),
      '',
    );
  return out;
}

export function renderResults({ seed, machine, rss, rows }) {
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.mjs); do not edit by hand.',
    `Orgs generated by bench/generate.mjs (seed ${seed}). Every figure is the median wall-clock time of fresh processes, node start-up included, as a user runs the command; each command alternates with its baseline, so a busy moment slows both alike. Peak RSS via ${rss}.`,
    '',
    `Machine: ${machine}.`,
    '',
    '## Every command',
    '',
    ...summaryTable(rows),
    '',
    '## Targets',
    '',
    ...targetsTable(rows),
    '',
    '## Details',
    '',
    ...details(rows),
  ].join('\n');
}
