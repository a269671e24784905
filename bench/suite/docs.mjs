/**
 * `orgctl docs` (the Markdown handbook: a page per department, role, KPI and
 * workflow) writing into an empty directory, beside `orgctl validate` of the
 * same org: the handbook reads and checks the org first, so the ratio shows
 * what rendering and writing every page adds. No target is set (issue 4 asks
 * for the time and the files written at 10k roles).
 */
import fs from 'node:fs';
import path from 'node:path';
import { OUT, alternate, ensureOrg, orgctl, rel, tally, withTempDir } from './common.mjs';

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
    targets: [],
  };
}
