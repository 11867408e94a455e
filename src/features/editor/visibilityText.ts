/**
 * A node's visibility condition in words, for its card on the canvas
 * ("Visibile se ISEE corrente è al massimo 16.500"). Field labels are looked
 * up once per version of the steps, not once per card.
 */
import type { FlowNode, ServiceDefinition, Step } from '../../model/types';
import { walkNodes } from '../../model/tree';
import { describeRule, type FieldLabels } from '../../rules';

const cache = new WeakMap<readonly Step[], FieldLabels>();

/** Labels by answer key; a dotted path (`isee.value`) is left to describeRule's own fallbacks. */
export function labelsOf(definition: ServiceDefinition): FieldLabels {
  const cached = cache.get(definition.steps);
  if (cached) return cached;
  const byKey = new Map<string, string>();
  walkNodes(definition, (node) => {
    const label = node.props.label;
    if (typeof label === 'string' && label.trim() !== '') byKey.set(node.key, label);
  });
  const labels: FieldLabels = (key) => byKey.get(key);
  cache.set(definition.steps, labels);
  return labels;
}

/** The condition of `node` in words, or null when it is always visible. */
export function visibilityText(definition: ServiceDefinition, node: FlowNode, language: 'it' | 'en'): string | null {
  if (node.visibleIf === undefined) return null;
  return describeRule(node.visibleIf, labelsOf(definition), language);
}
