/**
 * The public API of the model layer: the service-definition format, its
 * validation and loading, reading the node tree, keys, and edit operations.
 * Pure TypeScript: no React, no DOM, no storage.
 */
export type * from './types';
// The TypeBox schema objects are imported from './schema' by the tools that
// need them (writeSchema, the server's OpenAPI); the app reads the published
// JSON Schema instead, which keeps TypeBox out of the browser bundle.
export { FORMAT_VERSION, SCHEMA_ID } from './formatConstants';
export { definitionJsonSchema, schemaAt, type JsonSchemaNode } from './publishedSchemaJson';
export { newId, type IdGenerator } from './ids';
export { createBlankService, defaultTechnicalSettings, emptyCard } from './factory';
export { childPath, escapePointerSegment, pointerSegments, type Issue } from './issues';
export { isValidDefinition, schemaIssues, validate } from './validate';
export { semanticIssues, MAX_NODE_DEPTH } from './semantics';
export { restore, type RestoreOptions, type RestoreResult } from './restore';
export { migrate, MIGRATIONS, type Migration, type MigrationResult } from './migrations';
export { parseJson, type ParseResult } from './jsonSyntax';
export * from './api';
export {
  collectNodeIds,
  countNodes,
  findNode,
  findStep,
  isContainer,
  nodeAtPointer,
  nodeListAt,
  subtreeNodes,
  walkNodes,
  type ContainerNode,
  type NodeLocation,
  type NodeVisitor,
} from './tree';
export { collectKeys, isValidKey, keyFromLabel, MAX_KEY_LENGTH, uniqueKey } from './keys';
export * from './operations';
