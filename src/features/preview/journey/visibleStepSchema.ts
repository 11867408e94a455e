/**
 * A compiled step without its hidden fields. The compiler keeps every node
 * and marks the conditional ones with `x-visible-if`; the engine decides
 * which are hidden now; here they leave the schema (so a hidden required
 * field never blocks "Avanti") and the uiSchema's order.
 */
import type { CompiledStep } from '../../../compile/types';

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  'x-visible-if'?: unknown;
};
type Ui = Record<string, unknown>;

export interface StepForm {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  /** Keys of the step's top-level answers (visible or not): the slice of the answers this step edits. */
  keys: string[];
}

function filterObject(schema: Schema, ui: Ui | undefined, nodeIds: Record<string, string>, hidden: ReadonlySet<string>): { schema: Schema; ui: Ui | undefined } {
  if (schema.type === 'array' && schema.items && typeof schema.items === 'object') {
    const inner = filterObject(schema.items, ui?.items as Ui | undefined, nodeIds, hidden);
    if (inner.schema === schema.items && inner.ui === ui?.items) return { schema, ui };
    return { schema: { ...schema, items: inner.schema }, ui: ui ? { ...ui, items: inner.ui } : ui };
  }
  if (!schema.properties) return { schema, ui };
  let properties: Record<string, Schema> | null = null;
  let uiOut: Ui | undefined = ui;
  const removed: string[] = [];
  for (const [key, child] of Object.entries(schema.properties)) {
    // Only nodes with a rule carry x-visible-if; composite sub-fields never do.
    if (child['x-visible-if'] !== undefined && nodeIds[key] !== undefined && hidden.has(nodeIds[key])) {
      properties ??= { ...schema.properties };
      delete properties[key];
      removed.push(key);
      continue;
    }
    const inner = filterObject(child, ui?.[key] as Ui | undefined, nodeIds, hidden);
    if (inner.schema !== child) {
      properties ??= { ...schema.properties };
      properties[key] = inner.schema;
    }
    if (inner.ui !== ui?.[key]) uiOut = { ...(uiOut ?? {}), [key]: inner.ui };
  }
  if (!properties) return { schema, ui: uiOut };
  const out: Schema = { ...schema, properties };
  if (Array.isArray(schema.required)) out.required = schema.required.filter((k) => !removed.includes(k));
  if (uiOut && Array.isArray(uiOut['ui:order'])) {
    uiOut = { ...uiOut, 'ui:order': (uiOut['ui:order'] as string[]).filter((k) => !removed.includes(k)) };
  }
  return { schema: out, ui: uiOut };
}

/** The form of `step` with the nodes in `hiddenNodeIds` left out. */
export function visibleStepSchema(step: CompiledStep, hiddenNodeIds: ReadonlySet<string>): StepForm {
  const { schema, ui } = filterObject(step.schema as Schema, step.uiSchema, step.nodeIds, hiddenNodeIds);
  return { schema, uiSchema: ui ?? {}, keys: Object.keys((step.schema as Schema).properties ?? {}) };
}
