/**
 * The citizen flow as one JSON file for portals built on rjsf or JSON Forms:
 * each step's compiled JSON Schema (draft-07) and rjsf uiSchema, in flow
 * order, with the service's identity. What portals need beyond draft-07 is
 * said in the file itself: `x-visible-if` on conditional fields and
 * `visibleIf` on steps (JsonLogic over the answers), `x-messages` (Italian
 * messages by keyword), and `formats`, the custom formats the schemas name,
 * for the portal's validator to register.
 */
import { defaultRegistry, type BlockRegistry } from '../../blocks/registry';
import type { ServiceDefinition } from '../../model/types';
import { compile } from '../compile';
import type { CompiledStep } from '../types';

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Formats every draft-07 validator (Ajv with ajv-formats) knows; the others are listed in `formats`. */
const STANDARD_FORMATS = new Set(['date', 'time', 'date-time', 'email', 'uri', 'uri-reference', 'hostname', 'ipv4', 'ipv6', 'regex', 'uuid']);

/** A compiled step as the bundle carries it: without `nodeIds`, which name canvas nodes no portal knows. */
export type JsonSchemaBundleStep = Omit<CompiledStep, 'nodeIds'>;

export interface JsonSchemaBundle {
  $schema: typeof DRAFT_07;
  service: { id: string; title: string; revision: number };
  language: string;
  /**
   * Non-standard formats the step schemas use: ours (`codice-fiscale`, `iban`, …) and
   * rjsf's `data-url` for files, for the portal to register.
   */
  formats: string[];
  steps: JsonSchemaBundleStep[];
}

/** Builds the bundle of `def`'s steps, in `language` (the service's default language otherwise). */
export function jsonSchemaBundle(
  def: ServiceDefinition,
  registry: BlockRegistry = defaultRegistry,
  options: { language?: string } = {},
): JsonSchemaBundle {
  const flow = compile(def, registry, options);
  const used = new Set<string>();
  const collectFormats = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collectFormats);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'format' && typeof inner === 'string' && !STANDARD_FORMATS.has(inner)) used.add(inner);
        else collectFormats(inner);
      }
    }
  };
  const steps = flow.steps.map((step): JsonSchemaBundleStep => {
    collectFormats(step.schema);
    // Each step stands alone as a draft-07 document.
    const out: JsonSchemaBundleStep = { id: step.id, title: step.title, schema: { $schema: DRAFT_07, title: step.title, ...step.schema }, uiSchema: step.uiSchema };
    if (step.description !== undefined) out.description = step.description;
    if (step.visibleIf !== undefined) out.visibleIf = step.visibleIf;
    return out;
  });
  return {
    $schema: DRAFT_07,
    service: { id: def.id, title: def.card.title, revision: def.revision },
    language: flow.language,
    formats: [...used].sort(),
    steps,
  };
}
