import { forwardBuildFindings } from './utils/fromBuild.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'Two entities share an id (ids are unique across all kinds).',
  docs: 'Ids are how entities refer to each other, so they must be unique across departments, roles, KPIs, workflows and the organization. The first in path order is used; each later copy is reported and ignored.',
  // The text is made while loading (load/, model/): nothing to template here.
  messages: {},
  check: forwardBuildFindings('duplicate-id'),
});
