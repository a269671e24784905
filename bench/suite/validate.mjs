/**
 * `orgctl validate` against the bare `yaml` parse of the same files
 * (bench/parse-only.mjs: parseAllDocuments with a LineCounter, then toJS),
 * and `orgctl --version` against `node -e 0`. Targets (issue 2): validate
 * within 1.5× of the parse and under 1 GiB at 100k roles. Start-up (issue
 * 15): `--version` within 1.2× of node's own start, and `validate` of a
 * 10-role org (the pre-commit case) within 3×.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runNode } from '../measure.mjs';
import { OUT, ROOT, alternate, ensureOrg, orgctl, rel } from './common.mjs';

export const TARGETS = { parseRatio: 1.5, rssMiB: 1024, startupRatio: 1.2, smallValidateRatio: 3, judgedAt: 100000 };
export const SMALL_ORG_ROLES = 10;
const STARTUP_RUNS = 20;

function validateOnce(dir, reportFile) {
  const r = orgctl(['validate', rel(dir), '--format', 'json', '-o', rel(reportFile)]);
  const { summary } = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  if (summary.errors > 0) throw new Error(`the generated org ${rel(dir)} has ${summary.errors} error(s); it must validate clean`);
  return r;
}

function parseOnce(dir) {
  const r = runNode(['bench/parse-only.mjs', rel(dir)], { cwd: ROOT });
  if (r.status !== 0) throw new Error(`bench/parse-only.mjs failed: ${r.stderr.trim()}`);
  const out = JSON.parse(r.stdout);
  if (out.errors) throw new Error(`yaml reported ${out.errors} syntax error(s) in ${rel(dir)}`);
  return { ...r, files: out.files, bytes: out.bytes };
}

/** One row per size: validate (subject) against the yaml parse (baseline). */
export function measure(size, { seed, reps }) {
  const dir = ensureOrg(size, { seed });
  const reportFile = path.join(OUT, `${size}.report.json`);
  let input;
  const m = alternate(reps, {
    subject: () => validateOnce(dir, reportFile),
    baseline: () => {
      const r = parseOnce(dir);
      input = { files: r.files, bytes: r.bytes };
      return r;
    },
  });
  const ratio = m.subject.ms / m.baseline.ms;
  const targets = [];
  if (size === TARGETS.judgedAt) {
    targets.push({
      what: `validate within ${TARGETS.parseRatio}× of the yaml parse`,
      measured: ratio,
      limit: TARGETS.parseRatio,
      unit: '×',
    });
    if (m.subject.rssKB !== undefined)
      targets.push({ what: 'validate peak RSS under 1 GiB', measured: m.subject.rssKB / 1024, limit: TARGETS.rssMiB, unit: 'MiB' });
  }
  return { command: 'validate', size, input, subject: m.subject, baseline: { label: 'yaml parse', ...m.baseline }, ratio, targets };
}

/** `orgctl --version` and `orgctl validate` of a 10-role org against `node -e 0`, STARTUP_RUNS each. */
export function measureStartup(_size, { seed } = {}) {
  const small = ensureOrg(SMALL_ORG_ROLES, { seed });
  const m = alternate(STARTUP_RUNS, {
    subject: () => orgctl(['--version']),
    validate: () => orgctl(['validate', rel(small)]),
    baseline: () => runNode(['-e', '0'], { cwd: ROOT }),
  });
  const ratio = m.subject.ms / m.baseline.ms;
  const validateRatio = m.validate.ms / m.baseline.ms;
  return {
    command: 'start-up',
    subject: m.subject,
    baseline: { label: '`node -e 0`', ...m.baseline },
    ratio,
    extra: {
      validate: { roles: SMALL_ORG_ROLES, ...m.validate },
      validateRatio,
      cpuRatio: m.subject.cpuMs !== undefined && m.baseline.cpuMs ? m.subject.cpuMs / m.baseline.cpuMs : undefined,
      validateCpuRatio: m.validate.cpuMs !== undefined && m.baseline.cpuMs ? m.validate.cpuMs / m.baseline.cpuMs : undefined,
    },
    targets: [
      {
        what: `\`orgctl --version\` within ${TARGETS.startupRatio}× of \`node -e 0\``,
        measured: ratio,
        limit: TARGETS.startupRatio,
        unit: '×',
      },
      {
        what: `\`orgctl validate\` of ${SMALL_ORG_ROLES} roles within ${TARGETS.smallValidateRatio}× of \`node -e 0\``,
        measured: validateRatio,
        limit: TARGETS.smallValidateRatio,
        unit: '×',
      },
    ],
  };
}
