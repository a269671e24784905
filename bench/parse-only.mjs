#!/usr/bin/env node
/**
 * The baseline `orgctl validate` is measured against: what the `yaml` package
 * alone takes to read the same files — every *.yaml / *.yml below <dir> in
 * sorted path order (skipping dot-directories and node_modules, like orgctl),
 * `parseAllDocuments` with a LineCounter, then `toJS` of each document.
 *
 *   node bench/parse-only.mjs <dir>
 *
 * Prints one JSON line: {files, documents, bytes, ms, maxRssKB}. `ms` covers
 * reading and parsing only, not starting node or importing yaml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

function yamlFiles(dir, out = []) {
  const names = fs.readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const full = path.join(dir, name);
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      if (!name.startsWith('.') && name !== 'node_modules') yamlFiles(full, out);
    } else if (/\.ya?ml$/i.test(name)) {
      out.push(full);
    }
  }
  return out;
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bench/parse-only.mjs <dir>\n');
  process.exit(2);
}

const start = performance.now();
let documents = 0;
let bytes = 0;
let errors = 0;
const files = yamlFiles(dir);
const values = [];
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  const lineCounter = new LineCounter();
  for (const doc of parseAllDocuments(text, { lineCounter, version: '1.2', schema: 'core', uniqueKeys: true })) {
    documents++;
    errors += doc.errors.length;
    values.push(doc.toJS({ maxAliasCount: 100 }));
  }
}
const ms = performance.now() - start;
// Keep the values alive to the end, as orgctl keeps its model: a fair memory comparison.
process.stdout.write(
  `${JSON.stringify({ files: files.length, documents, bytes, errors, values: values.length, ms: Math.round(ms), maxRssKB: process.resourceUsage().maxRSS })}\n`,
);
