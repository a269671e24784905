/**
 * JSON Schema (draft-07) generated from the zod schemas — what `orgctl schema`
 * prints and what schemas/orgctl.schema.json holds (a test keeps them equal).
 * Draft-07 because editors' YAML support (yaml-language-server) reads it best.
 */
import { z } from 'zod';
import { KIND_SCHEMAS, KINDS } from './schema.js';
import { RULE_IDS } from './ruleIds.js';

type JsonObject = Record<string, unknown>;

/** Every closed object also accepts `x-` extension keys (and `$schema` at the top). */
function allowExtensions(node: JsonObject): void {
  if (node.type === 'object' && node.additionalProperties === false && node.properties) {
    node.patternProperties = { '^x-': { description: 'Free extension data, kept and ignored by orgctl.' } };
  }
}

/** `rules:` lists every rule id as a property (with the same setting schema), so editors complete the keys. */
function enumerateRules(rules: JsonObject | undefined, definitions: JsonObject): void {
  const setting = rules?.additionalProperties;
  if (!rules || typeof setting !== 'object') return;
  definitions.ruleSetting = setting;
  const ref = { $ref: '#/definitions/ruleSetting' };
  rules.additionalProperties = ref;
  // draft-07 ignores keys beside $ref: the description sits beside an allOf holding it.
  rules.properties = Object.fromEntries(
    RULE_IDS.map((id) => [id, { description: `Severity and options of ${id} (\`orgctl explain ${id}\`).`, allOf: [ref] }]),
  );
  rules.propertyNames = { enum: [...RULE_IDS] };
}

export function buildJsonSchema(): JsonObject {
  const definitions: JsonObject = {};
  const kinds: JsonObject[] = KINDS.map((kind) => {
    const schema = z.toJSONSchema(KIND_SCHEMAS[kind], {
      target: 'draft-7',
      unrepresentable: 'any',
      override: (ctx) => {
        allowExtensions(ctx.jsonSchema);
      },
    }) as JsonObject;
    delete schema.$schema;
    const props = schema.properties as JsonObject;
    props.$schema = { type: 'string', description: 'JSON Schema reference for editors; ignored by orgctl.' };
    enumerateRules(props.rules as JsonObject | undefined, definitions);
    return { title: kind, ...schema };
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://orgctl.dev/schemas/orgctl.schema.json',
    title: 'orgctl org-as-code document (format v1)',
    description: 'One entity of an org: an Organization, Department, Role, KPI or Workflow, chosen by `kind`.',
    type: 'object',
    required: ['kind'],
    properties: { kind: { type: 'string', enum: KINDS, description: 'Entity kind.' } },
    // if/then per kind gives editors one precise error instead of five from anyOf.
    allOf: kinds.map((schema, i) => ({
      if: { properties: { kind: { const: KINDS[i] } }, required: ['kind'] },
      then: schema,
    })),
    definitions,
  };
}

export function jsonSchemaText(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}
