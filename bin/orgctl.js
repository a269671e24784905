#!/usr/bin/env node
// Thin launcher: all logic lives in dist/ (built by `npm run build`, run on `prepare`).
// `orgctl --version` is answered here, before any module loads: scripts call it
// often and it should cost no more than starting node.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  const { main } = await import('../dist/cli/main.js');
  await main(process.argv);
}
