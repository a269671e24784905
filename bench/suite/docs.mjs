/**
 * `orgctl docs` (the Markdown handbook: a page per department, role, KPI and
 * workflow) writing into an empty directory, beside `orgctl validate` of the
 * same org: the handbook reads and checks the org first, so the ratio shows
 * what rendering and writing every page adds. The targets (issue 15) are
 * peak RSS at most 1 GiB at 100k roles, for the Markdown pages and the
 * one-file HTML handbook (both written as they are rendered); issue 4 asks
 * for the time and the files written at 10k roles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OUT, alternate, ensureOrg, orgctl, rel, tally, withTempDir } from './common.mjs';

/** Peak RSS limit (MiB) and the size it is judged at. */
export const RSS_TARGET = { size: 100000, mib: 1024 };

export async function measure(size, { seed, reps }) {
  const dir = ensureOrg(size, { seed });
  let written;
  const m = await withTempDir('docs', (tmp) =>
    alternate(reps, {
      subject: () => {
        const out = fs.mkdtempSync(path.join(tmp, 'run-'));
        const r = orgctl(['docs', rel(dir), '-o', out, '--format', 'markdown']);
        written = tally(out);
        fs.rmSync(out, { recursive: true, force: true });
        return r;
      },
      baseline: () => orgctl(['validate', rel(dir), '--format', 'json', '-o', rel(path.join(OUT, `${size}.report.json`))]),
      // The one-file HTML handbook: written in pieces too, judged against the same limit.
      html: () => {
        const out = fs.mkdtempSync(path.join(tmp, 'html-'));
        const r = orgctl(['docs', rel(dir), '-o', out, '--format', 'html']);
        fs.rmSync(out, { recursive: true, force: true });
        return r;
      },
    }),
  );
  const judged = size === RSS_TARGET.size;
  const rssTarget = (what, rssKB) =>
    judged && rssKB !== undefined
      ? [{ what: `${what} peak RSS ≤ ${RSS_TARGET.mib} MiB`, measured: rssKB / 1024, limit: RSS_TARGET.mib, unit: 'MiB' }]
      : [];
  return {
    command: 'docs',
    size,
    subject: m.subject,
    baseline: { label: 'validate', ...m.baseline },
    ratio: m.subject.ms / m.baseline.ms,
    extra: { files: written.files, bytes: written.bytes, html: m.html },
    targets: [...rssTarget('docs', m.subject.rssKB), ...rssTarget('docs --format html', m.html.rssKB)],
  };
}
