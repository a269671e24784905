import { forwardBuildFindings } from './utils/fromBuild.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'A file is not valid YAML (including duplicate keys, binary or non-UTF-8 content, and excessive alias expansion).',
  docs: 'The file could not be read as YAML 1.2. Fix the syntax at the position shown; the other documents and files are still checked. Duplicate keys are errors because YAML keeps only one of them silently.',
  examples: {
    bad: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    title: 总会计师\n    reports_to: ceo\n',
    good: 'kind: Organization\nid: acme\nname: 阿克米\n---\nkind: Department\nid: office\nname: 总经办\nhead: ceo\nroles:\n  - id: ceo\n    title: 总经理\n  - id: cfo\n    title: 财务总监\n    reports_to: ceo\n',
  },
  // The text is made while loading (load/, model/): nothing to template here.
  messages: {},
  check: forwardBuildFindings('yaml-syntax'),
});
