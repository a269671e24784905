/** Every command's definition (light modules: options, help and a lazy action). */
import type { Command } from 'commander';
import validate from './validate.js';
import schema from './schema.js';
import diff from './diff.js';
import stats from './stats.js';
import docs from './docs.js';
import chart from './chart.js';
import init from './init.js';
import completion from './completion.js';
import serve from './serve.js';
import rules from './rules.js';
import importRoster from './import.js';
import exportOrg from './export.js';

export type DefineCommand = (program: Command) => Command;

export const COMMANDS: DefineCommand[] = [
  validate,
  chart,
  docs,
  diff,
  stats,
  serve,
  schema,
  rules,
  init,
  importRoster,
  exportOrg,
  completion,
];
