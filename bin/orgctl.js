#!/usr/bin/env node
// Thin launcher: all logic lives in dist/ (built by `npm run build`, run on `prepare`).
// `orgctl --version` is answered here, before any module loads: scripts call it
// often and it should cost no more than starting node.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  // The esbuild bundle (scripts/bundle.mjs) starts faster than the several hundred modules of dist/cli;
  // ORGCTL_NO_BUNDLE=1 runs the unbundled build (the tests compare the two).
  const bundle = new URL('../dist/bundle/main.js', import.meta.url);
  const useBundle = existsSync(bundle) && !process.env.ORGCTL_NO_BUNDLE;
  const { main } = await import(useBundle ? bundle.href : '../dist/cli/main.js');
  await main(process.argv);
}
