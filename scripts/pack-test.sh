#!/usr/bin/env bash
# Package test: what a user gets from `npm install orgctl`.
# Packs this repository, installs the tarball into an empty project (the
# dependencies come from the npm registry), and runs the CLI and the library
# from there, the way a user would. Fails loudly at the first broken check.
#
#   scripts/pack-test.sh                   # pack (runs `prepare`: tsc), install, check
#   PACK_TEST_NO_BUILD=1 scripts/pack-test.sh   # use the dist/ already built (npm test builds first)
#   KEEP=1 scripts/pack-test.sh            # keep the temporary project to look at
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/orgctl-pack-test.XXXXXX")"
cleanup() {
  if [[ -n "${KEEP:-}" ]]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

checks=0
step() { printf '\n==> %s\n' "$*"; }
ok() { checks=$((checks + 1)); printf 'ok %d - %s\n' "$checks" "$*"; }
fail() { printf 'pack-test: FAILED: %s\n' "$*" >&2; exit 1; }
# Anything else that fails stops the test too, saying where.
trap 'fail "line $LINENO: $BASH_COMMAND (exit $?)"' ERR

version="$(node -p "require('$repo/package.json').version")"

step "npm pack"
pack_flags=(--pack-destination "$work")
# npm runs `prepare` (tsc) on pack; skip it when the caller has just built, so
# that dist/ is not rewritten under tests that are running at the same time.
if [[ -n "${PACK_TEST_NO_BUILD:-}" ]]; then pack_flags+=(--ignore-scripts); fi
(cd "$repo" && npm pack "${pack_flags[@]}" >"$work/pack.log" 2>&1) || { cat "$work/pack.log" >&2; fail "npm pack"; }
tarball="$work/orgctl-$version.tgz"
[[ -f "$tarball" ]] || fail "npm pack wrote no $tarball"
ok "packed $(basename "$tarball") ($(du -k "$tarball" | cut -f1) kB)"

step "tarball contents"
tar -tzf "$tarball" | sed 's|^package/||' | sort >"$work/contents.txt"
for f in package.json README.md bin/orgctl.js dist/index.js dist/index.d.ts dist/cli/main.js \
  dist/bundle/main.js dist/bundle/main.cjs dist/bundle/main.codecache dist/elk.codecache \
  schemas/orgctl.schema.json templates/minimal-en/organization.yaml templates/minimal-en/template.json; do
  grep -qx "$f" "$work/contents.txt" || fail "the tarball has no $f"
done
ok "has bin/, dist/ (with index.d.ts, the bundles and their code caches), schemas/, templates/, README.md"
if grep -E '^(src|tests|bench|examples|scripts|docs|node_modules)/' "$work/contents.txt" >&2; then
  fail "the tarball carries files a user does not need (above)"
fi
ok "no src/, tests/, bench/, examples/, scripts/, docs/ ($(wc -l <"$work/contents.txt") files)"

step "install into an empty project"
mkdir "$work/project"
cd "$work/project"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$tarball" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "npm install $tarball"; }
[[ -x node_modules/.bin/orgctl ]] || fail "npm install created no node_modules/.bin/orgctl"
ok "npm install of the tarball (with its dependencies from the registry)"

step "the CLI"
got="$(npx --no-install orgctl --version)" || fail "orgctl --version exited $?"
[[ "$got" == "$version" ]] || fail "orgctl --version printed '$got', expected '$version'"
ok "orgctl --version prints $version"
# npx found the installed command; the other checks run that same command directly: npx's own start-up is
# seconds for each call (12 s on a busy 2-core machine, where five of them added a minute to this test).
orgctl() { "$work/project/node_modules/.bin/orgctl" "$@"; }

orgctl init --list >"$work/list.txt" || fail "orgctl init --list exited $?"
for t in ecommerce-startup minimal-en ops-center project-ecommerce; do
  grep -q "^  $t" "$work/list.txt" || { cat "$work/list.txt" >&2; fail "orgctl init --list does not list $t"; }
done
ok "orgctl init --list finds the packaged templates"

orgctl init org --template minimal-en >/dev/null || fail "orgctl init org --template minimal-en exited $?"
[[ -f org/organization.yaml && -f org/orgctl.schema.json ]] || fail "orgctl init wrote no org/organization.yaml and org/orgctl.schema.json"
head -n1 org/organization.yaml | grep -qx '# yaml-language-server: $schema=./orgctl.schema.json' || fail "org/organization.yaml does not point at ./orgctl.schema.json"
ok "orgctl init org --template minimal-en"

orgctl validate org || fail "orgctl validate org exited $?"
ok "orgctl validate org exits 0"

orgctl schema | cmp -s - org/orgctl.schema.json || fail "orgctl schema differs from the org/orgctl.schema.json that init wrote"
ok "orgctl schema matches the schema init wrote"

orgctl completion bash | bash -n || fail "orgctl completion bash is not valid bash"
ok "orgctl completion bash passes bash -n"

step "the library"
cat >use-orgctl.mjs <<'EOF'
import fs from 'node:fs';
import {
  loadOrg, loadOrgFromText, lint, formatReport, REPORT_FORMATS, renderChart, renderHandbook, writeDocs, MANIFEST,
  diffOrgs, formatDiff, DIFF_FORMATS, computeStats, formatStats, STATS_FORMATS, UsageError,
  // the names exported before the façade
  validateOrg, renderDocs, formatDiffMarkdown,
} from 'orgctl';

const model = loadOrg(['org']);
const result = lint(model);
const { findings, summary } = result;
if (findings.length > 0) throw new Error(`expected no findings, got ${JSON.stringify(findings)}`);
if (!(summary.roles > 0 && summary.departments > 0)) throw new Error(`empty summary ${JSON.stringify(summary)}`);
if (validateOrg(model).summary.roles !== summary.roles) throw new Error('validateOrg is no longer lint');
for (const format of REPORT_FORMATS) if (typeof formatReport(format, result) !== 'string') throw new Error(`formatReport ${format}`);
// The same org from texts in memory (an editor's buffers) is the same org.
const texts = Object.fromEntries(fs.readdirSync('org').filter((f) => f.endsWith('.yaml')).map((f) => [`org/${f}`, fs.readFileSync(`org/${f}`, 'utf8')]));
if (JSON.stringify(lint(loadOrgFromText(texts)).summary) !== JSON.stringify(summary)) throw new Error('loadOrgFromText differs from loadOrg');
// The SVG needs the layout engine (elkjs, in a worker thread) to resolve from the installed package.
const svg = await renderChart(model, { format: 'svg' });
if (!svg.startsWith('<?xml') || !svg.includes('<rect class="role"')) throw new Error(`renderChart gave no SVG chart: ${svg.slice(0, 200)}`);
const pages = await renderHandbook(model, { format: 'markdown' });
if (!pages.has('README.md') || !pages.has('chart.svg') || pages.size < summary.roles) throw new Error(`renderHandbook gave ${pages.size} pages: ${[...pages.keys()].slice(0, 5)}`);
if (renderDocs(model, { format: 'markdown', chartSvg: pages.get('chart.svg'), findings }).get('README.md') !== pages.get('README.md')) throw new Error('renderDocs and renderHandbook disagree');
const written = writeDocs('handbook', pages);
if (written.changed !== pages.size || !fs.existsSync(`handbook/${MANIFEST}`)) throw new Error(`writeDocs wrote ${JSON.stringify(written)}`);
const same = diffOrgs(model, loadOrg(['org']));
if (same.changes.length !== 0) throw new Error(`diffOrgs of an org with itself: ${JSON.stringify(same.changes[0])}`);
for (const format of DIFF_FORMATS) if (typeof (await formatDiff(format, same)) !== 'string') throw new Error(`formatDiff ${format}`);
if ((await formatDiff('markdown', same)) !== formatDiffMarkdown(same)) throw new Error('formatDiff markdown differs from formatDiffMarkdown');
for (const format of STATS_FORMATS) if (typeof formatStats(format, computeStats(model)) !== 'string') throw new Error(`formatStats ${format}`);
let refused = false;
try {
  formatStats('yaml', computeStats(model));
} catch (err) {
  refused = err instanceof UsageError;
}
if (!refused) throw new Error('formatStats took an unknown format');
console.log(`${model.organization.id}: ${summary.roles} roles, ${summary.departments} departments, 0 findings; chart ${svg.length} B, ${pages.size} pages written, 0 changes`);
EOF
node use-orgctl.mjs || fail "the library API (load, lint, formatReport, renderChart, renderHandbook, writeDocs, diffOrgs, formatDiff, stats) in an ESM script"
ok "an ESM script imports the library from 'orgctl': loads from disk and text, lints, reports, charts, writes the handbook, diffs, counts"

# The types resolve through package.json "exports" (compiled with the repo's TypeScript).
cat >use-orgctl.mts <<'EOF'
import {
  loadOrg, loadOrgFromText, lint, validateOrg, formatReport, renderChart, renderDocs, renderHandbook, diffOrgs, formatDiff, formatStats, computeStats,
  type DiffResult, type OrgModel, type ValidationResult, type ReportFormat, type ChartFormat, type DocsFormat, type DiffFormat, type StatsFormat,
} from 'orgctl';

const model: OrgModel = loadOrg(['org']);
const result: ValidationResult = lint(model);
const old: ValidationResult = validateOrg(loadOrgFromText({ 'org.yaml': 'kind: Organization\nid: a\nname: A\n' }));
const report: ReportFormat = 'sarif';
const chart: ChartFormat = 'svg';
const docs: DocsFormat = 'html';
const diffFormat: DiffFormat = 'markdown';
const statsFormat: StatsFormat = 'json';
const sarif: string = formatReport(report, result);
const svg: string = await renderChart(model, { format: chart, depth: 2 });
const pages: Map<string, string> = renderDocs(model, { format: docs, lang: 'zh-CN', chartSvg: svg });
const handbook: Map<string, string> = await renderHandbook(model, { format: docs, lang: 'en' });
const diff: DiffResult = diffOrgs(model, model, { beforeFindings: result.findings });
const text: string = await formatDiff(diffFormat, diff, { labels: { before: 'a', after: 'b' } });
const stats: string = formatStats(statsFormat, computeStats(model));
// @ts-expect-error -- a format outside the union does not compile
formatReport('yaml', result);
console.log(result.summary.errors, old.summary.errors, sarif.length, pages.size, handbook.size, diff.changes.length, text.length, stats.length);
EOF
"$repo/node_modules/.bin/tsc" --noEmit --strict --module nodenext --moduleResolution nodenext --target es2022 --types node \
  --typeRoots "$repo/node_modules/@types" use-orgctl.mts || fail "the package's types do not type-check a TypeScript consumer"
ok "a TypeScript consumer type-checks against the package's .d.ts"

printf '\npack-test: all %d checks passed\n' "$checks"
