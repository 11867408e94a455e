/**
 * What the two option fields (single and multiple choice) share: the option
 * shape, the sample options of a new field, the inspector's first properties,
 * the enum compiled from the options, and the canvas summary.
 */
import type { JsonSchema } from '../types';
import { helpProp, labelProp, optionsOf, optionsProp, requiredProp } from './props';

export interface ChoiceOption extends Record<string, unknown> {
  value: string;
  label: string;
}

/** "Opzione 1", "Opzione 2"…: placeholders an official renames, enough to see the field work. */
export function sampleOptions(count: number): ChoiceOption[] {
  return Array.from({ length: count }, (_, i) => ({ value: `opzione_${i + 1}`, label: `Opzione ${i + 1}` }));
}

/** label, help, required and options, in the inspector's order; `required` may carry a type's own hint. */
export function choiceFieldProperties(required: JsonSchema = requiredProp): Record<string, JsonSchema> {
  return { label: labelProp, help: helpProp, required, options: optionsProp };
}

/**
 * The values for `enum` and the names for `ui:enumNames`; none while the field
 * has no options yet, as an empty enum is not valid JSON Schema.
 */
export function optionEnum(options: unknown): { values: string[]; names: string[] } | undefined {
  const list = optionsOf(options);
  if (!list.length) return undefined;
  return { values: list.map((o) => o.value), names: list.map((o) => o.label) };
}

/** "3 opzioni" on the canvas. */
export function optionsSummary(options: unknown): string {
  const n = optionsOf(options).length;
  return n === 1 ? '1 opzione' : `${n} opzioni`;
}
