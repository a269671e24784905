import { defineRule } from '../types.js';

export default defineRule({
  id: 'unused-disable',
  defaultSeverity: 'warning',
  description: 'A suppression comment (`# orgctl-disable…`) silences nothing.',
  docs: 'Suppressions that no longer match a finding hide future problems on that line. Remove the comment, or fix the rule list. Its findings come from the suppression pass (rules/suppress.ts) after all other rules ran; they cannot themselves be suppressed.',
  // Made by the suppression pass (lint/suppress.ts), not by a template here.
  messages: {},
  // The engine reports these after suppression; there is nothing to check on the model.
  check() {},
});
