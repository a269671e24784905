/**
 * `orgctl chart` (the full department-box SVG) against Graphviz `dot -Tsvg`
 * laying out the DOT that `orgctl chart --format dot` writes for the same
 * org: plain (the baseline: the same boxes and lines, no department
 * frames) and with the departments as clusters (the same picture as ours).
 * Targets: within 3× of plain `dot` at 1k roles (issue 15; issue 3 asked
 * 5×), 1.5× at 5k; peak RSS at most 1 GiB at 100k roles (issue 15: the SVG
 * is streamed to its file).
 *
 * `dot` on large orgs can take hours; it runs under a time limit
 * (--dot-timeout, default 300 s) and a stopped run is reported as "> limit",
 * which makes the ratio an upper bound.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from '../measure.mjs';
import { OUT, ROOT, alternate, ensureOrg, orgctl, rel } from './common.mjs';

export const TARGETS = { 1000: 3, 5000: 1.5 };
/** Peak RSS limit (MiB) and the size it is judged at. */
export const RSS_TARGET = { size: 100000, mib: 1024 };
export const EXTRA_SIZES = [5000];
export const PNG_SIZE = 1000;

let dotChecked;
export function hasDot() {
  if (dotChecked === undefined) {
    const r = spawnSync('dot', ['-V'], { encoding: 'utf8' });
    dotChecked = !r.error && r.status === 0;
  }
  return dotChecked;
}

/** orgctl's DOT without the department clusters: plain `dot` on the same boxes and lines. */
export function flatDot(text) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\s+subgraph "cluster_/.test(l)) {
      i++; // and its attribute line
      continue;
    }
    if (/^\s+}$/.test(l)) continue;
    out.push(l);
  }
  return out.join('\n');
}

function dotOnce(file, timeoutMs) {
  const r = runCommand('dot', ['-Tsvg', rel(file), '-o', rel(`${file}.svg`)], { cwd: ROOT, timeoutMs });
  if (r.status !== 0) throw new Error(`dot -Tsvg ${rel(file)} failed: ${r.stderr.trim()}`);
  return r;
}

export function measure(size, { seed, reps, dotTimeoutMs = 300000 }) {
  const dir = ensureOrg(size, { seed });
  const svgFile = path.join(OUT, `chart-${size}.svg`);
  const dotFile = path.join(OUT, `chart-${size}.dot`);
  const flatFile = path.join(OUT, `chart-${size}.flat.dot`);
  orgctl(['chart', rel(dir), '--format', 'dot', '-o', rel(dotFile)]);
  fs.writeFileSync(flatFile, flatDot(fs.readFileSync(dotFile, 'utf8')));

  const fns = { subject: () => orgctl(['chart', rel(dir), '-o', rel(svgFile)]) };
  // A dot run that hit the limit once is not repeated: it would only hit it again.
  const dotRunner = (file) => {
    let stopped;
    return () => {
      if (stopped) return stopped;
      const r = dotOnce(file, dotTimeoutMs);
      if (r.timedOut) stopped = r;
      return r;
    };
  };
  // The PNG for slides (resvg, system fonts) at the size people paste: 1k roles.
  const pngFile = path.join(OUT, `chart-${size}.png`);
  if (size === PNG_SIZE) fns.png = () => orgctl(['chart', rel(dir), '--format', 'png', '-o', rel(pngFile)]);
  if (hasDot()) {
    fns.baseline = dotRunner(flatFile);
    fns.clusters = dotRunner(dotFile);
  }
  const m = alternate(reps, fns);
  const svg = fs.readFileSync(svgFile, 'utf8');
  const [, width, height] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg) ?? [];
  const ratio = m.baseline ? m.subject.ms / m.baseline.ms : undefined;
  const targets = [];
  if (TARGETS[size] !== undefined && ratio !== undefined) {
    targets.push({
      what: `chart within ${TARGETS[size]}× of plain \`dot -Tsvg\``,
      measured: ratio,
      limit: TARGETS[size],
      unit: '×',
      bound: m.baseline.timedOut ? 'at most' : undefined,
    });
  }
  if (size === RSS_TARGET.size && m.subject.rssKB !== undefined)
    targets.push({ what: `chart peak RSS ≤ ${RSS_TARGET.mib} MiB`, measured: m.subject.rssKB / 1024, limit: RSS_TARGET.mib, unit: 'MiB' });
  return {
    command: 'chart',
    size,
    subject: m.subject,
    baseline: m.baseline ? { label: '`dot -Tsvg`', ...m.baseline } : undefined,
    ratio,
    extra: {
      dotClusters: m.clusters,
      ratioClusters: m.clusters ? m.subject.ms / m.clusters.ms : undefined,
      svgBytes: Buffer.byteLength(svg),
      png: m.png ? { ...m.png, bytes: fs.statSync(pngFile).size } : undefined,
      width: Number(width),
      height: Number(height),
    },
    targets,
  };
}
