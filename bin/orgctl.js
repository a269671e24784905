#!/usr/bin/env node
// Thin launcher: all logic lives in dist/ (built by `npm run build`, run on `prepare`).
import { main } from '../dist/cli/main.js';

main(process.argv);
