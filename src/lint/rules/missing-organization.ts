import { forwardBuildFindings } from './utils/fromBuild.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'missing-organization',
  defaultSeverity: 'error',
  description: 'There is no Organization document, or more than one.',
  docs: 'An org has exactly one `kind: Organization` document: it names the org, sets its locale, its top role and rule configuration. With several, the first in path order is used.',
  // The text is made while loading (load/, model/): nothing to template here.
  messages: {},
  check: forwardBuildFindings('missing-organization'),
});
