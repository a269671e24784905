#!/usr/bin/env node
/**
 * `npm run bench` (which builds first): runs each benchmark in BENCHES in turn.
 *
 *   npm run bench                                  # every benchmark, default sizes
 *   npm run bench -- --only validate --sizes 1000,10000
 *
 * `--only NAME` picks one benchmark; every other option is handed to the
 * benchmark's own parseArgs (validate takes --sizes, --reps, --seed; with --only). A
 * benchmark module exports `run(options)` and `parseArgs(argv)`; add it here.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** bench/diff.mjs runs as a script; wrap it in the same interface. */
const script = (file) => async () => ({
  parseArgs: (argv) => argv,
  run: (argv) => {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL(file, import.meta.url)), ...argv], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = r.status ?? 2;
  },
});

const BENCHES = {
  validate: () => import('./validate.mjs'),
  chart: () => import('./chart.mjs'),
  docs: () => import('./docs.mjs'),
  diff: script('./diff.mjs'),
};

async function main(argv) {
  let only;
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') only = argv[++i];
    else rest.push(argv[i]);
  }
  if (only !== undefined && !(only in BENCHES)) throw new Error(`unknown benchmark '${only}'; one of: ${Object.keys(BENCHES).join(', ')}`);
  for (const [name, load] of Object.entries(BENCHES)) {
    if (only !== undefined && name !== only) continue;
    const bench = await load();
    // Options are each benchmark's own: they are handed on only with --only.
    await bench.run(bench.parseArgs(only !== undefined ? rest : []));
  }
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 2;
});
