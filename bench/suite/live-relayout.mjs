/**
 * What `orgctl serve` does on a save, timed: build the live chart once (warm-up: ELK started, files
 * parsed), retitle one role (a one-line edit), rebuild, print {relayoutMs}. The edit is undone.
 *
 *   node bench/suite/live-relayout.mjs <org dir>
 */
import fs from 'node:fs';
import path from 'node:path';
import { LiveChart } from '../../dist/serve/live.js';
import { prepareLayout } from '../../dist/chart/index.js';

prepareLayout();
const dir = process.argv[2];
const live = new LiveChart({ path: dir, cwd: process.cwd(), chart: {} });
await live.rebuild();
// The last file (in path order) that has a role title: retitle its first role.
const file = fs
  .readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .reverse()
  .map((f) => path.join(dir, f))
  .find((f) => /\nkind: Role\n[^]*?\ntitle: /.test(fs.readFileSync(f, 'utf8')));
if (file === undefined) throw new Error(`no role in ${dir}`);
const text = fs.readFileSync(file, 'utf8');
fs.writeFileSync(file, text.replace(/(\nkind: Role\n[^]*?\ntitle: )(.*)/, '$1$2 (acting)'));
try {
  const t = performance.now();
  const state = await live.rebuild();
  if (state.error !== null) throw new Error(state.error);
  process.stdout.write(`${JSON.stringify({ relayoutMs: Math.round(performance.now() - t), times: live.times })}\n`);
} finally {
  fs.writeFileSync(file, text);
}
process.exit(0);
