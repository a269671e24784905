/** `orgctl rules` and `orgctl explain <rule>`: the registry, for people. */
import { RULES, ruleById } from '../../lint/registry.js';
import { UsageError } from '../../core/errors.js';
import { didYouMeanValue } from '../../core/text/suggest.js';
import { terminalText } from '../../core/escape/terminal.js';

export function listRules(): string {
  const idW = Math.max(...RULES.map((r) => r.id.length));
  return RULES.map((r) => `${r.id.padEnd(idW)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}\n`).join('');
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

export function explainRule(id: string): string {
  const rule = ruleById(id);
  if (!rule)
    throw new UsageError(
      `unknown rule '${terminalText(id)}'${didYouMeanValue(
        id,
        RULES.map((r) => r.id),
      )}; 'orgctl rules' lists them`,
    );
  const out = [`${rule.id} (default: ${rule.defaultSeverity})`, '', rule.description, '', rule.docs];
  out.push('', 'Fails:', indent(rule.examples.bad), '', 'Fixed:', indent(rule.examples.good));
  const defaults: unknown = rule.options?.safeParse({}).data;
  out.push('', 'Options:');
  if (defaults && typeof defaults === 'object' && Object.keys(defaults).length) {
    out.push(`    defaults: ${JSON.stringify(defaults)}`);
    out.push(
      `    set in the Organization: rules: {${rule.id}: [${rule.defaultSeverity === 'error' ? 'error' : 'warn'}, ${JSON.stringify(defaults)}]}`,
    );
  } else {
    out.push(`    none; set its severity in the Organization: rules: {${rule.id}: off}`);
  }
  return out.join('\n') + '\n';
}
