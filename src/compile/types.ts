/**
 * What the compiler produces: the citizen flow as ordered steps, each one an
 * rjsf-ready object schema + uiSchema. Steps are plain JSON (they can be
 * stored, exported, sent to a server); `formats` holds the custom format
 * checks the schemas name and is the only non-JSON part.
 */
import type { FormatCheck } from '../blocks/registry';
import type { JsonSchema, UiSchema } from '../blocks/types';
import type { JsonLogicRule } from '../model/types';

export interface CompiledStep {
  /** The step's id in the definition. */
  id: string;
  title: string;
  description?: string;
  /** The step's visibility rule, kept as is for the runtime engine. */
  visibleIf?: JsonLogicRule;
  /**
   * Object schema of the step's answers: `properties` keyed by node key in
   * canvas order, `required` list. Each property may carry `x-messages`
   * (Ajv keyword → citizen message) and `x-visible-if` (the node's rule).
   */
  schema: JsonSchema;
  /** rjsf uiSchema, with `ui:order` in canvas order at every level. */
  uiSchema: UiSchema;
  /** Node key (at any depth) → node id, to map answers and errors back to the canvas. */
  nodeIds: Record<string, string>;
}

export interface CompileWarning {
  nodeId: string;
  message: string;
}

export interface CompiledFlow {
  /** Language the texts and messages were compiled in. */
  language: string;
  steps: CompiledStep[];
  /** Custom formats used by the schemas (name → check); pass to the validator. */
  formats: Readonly<Record<string, FormatCheck>>;
  /** Node types this version does not know (kept as read-only notices), without duplicates. */
  unknownTypes: string[];
  /** Problems that did not stop compilation (duplicate keys, a block that failed). */
  warnings: CompileWarning[];
}

export interface CompileOptions {
  /**
   * Language of the citizen texts; defaults to the service's default
   * language. Labels come from `translations[language]` where present
   * (`node.<id>.<prop>`, `node.<id>.options.<value>`, `step.<id>.title`),
   * messages from the block message templates.
   */
  language?: string;
}
