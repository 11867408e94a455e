/**
 * The published JSON Schema of the format, as the running app uses it: the
 * generated file itself (`npm run schema` writes it from `schema.ts`, and
 * `schema.test.ts` fails when it is stale), imported as JSON. Reading limits
 * and validating from this file instead of the TypeBox objects keeps TypeBox
 * out of the browser bundle.
 */
import published from '../../public/schema/service-definition.v1.json';

/** One node of a JSON Schema, as far as the app reads it. */
export interface JsonSchemaNode {
  type?: string | string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  pattern?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  [keyword: string]: unknown;
}

/** The whole document (draft-07), ready for Ajv. */
export const definitionJsonSchema: JsonSchemaNode & { $id: string; $schema: string } = published as JsonSchemaNode & {
  $id: string;
  $schema: string;
};

/**
 * The sub-schema at a path of property names, stepping through array items on
 * the way: `['card', 'office', 'name']`, `['requirements', 'message']`,
 * `['technical', 'integrations', 'url']`. Undefined when there is none.
 */
export function schemaAt(path: readonly string[], root: JsonSchemaNode = definitionJsonSchema): JsonSchemaNode | undefined {
  let node: JsonSchemaNode | undefined = root;
  for (const part of path) node = (node?.properties ? node : node?.items)?.properties?.[part];
  return node;
}
