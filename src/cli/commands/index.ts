/** Every command's definition (light modules: options, help and a lazy action). */
import type { Command } from 'commander';
import validate from './validate.js';
import schema from './schema.js';

export type DefineCommand = (program: Command) => Command;

export const COMMANDS: DefineCommand[] = [validate, schema];
