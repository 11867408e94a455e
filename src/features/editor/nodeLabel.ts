/** How the editor names a node to people: its label, else its type's label. */
import type { BlockRegistry } from '../../blocks/registry';
import type { FlowNode } from '../../model/types';

export function nodeLabel(node: FlowNode, registry: BlockRegistry, language: 'it' | 'en' = 'it'): string {
  const label = node.props.label;
  if (typeof label === 'string' && label.trim() !== '') return label;
  return registry.get(node.type)?.label[language] ?? node.type;
}

/** The Italian (or English) name of a node's type; the raw type id for an unknown one. */
export function typeLabel(type: string, registry: BlockRegistry, language: 'it' | 'en' = 'it'): string {
  return registry.get(type)?.label[language] ?? type;
}
