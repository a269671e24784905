#!/usr/bin/env node
/**
 * Saves the code V8 compiles for elkjs to dist/elk.codecache, so a chart's layout worker deserialises
 * it instead of parsing and compiling 1.6 MB of JavaScript at every start (src/chart/layout/elk.ts).
 * It lays the example orgs out first — the chart and the handbook's workflow diagrams — so the cache
 * holds the functions a layout runs, not only elkjs's top level. Made on this machine by this node
 * (`npm run build`, hence also at `npm pack`), never downloaded; a cache from another node or elkjs
 * is ignored at run time.
 *
 *   node scripts/elk-cache.mjs        (run by `npm run build`, after tsc)
 */
import { fileURLToPath } from 'node:url';
import { loadOrg, renderChart, renderHandbook } from '../dist/index.js';
import { elkCodeCacheFile } from '../dist/chart/elkCodeCache.js';
import { saveElkCodeCache } from '../dist/chart/layout/elk.js';

// Nothing is written but the cache: the charts and pages stay in memory.
for (const name of ['ecommerce-center', 'ops-center']) {
  const model = loadOrg([fileURLToPath(new URL(`../examples/${name}`, import.meta.url))]);
  await renderChart(model, { format: 'svg' });
  await renderChart(model, { format: 'svg', level: 'department' });
  await renderHandbook(model, { format: 'html', chart: 'none' });
}
await saveElkCodeCache(elkCodeCacheFile());
