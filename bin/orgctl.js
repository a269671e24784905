#!/usr/bin/env node
// Thin launcher: all logic lives in dist/ (built by `npm run build`, run on `prepare`).
// `orgctl --version` is answered here, before any module loads: scripts call it
// often and it should cost no more than starting node.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  // The layout engine of a handbook or a chart starts loading on another thread now, while the CLI loads
  // (see elkThread.ts).
  if (args[0] === 'docs' || args[0] === 'chart') {
    const thread = await import('../dist/chart/layout/elkThread.js').catch(() => undefined);
    if (thread?.laysOutAtStart(args)) thread.startElkThreadEarly({ warmUp: args[0] === 'docs' });
  }
  const main = await pickMain();
  await main(process.argv);
}

/**
 * The fastest build there is. First the one-file bundle with the code V8 compiled for it at build time
 * (dist/bundle/main.cjs + main.codecache: no compiling at start), when that cache fits this node and this
 * build; else the esbuild bundle (scripts/bundle.mjs), which starts faster than the several hundred
 * modules of dist/cli. Help takes the esbuild bundle too: it loads a few small chunks, less than the
 * whole cache. ORGCTL_NO_BUNDLE=1 runs the unbundled build and ORGCTL_NO_CODE_CACHE=1 the esbuild
 * bundle (the tests compare them).
 */
async function pickMain() {
  if (process.env.ORGCTL_NO_BUNDLE) return (await import('../dist/cli/main.js')).main;
  const single = new URL('../dist/bundle/main.cjs', import.meta.url);
  const cache = new URL('../dist/bundle/main.codecache', import.meta.url);
  const help = !args.length || args.some((a) => a === '--help' || a === '-h' || a === 'help');
  if (!help && !process.env.ORGCTL_NO_CODE_CACHE && existsSync(cache) && existsSync(single)) {
    const { runBundle } = await import('../dist/core/runBundle.js');
    const main = runBundle(single, cache);
    if (main) return main;
  }
  const bundle = new URL('../dist/bundle/main.js', import.meta.url);
  return (await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js')).main;
}
