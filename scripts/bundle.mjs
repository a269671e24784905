#!/usr/bin/env node
/**
 * Bundles the built CLI (dist/cli/main.js and everything it imports) into dist/bundle/ with esbuild, so
 * starting orgctl resolves and reads a handful of files instead of several hundred modules. Each command's
 * implementation stays its own chunk (code splitting keeps the lazy `import()`s lazy), so `--help` does
 * not load yaml, zod or elkjs. Packages with native or self-locating code stay external.
 *
 * It also writes dist/bundle/main.cjs: the whole CLI as one CommonJS file (no splitting: the lazy imports
 * become lazily run functions), which bin/orgctl.js runs through V8's code cache (src/core/codeCache.ts;
 * scripts/code-cache.mjs makes the cache). Node 20 has no code cache for ES modules, and compiling the
 * chunks was a good part of a small validate. Its first line names the build (a hash of the rest), so a
 * cache made for another build of it is never used.
 *
 *   node scripts/bundle.mjs        (run by `npm run build`)
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';

const outdir = 'dist/bundle';
fs.rmSync(outdir, { recursive: true, force: true });
await build({
  // The parse worker (src/load/pool.ts) is started from a file beside the module that starts it: an entry of its own.
  entryPoints: { main: 'dist/cli/main.js', parseWorker: 'dist/load/parseWorker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native binaries (resvg), packages that find their own files at run time (exceljs, elkjs's worker),
  // and development-only clients stay ordinary imports.
  external: ['@resvg/resvg-wasm', 'exceljs', 'elkjs', 'puppeteer-core', 'playwright-core'],
  // Some bundled CommonJS dependencies call require() for node built-ins.
  banner: { js: "import { createRequire as __orgctlRequire } from 'node:module'; const require = __orgctlRequire(import.meta.url);" },
  // Chunks sit beside main.js, as deep below the package root as dist/<layer>/*.js, so the
  // `new URL('../../package.json', import.meta.url)` of the modules they hold still resolves.
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  // Smaller source parses faster at every start; orgctl never shows a stack trace to users.
  minify: true,
  logLevel: 'warning',
});

// The same code as one CommonJS file. `import.meta.url` becomes the file's own URL: main.cjs sits
// beside the chunks, so the modules' relative URLs resolve as they do there.
const single = await build({
  entryPoints: ['dist/cli/main.js'],
  write: false,
  outfile: `${outdir}/main.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@resvg/resvg-wasm', 'exceljs', 'elkjs', 'puppeteer-core', 'playwright-core'],
  define: { 'import.meta.url': '__orgctlModuleUrl' },
  banner: { js: "var __orgctlModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
});
const code = single.outputFiles[0].text;
const buildId = createHash('sha256').update(code).digest('hex').slice(0, 32);
fs.writeFileSync(`${outdir}/main.cjs`, `// orgctl bundle ${buildId}\n${code}`);
