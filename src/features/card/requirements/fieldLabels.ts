/**
 * Labels of a service's fields by answer key, for rule sentences
 * ("ISEE corrente è al massimo 16.500"). Dotted paths (`isee.value`,
 * `accredito.iban`) fall back to their last known segment.
 */
import { walkNodes } from '../../../model';
import type { ServiceDefinition } from '../../../model/types';
import type { FieldLabels } from '../../../rules';

export function fieldLabelsOf(definition: ServiceDefinition): FieldLabels {
  const labels = new Map<string, string>();
  walkNodes(definition, (node) => {
    const label = node.props.label;
    if (typeof label === 'string' && label.trim()) labels.set(node.key, label);
    return true;
  });
  return (path) => {
    if (labels.has(path)) return labels.get(path);
    const segments = path.split('.');
    for (let i = segments.length - 1; i >= 0; i -= 1) {
      const label = labels.get(segments[i]);
      if (label) return label;
    }
    return undefined;
  };
}
