import { forwardBuildFindings } from './utils/fromBuild.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'A file is not valid YAML (including duplicate keys, binary or non-UTF-8 content, and excessive alias expansion).',
  docs: 'The file could not be read as YAML 1.2. Fix the syntax at the position shown; the other documents and files are still checked. Duplicate keys are errors because YAML keeps only one of them silently.',
  // The text is made while loading (load/, model/): nothing to template here.
  messages: {},
  check: forwardBuildFindings('yaml-syntax'),
});
