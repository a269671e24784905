/**
 * `orgctl docs` (the Markdown handbook: a page per department, role, KPI and
 * workflow) writing into an empty directory, beside `orgctl validate` of the
 * same org: the handbook reads and checks the org first, so the ratio shows
 * what rendering and writing every page adds. The one target (issue 15) is
 * peak RSS at most 1 GiB at 100k roles (pages are written as they are
 * rendered); issue 4 asks for the time and the files written at 10k roles.
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
    }),
  );
  return {
    command: 'docs',
    size,
    subject: m.subject,
    baseline: { label: 'validate', ...m.baseline },
    ratio: m.subject.ms / m.baseline.ms,
    extra: { files: written.files, bytes: written.bytes },
    targets:
      size === RSS_TARGET.size && m.subject.rssKB !== undefined
        ? [{ what: `docs peak RSS ≤ ${RSS_TARGET.mib} MiB`, measured: m.subject.rssKB / 1024, limit: RSS_TARGET.mib, unit: 'MiB' }]
        : [],
  };
}
